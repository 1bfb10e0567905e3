import { hashPassword, isCurrentPasswordHash, verifyPassword } from './password';

describe('password hashing', () => {
  it("hashes with OWASP's scrypt minimum (N = 2^17, r = 8, p = 1) and verifies", async () => {
    const h = await hashPassword('a-long-password-1');
    expect(h).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(isCurrentPasswordHash(h)).toBe(true);
    expect(await verifyPassword('a-long-password-1', h)).toBe(true);
    expect(await verifyPassword('a-long-password-2', h)).toBe(false);
  });
  it('treats hashes of other parameters as due for an upgrade, and malformed ones as not current', () => {
    expect(isCurrentPasswordHash('scrypt$16384$8$1$c2FsdA==$a2V5')).toBe(false);
    expect(isCurrentPasswordHash('bcrypt$whatever')).toBe(false);
    expect(isCurrentPasswordHash('scrypt$131072$8$1$c2FsdA==$')).toBe(false);
  });
});
