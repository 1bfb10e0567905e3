import { randomBytes, scrypt, timingSafeEqual } from 'crypto';

/** scrypt parameters, OWASP's minimum: N = 2^17, r = 8, p = 1; 64-byte key, 16-byte random salt. */
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LEN = 64;

export const MIN_PASSWORD_LENGTH = 12;

interface HashParts {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

/**
 * scrypt on libuv's thread pool (the event loop is never blocked). It needs 128·N·r bytes; node
 * refuses more than 32 MiB unless `maxmem` allows it, so allow twice that.
 */
function derive(password: string, salt: Buffer, n: number, r: number, p: number, keyLen: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLen, { N: n, r, p, maxmem: 2 * 128 * n * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$<salt base64>$<key base64>` taken apart; null when malformed. */
function parseHash(stored: string): HashParts | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (![n, r, p].every((x) => Number.isInteger(x) && x > 0)) return null;
  const key = Buffer.from(parts[5], 'base64');
  return key.length ? { n, r, p, salt: Buffer.from(parts[4], 'base64'), key } : null;
}

/** Salted scrypt hash, self-describing: `scrypt$N$r$p$<salt base64>$<key base64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P, KEY_LEN);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Constant-time check of a password against a stored hash (of any parameters); false for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parseHash(stored);
  if (!h) return false;
  const key = await derive(password, h.salt, h.n, h.r, h.p, h.key.length);
  return timingSafeEqual(key, h.key);
}

/** Whether a stored hash uses today's parameters (else it is replaced at the next successful login). */
export function isCurrentPasswordHash(stored: string): boolean {
  const h = parseHash(stored);
  return h !== null && h.n === N && h.r === R && h.p === P && h.key.length === KEY_LEN;
}

/** A hash of a random password, verified against when the email is unknown (same timing either way). */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
