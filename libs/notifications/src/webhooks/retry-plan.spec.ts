import { GIVE_UP_AFTER_MS, MAX_RETRY_DELAY_MS, planRetry } from './retry-plan';

const NOW = new Date('2026-03-01T12:00:00Z');
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo);
const wait = (attempts: number, random = 0.5, baseMs = 30_000) => {
  const plan = planRetry({ attempts, createdAt: at(60_000), now: NOW, baseMs, random });
  if (plan.status !== 'PENDING') throw new Error('expected a retry');
  return plan.nextAttemptAt.getTime() - NOW.getTime();
};

describe('planRetry', () => {
  it('doubles the wait after each failure, from the base', () => {
    expect([1, 2, 3, 4].map((n) => wait(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('jitters by at most 20% either way', () => {
    expect(wait(1, 0)).toBe(24_000);
    expect(wait(1, 0.999999)).toBeCloseTo(36_000, -1);
    expect(wait(3, 0.25)).toBe(108_000);
  });

  it('never waits more than an hour, however many attempts', () => {
    expect(wait(12, 0.5)).toBe(MAX_RETRY_DELAY_MS);
    expect(wait(1000, 0.999)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS * 1.2);
    expect(Number.isFinite(wait(1000))).toBe(true);
  });

  it('gives up once the delivery is 24 hours old, not before', () => {
    const base = { attempts: 25, now: NOW, baseMs: 30_000, random: 0.5 };
    expect(planRetry({ ...base, createdAt: at(GIVE_UP_AFTER_MS - 1) }).status).toBe('PENDING');
    expect(planRetry({ ...base, createdAt: at(GIVE_UP_AFTER_MS) })).toEqual({ status: 'FAILED' });
  });

  it('keeps retrying for the whole 24 hours with the default base', () => {
    let now = 0;
    let attempts = 0;
    while (now < GIVE_UP_AFTER_MS) {
      attempts++;
      const plan = planRetry({ attempts, createdAt: new Date(0), now: new Date(now), baseMs: 30_000, random: 0.5 });
      if (plan.status === 'FAILED') break;
      now = plan.nextAttemptAt.getTime();
    }
    expect(now).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS);
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(40);
  });
});
