import { decide } from './rate-limiter';
import { clientRateLimits } from './client-limits';

describe('decide', () => {
  const limits = [
    { key: 'a', limit: 5 },
    { key: 'b', limit: 20 },
  ];
  it('allows when every counter is within its limit', () => {
    const d = decide(limits, [
      { key: 'a', hits: 5, remaining: 30 },
      { key: 'b', hits: 20, remaining: 30 },
    ]);
    expect(d).toEqual({ allowed: true, count: 5, limit: 5, retryAfterSeconds: 30 });
  });
  it('refuses when any counter is over, naming that counter', () => {
    const d = decide(limits, [
      { key: 'a', hits: 1, remaining: 30 },
      { key: 'b', hits: 21, remaining: 12 },
    ]);
    expect(d).toEqual({ allowed: false, count: 21, limit: 20, retryAfterSeconds: 12 });
  });
  it('never asks to retry in less than a second', () => {
    expect(decide([{ key: 'a', limit: 0 }], [{ key: 'a', hits: 1, remaining: 0 }]).retryAfterSeconds).toBe(1);
  });
});

describe('clientRateLimits', () => {
  it('counts the address, and the bearer credential under a hash of it', () => {
    expect(clientRateLimits('10.0.0.1', undefined, 60)).toEqual([{ key: 'client:10.0.0.1', limit: 60 }]);
    expect(clientRateLimits('10.0.0.1', 'Basic abc', 60)).toHaveLength(1);
    const [, a] = clientRateLimits('10.0.0.1', 'Bearer enl_live_secret-one', 60);
    const [, b] = clientRateLimits('10.0.0.2', 'bearer enl_live_secret-one ', 60);
    const [, c] = clientRateLimits('10.0.0.1', 'Bearer enl_live_secret-two', 60);
    expect(a).toEqual(b);
    expect(a.key).not.toEqual(c.key);
    expect(a.key).toMatch(/^credential:[A-Za-z0-9_-]{32}$/);
    expect(a.key).not.toContain('secret');
  });
});
