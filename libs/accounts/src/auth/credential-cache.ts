interface Entry<V> {
  storedAt: number;
  userId: string;
  value: V;
}

/**
 * What this process last read about credentials, trusted for `ttlMs` (0: nothing is kept). Entries
 * are tagged with their user, so a change this process makes to a user drops them at once; other
 * instances' changes are seen when the entry expires. Holds at most `maxEntries` (oldest dropped).
 */
export class CredentialCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (now - e.storedAt < this.ttlMs) return e.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, userId: string, value: V, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { storedAt: now, userId, value });
  }

  /** Replaces a cached value, keeping the time it was read (so it still expires on time). */
  update(key: string, value: V): void {
    const e = this.entries.get(key);
    if (e) e.value = value;
  }

  /** Drops everything known about one user's credentials. */
  forgetUser(userId: string): void {
    for (const [key, e] of this.entries) if (e.userId === userId) this.entries.delete(key);
  }
}
