import { createHash, randomBytes } from 'crypto';

/** Every API key starts with this, so a leaked one is recognisable (and secret scanners can find it). */
export const API_KEY_PREFIX = 'enl_live_';

/** How much of the secret `ApiKey.prefix` shows: the marker and 6 characters (36 of its 256 bits). */
const SHOWN_LENGTH = API_KEY_PREFIX.length + 6;

export interface NewApiKeySecret {
  secret: string;
  prefix: string;
  hash: Buffer;
}

/** Whether a bearer credential is an API key (rather than a token). */
export function isApiKeySecret(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/**
 * What is stored of a secret: its SHA-256. A slow hash is for guessable passwords; a secret of
 * 256 random bits cannot be guessed, and a fast hash lets every request be checked cheaply.
 */
export function hashApiKeySecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** A new secret: the marker and 32 random bytes in base64url, with its shown prefix and hash. */
export function newApiKeySecret(): NewApiKeySecret {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), hash: hashApiKeySecret(secret) };
}
