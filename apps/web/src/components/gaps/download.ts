// Files made in the browser (a CSV, a decoded PDF) saved through a temporary link: no inline script,
// no server round trip.

/** UTF-8 byte-order mark: spreadsheet programs then read accents right. */
export const BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text: byte-order mark, comma separated, CRLF line ends. */
export function toCsv(rows: Array<Array<string | number>>): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Base64 text (as the API sends files) as a Blob of `type`. */
export function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Saves the blob as `filename` (a blob URL on a temporary link, released once the download has started). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
