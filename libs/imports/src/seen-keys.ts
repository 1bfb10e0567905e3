/** How the importer's keys of DENUE rows start (`s:` source, then source and id separated by NUL). */
const DENUE_PREFIX = 's:denue\u0000';

/**
 * Keys seen in one file with the line of their first occurrence. Plain digit keys (DENUE ids up to
 * 15 digits, the common case) live in an open-addressing table of typed arrays (about 24 bytes per
 * key, outside the JS heap); anything else in a Map.
 */
export class SeenKeys {
  private keys = new Float64Array(1 << 16);
  private lines = new Int32Array(1 << 16);
  private count = 0;
  private readonly other = new Map<string, number>();

  /** The line where `key` was first seen, or undefined after recording it with `line`. */
  getOrAdd(key: string, line: number): number | undefined {
    const digits = key.startsWith(DENUE_PREFIX) ? key.slice(DENUE_PREFIX.length) : '';
    if (!/^[1-9]\d{0,14}$/.test(digits)) {
      const first = this.other.get(key);
      if (first === undefined) this.other.set(key, line);
      return first;
    }
    const k = Number(digits);
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.find(k);
    if (this.keys[slot] === k) return this.lines[slot];
    this.keys[slot] = k;
    this.lines[slot] = line;
    this.count++;
    return undefined;
  }

  private find(k: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul((k % 0x7fffffff) | 0, 0x9e3779b1) ^ Math.floor(k / 0x7fffffff)) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldLines = this.lines;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.lines = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const slot = this.find(oldKeys[i]);
      this.keys[slot] = oldKeys[i];
      this.lines[slot] = oldLines[i];
    }
  }
}
