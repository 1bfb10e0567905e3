import { RateLimiter } from '@enlace/core';
import { startTestApp, TestApp } from './support/test-app';
import { tokenFor, TEST_PASSWORD } from './support/accounts';

// Many password checks, each scrypt at N = 2^17 (a fraction of a second of CPU, several seconds on a
// loaded machine): more room than the default 120 s per test.
jest.setTimeout(300_000);

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role } }`;

async function login(t: TestApp, e: string, p: string) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { e, p } }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

describe('login brute-force protection', () => {
  let t: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_FAILURES_PER_EMAIL: '5', LOGIN_FAILURES_PER_IP: '12' });
    other = await startTestApp(
      { LOGIN_FAILURES_PER_EMAIL: '5', LOGIN_FAILURES_PER_IP: '12' },
      { databaseUrl: t.db.url },
    );
  });
  afterAll(async () => {
    await other.app.close();
    await other.db.drop();
    await t.close();
  });

  it('throttles one email after 5 failures, across instances, even with the right password', async () => {
    await tokenFor(t, 'INVESTMENT_ANALYST', { email: 'victim@test.enlace.local' });
    for (let i = 0; i < 5; i++) {
      const r = await login(i % 2 ? other : t, 'victim@test.enlace.local', `wrong-password-${i}-xx`);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await login(other, 'victim@test.enlace.local', TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    expect(JSON.stringify(blocked.body)).not.toContain('token":"ey');
    // Another account is unaffected.
    expect((await tokenFor(t, 'INVESTMENT_ANALYST')).length).toBeGreaterThan(20);
  });

  it('throttles one client address after 12 failures across many emails', async () => {
    await t.db.query(`DELETE FROM rate_limit_counters`);
    for (let i = 0; i < 12; i++) {
      const r = await login(t, `nobody-${i}@test.enlace.local`, 'wrong-password-xx');
      expect(r.status).toBe(200);
    }
    const r = await login(t, 'someone-else@test.enlace.local', 'wrong-password-xx');
    expect(r.status).toBe(429);
  });

  it('clears the email counter on a successful login', async () => {
    await t.db.query(`DELETE FROM rate_limit_counters`);
    await tokenFor(t, 'ADMIN', { email: 'careful@test.enlace.local' });
    for (let i = 0; i < 4; i++) await login(t, 'careful@test.enlace.local', 'wrong-password-xx');
    expect((await login(t, 'careful@test.enlace.local', TEST_PASSWORD)).body.data.login.role).toBe('ADMIN');
    for (let i = 0; i < 4; i++) await login(t, 'careful@test.enlace.local', 'wrong-password-xx');
    expect((await login(t, 'careful@test.enlace.local', TEST_PASSWORD)).status).toBe(200);
  });

  it("counts in a window opened by the key's first hit, not aligned to the clock", async () => {
    const limiter = t.app.get(RateLimiter);
    const limits = [{ key: 'window-probe', limit: 2 }];
    const age = (seconds: number) =>
      t.db.query(`UPDATE rate_limit_counters SET window_start = now() - make_interval(secs => $1) WHERE key = $2`, [
        seconds,
        'window-probe',
      ]);
    expect(await limiter.hitAll(limits, 60)).toMatchObject({ allowed: true, count: 1, retryAfterSeconds: 60 });
    await age(59); // still the same window, whatever the clock's minute did meanwhile
    expect(await limiter.hitAll(limits, 60)).toMatchObject({ allowed: true, count: 2 });
    const refused = await limiter.hitAll(limits, 60);
    expect(refused).toMatchObject({ allowed: false, count: 3 });
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(2);
    await age(61); // closed: the next hit opens a new window
    expect(await limiter.hitAll(limits, 60)).toMatchObject({ allowed: true, count: 1, retryAfterSeconds: 60 });
  });

  it('evaluates at most 5 of 40 parallel wrong-password logins for one email from one address', async () => {
    const race = await startTestApp({ LOGIN_FAILURES_PER_EMAIL: '5', LOGIN_FAILURES_PER_IP: '20' });
    try {
      await tokenFor(race, 'INVESTMENT_ANALYST', { email: 'raced@test.enlace.local' });
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => login(race, 'raced@test.enlace.local', `wrong-password-${i}-xx`)),
      );
      const evaluated = answers.filter((a) => a.body.errors?.[0]?.extensions?.code !== 'TOO_MANY_REQUESTS');
      const throttled = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
      expect(evaluated.length).toBeGreaterThanOrEqual(1);
      expect(evaluated.length).toBeLessThanOrEqual(5);
      for (const a of evaluated) expect([a.status, a.body.errors[0].extensions.code]).toEqual([200, 'UNAUTHENTICATED']);
      expect(throttled.length).toBe(40 - evaluated.length);
      for (const a of throttled) expect(a.status).toBe(429);
      expect((await login(race, 'raced@test.enlace.local', TEST_PASSWORD)).status).toBe(429); // the right one too, now
    } finally {
      await race.close();
    }
  });
});
