import { createHash } from 'crypto';
import { bearerCredential } from '../auth/bearer';
import { RateLimit } from './rate-limiter';

/**
 * The counters a GraphQL request is checked against, each allowed `perMinute` hits: its client
 * address and, when it presents one, its bearer credential (an API key or a token), so a key spread
 * over many addresses is held to the same limit. The credential is counted under a hash of it.
 */
export function clientRateLimits(ip: string | undefined, authorization: unknown, perMinute: number): RateLimit[] {
  const limits: RateLimit[] = [{ key: `client:${ip ?? 'unknown'}`, limit: perMinute }];
  const credential = bearerCredential(authorization);
  if (credential) {
    const digest = createHash('sha256').update(credential).digest('base64url').slice(0, 32);
    limits.push({ key: `credential:${digest}`, limit: perMinute });
  }
  return limits;
}
