import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, RateLimit, RateLimiter } from '@enlace/core';

/** Failed logins are counted in windows of this length (from the first), per email and per client address. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Brute-force protection for password checks (`login`, `changePassword`): at most
 * LOGIN_FAILURES_PER_EMAIL failures for one email, and LOGIN_FAILURES_PER_IP from one address,
 * within 15 minutes; beyond that TOO_MANY_REQUESTS (HTTP 429) without checking the password.
 *
 * Every attempt is counted before its password is checked, in one statement that returns the new
 * counts, and only attempts within both limits are checked: however many arrive at once, no more
 * than the limit are ever evaluated. A successful attempt then gives its count back (the email's
 * counter is cleared, the address's loses one), so the counters hold failures plus attempts still
 * in flight. Counters live in PostgreSQL, so every API instance sees the same numbers.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string | undefined) {
    return { email: `login-email:${email.trim().toLowerCase()}`, ip: `login-ip:${ip ?? 'unknown'}` };
  }

  /** Counts an attempt; TOO_MANY_REQUESTS when it is over either limit (then it must not be checked). */
  async begin(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    const limits: RateLimit[] = [
      { key: k.email, limit: this.config.loginFailuresPerEmail },
      { key: k.ip, limit: this.config.loginFailuresPerIp },
    ];
    const d = await this.limiter.hitAll(limits, LOGIN_WINDOW_SECONDS);
    if (!d.allowed) throw DomainError.tooManyRequests('Too many failed logins; try again later', d.retryAfterSeconds);
  }

  /** The attempt begun for `email` from `ip` succeeded: it no longer counts as a failure. */
  async succeeded(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    await Promise.all([this.limiter.reset(k.email), this.limiter.refund(k.ip)]);
  }
}
