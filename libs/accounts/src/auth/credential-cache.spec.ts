import { CredentialCache } from './credential-cache';

describe('CredentialCache', () => {
  it('keeps a value for the TTL, then forgets it', () => {
    const c = new CredentialCache<string>(1000);
    c.set('a', 'u1', 'x', 0);
    expect(c.get('a', 999)).toBe('x');
    expect(c.get('a', 1000)).toBeUndefined();
    expect(c.get('a', 10)).toBeUndefined(); // gone for good
  });

  it('keeps nothing with a TTL of 0', () => {
    const c = new CredentialCache<string>(0);
    c.set('a', 'u1', 'x', 0);
    expect(c.get('a', 0)).toBeUndefined();
  });

  it("forgets one user's entries and no one else's", () => {
    const c = new CredentialCache<string>(1000);
    c.set('a', 'u1', 'x', 0);
    c.set('b', 'u1', 'y', 0);
    c.set('c', 'u2', 'z', 0);
    c.forgetUser('u1');
    expect([c.get('a', 1), c.get('b', 1), c.get('c', 1)]).toEqual([undefined, undefined, 'z']);
  });

  it('update replaces a value but keeps the time it was read', () => {
    const c = new CredentialCache<string>(1000);
    c.set('a', 'u1', 'x', 0);
    c.update('a', 'x2');
    c.update('missing', 'nothing');
    expect(c.get('a', 500)).toBe('x2');
    expect(c.get('a', 1000)).toBeUndefined();
    expect(c.get('missing', 0)).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const c = new CredentialCache<number>(1000, 2);
    c.set('a', 'u', 1, 0);
    c.set('b', 'u', 2, 0);
    c.set('c', 'u', 3, 0);
    expect([c.get('a', 1), c.get('b', 1), c.get('c', 1)]).toEqual([undefined, 2, 3]);
  });
});
