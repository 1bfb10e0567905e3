/**
 * Lists inside one CSV field of the enlace template: entries separated by `;`, parts of an entry by
 * `:`, materials by `|`. A backslash escapes any of `\ ; : |` inside a value.
 */
export function escapeItem(v: string): string {
  return v.replace(/[\\;:|]/g, (c) => `\\${c}`);
}

export function unescapeItem(v: string): string {
  return v.replace(/\\([\\;:|])/g, '$1');
}

/** Splits on `sep` outside escapes, keeping escapes in the pieces. */
export function splitEscaped(v: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '\\' && i + 1 < v.length) {
      cur += c + v[i + 1];
      i++;
    } else if (c === sep) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}
