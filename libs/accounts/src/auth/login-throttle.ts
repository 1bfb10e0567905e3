import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, RateLimiter } from '@enlace/core';

/** Failed logins are counted in this window, per email and per client address. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Brute-force protection for `login`: after LOGIN_FAILURES_PER_EMAIL failures for one email, or
 * LOGIN_FAILURES_PER_IP from one address, within 15 minutes, login answers TOO_MANY_REQUESTS
 * (HTTP 429) without checking the password. Counters live in PostgreSQL, so every API instance
 * sees the same numbers. A successful login clears the email's counter.
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

  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    const [byEmail, byIp] = await Promise.all([
      this.limiter.peek(k.email, LOGIN_WINDOW_SECONDS),
      this.limiter.peek(k.ip, LOGIN_WINDOW_SECONDS),
    ]);
    if (byEmail >= this.config.loginFailuresPerEmail || byIp >= this.config.loginFailuresPerIp) {
      throw DomainError.tooManyRequests('Too many failed logins; try again later', LOGIN_WINDOW_SECONDS);
    }
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    const k = this.keys(email, ip);
    await Promise.all([
      this.limiter.hit(k.email, Number.MAX_SAFE_INTEGER, LOGIN_WINDOW_SECONDS),
      this.limiter.hit(k.ip, Number.MAX_SAFE_INTEGER, LOGIN_WINDOW_SECONDS),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.limiter.reset(this.keys(email, undefined).email);
  }
}
