/**
 * pg_trgm's `similarity()` for ASCII text, computed in the importer instead of the database (the
 * possible-duplicate check compares every new row with its ten nearest suppliers; in PostgreSQL each
 * call builds and sorts both trigram sets again, which was most of the check's cost).
 *
 * Same rules as pg_trgm (IGNORECASE, KEEPONLYALNUM, DIVUNION): words are runs of letters and digits,
 * lower-cased, padded with two spaces in front and one behind; the trigrams are every 3 consecutive
 * characters of a padded word; similarity = shared / (|A| + |B| - shared) over the distinct trigrams,
 * in single precision (float4), 0 when either side has none. Non-ASCII text is NOT handled here
 * (pg_trgm's locale-dependent word characters and its hashing of multibyte trigrams): callers let the
 * database compute those pairs.
 */

/** True when every character is 7-bit ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Symbols of a trigram: 0 = padding space, 1-10 digits, 11-36 letters (either case); -1 other.
const SYM = new Int8Array(128).fill(-1);
SYM[0x20] = 0;
for (let c = 0; c < 10; c++) SYM[0x30 + c] = 1 + c;
for (let c = 0; c < 26; c++) SYM[0x61 + c] = SYM[0x41 + c] = 11 + c;
const CODES = 37 * 37 * 37;

const sym = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? SYM[c] : -1;
};

/**
 * Calls `each` with every trigram of ASCII `s` (a number below 37^3), duplicates included, in
 * pg_trgm's order: per word "  w1 w2 ... wL " -> (sp,sp,w1), (sp,w1,w2), ..., (wL-1,wL,sp).
 */
function forEachTrigram(s: string, each: (code: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && sym(s, i) <= 0) i++;
    if (i >= n) break;
    let a = 0;
    let b = 0;
    for (let c = sym(s, i); i < n && c > 0; c = ++i < n ? sym(s, i) : -1) {
      each(a * 1369 + b * 37 + c);
      a = b;
      b = c;
    }
    each(a * 1369 + b * 37);
  }
}

/**
 * Similarity of one text (the candidate) with many others, without allocating: the candidate's
 * trigrams and each other text's are marked in two tables indexed by trigram with a generation
 * number, so that distinct trigrams are counted in one pass over the characters.
 */
export class TrigramMatcher {
  private readonly mine = new Int32Array(CODES);
  private readonly theirs = new Int32Array(CODES);
  private mineGen = 0;
  private theirsGen = 0;
  private mineCount = 0;

  /** Sets the ASCII text the next similarity() calls compare with. */
  setCandidate(s: string): void {
    if (++this.mineGen === 0x7fffffff) {
      this.mine.fill(0);
      this.mineGen = 1;
    }
    const gen = this.mineGen;
    let count = 0;
    forEachTrigram(s, (t) => {
      if (this.mine[t] !== gen) {
        this.mine[t] = gen;
        count++;
      }
    });
    this.mineCount = count;
  }

  /** pg_trgm similarity() of the candidate and ASCII `s` (float4). */
  similarity(s: string): number {
    if (++this.theirsGen === 0x7fffffff) {
      this.theirs.fill(0);
      this.theirsGen = 1;
    }
    const gen = this.theirsGen;
    const mineGen = this.mineGen;
    let count = 0;
    let shared = 0;
    forEachTrigram(s, (t) => {
      if (this.theirs[t] !== gen) {
        this.theirs[t] = gen;
        count++;
        if (this.mine[t] === mineGen) shared++;
      }
    });
    if (count === 0 || this.mineCount === 0) return 0;
    return Math.fround(Math.fround(shared) / Math.fround(this.mineCount + count - shared));
  }
}

/** The distinct trigrams of ASCII text as pg_trgm's show_trgm() lists them (sorted). */
export function showAsciiTrigrams(s: string): string[] {
  const ch = (v: number) => (v === 0 ? ' ' : v <= 10 ? String.fromCharCode(0x2f + v) : String.fromCharCode(0x56 + v));
  const out = new Set<string>();
  forEachTrigram(s, (t) => out.add(ch(Math.floor(t / 1369)) + ch(Math.floor(t / 37) % 37) + ch(t % 37)));
  return [...out].sort();
}

let shared: TrigramMatcher | null = null;

/** pg_trgm similarity() of two ASCII strings. */
export function asciiSimilarity(a: string, b: string): number {
  shared ??= new TrigramMatcher();
  shared.setCandidate(a);
  return shared.similarity(b);
}

/** A float4 as PostgreSQL prints it (shortest text that reads back as the same float4), as a number. */
export function float4Value(f: number): number {
  for (let p = 1; p < 10; p++) {
    const v = Number(f.toPrecision(p));
    if (Math.fround(v) === f) return v;
  }
  return f;
}
