/** Deliveries are retried for at least this long after they were created, then FAILED. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** No wait between attempts exceeds this. */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;
/** A webhook whose deliveries have failed (with no success) for this long is deactivated. */
export const DEACTIVATE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

export type RetryPlan = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED' };

export interface FailedAttempt {
  /** Attempts made so far, the failed one included (1 after the first). */
  attempts: number;
  /** When the delivery was created. */
  createdAt: Date;
  now: Date;
  /** The first wait (WEBHOOK_RETRY_BASE_MS); each next one doubles, up to MAX_RETRY_DELAY_MS. */
  baseMs: number;
  /** A number in [0, 1), Math.random in production. */
  random: number;
}

/**
 * What follows a failed attempt: FAILED once the delivery is GIVE_UP_AFTER_MS old, otherwise
 * another attempt after base * 2^(attempts - 1), capped, with ±20% jitter (so webhooks failing
 * together do not retry together).
 */
export function planRetry(a: FailedAttempt): RetryPlan {
  if (a.now.getTime() - a.createdAt.getTime() >= GIVE_UP_AFTER_MS) return { status: 'FAILED' };
  const exponent = Math.min(Math.max(a.attempts - 1, 0), 40);
  const delay = Math.min(a.baseMs * 2 ** exponent, MAX_RETRY_DELAY_MS);
  const jittered = delay * (0.8 + 0.4 * a.random);
  return { status: 'PENDING', nextAttemptAt: new Date(a.now.getTime() + Math.round(jittered)) };
}
