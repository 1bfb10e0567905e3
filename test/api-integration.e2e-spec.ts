import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';

const get = (t: TestApp, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(
    `${t.baseUrl}/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`,
    { headers: { 'apollo-require-preflight': '1', ...headers } },
  );

const post = (t: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** 25 aliased pages of suppliers whose size is `size` (a literal or a variable). */
const pages = (size: string) =>
  Array.from(
    { length: 25 },
    (_, i) =>
      `p${i}: suppliers(first: ${size}) { edges { node { id capabilities { process } certifications { scheme } } } }`,
  ).join(' ');

/** The first minute-window second that leaves room for a burst of requests. */
async function freshWindow(): Promise<void> {
  const sec = new Date().getUTCSeconds();
  if (sec > 50) await new Promise((r) => setTimeout(r, (61 - sec) * 1000));
}

describe('integration-ready API (default settings)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('query cost uses the variables the operation runs with', () => {
    it('prices a literal, a default value, POST variables and GET variables the same', async () => {
      const literal = await t.gql(`{ ${pages('100')} }`);
      const byDefault = await t.gql(`query Pages($n: Int = 100) { ${pages('$n')} }`);
      const posted = await t.gql(`query Pages($n: Int) { ${pages('$n')} }`, { n: 100 });
      const viaGet = await get(t, `query Pages($n: Int) { ${pages('$n')} }`, { n: 100 });
      const viaGetDefault = await get(t, `query Pages($n: Int = 100) { ${pages('$n')} }`);
      expect(viaGet.status).toBe(400);
      const gets = [(await viaGet.json()) as typeof literal, (await viaGetDefault.json()) as typeof literal];
      const costs = [literal, byDefault, posted, ...gets].map((r) => {
        expect(r.data).toBeUndefined();
        expect(r.errors![0].message).toMatch(/too expensive/);
        expect(r.errors![0].extensions).toMatchObject({
          code: 'GRAPHQL_VALIDATION_FAILED',
          reason: 'QUERY_TOO_COMPLEX',
        });
        return r.errors![0].extensions!.cost;
      });
      expect(costs[0]).toBeGreaterThan(25_000);
      expect(new Set(costs)).toEqual(new Set([costs[0]]));
    });

    it('lets the same queries through with small pages, however the size is given', async () => {
      expect((await t.gql(`{ ${pages('1')} }`)).errors).toBeUndefined();
      expect((await t.gql(`query($n: Int = 1) { ${pages('$n')} }`)).errors).toBeUndefined();
      expect((await t.gql(`query($n: Int) { ${pages('$n')} }`, { n: 1 })).errors).toBeUndefined();
      const viaGet = await get(t, `query($n: Int) { ${pages('$n')} }`, { n: 1 });
      expect(viaGet.status).toBe(200);
      expect(((await viaGet.json()) as { errors?: unknown }).errors).toBeUndefined();
    });

    it('weighs every request of a document it has seen before with that request’s own variables', async () => {
      const doc = `query Cached($n: Int!) { ${pages('$n')} }`;
      expect((await t.gql(doc, { n: 2 })).errors).toBeUndefined();
      const big = await t.gql(doc, { n: 100 });
      expect(big.data).toBeUndefined();
      expect(big.errors![0].message).toMatch(/too expensive/);
    });

    it('prices a live ranking per sourcing request: sourcingRequests { matches } with big pages is refused', async () => {
      const buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
      const small = await t.gql(
        `{ sourcingRequests { id status plant { oem } matches(first: 5) { score supplier { id name } } } }`,
        {},
        buyer,
      );
      expect(small.errors).toBeUndefined();
      const big = await t.gql(
        `{ sourcingRequests { id matches(first: 100) { score distanceKm supplier { name } } } }`,
        {},
        buyer,
      );
      expect(big.data).toBeUndefined();
      expect(big.errors![0].message).toMatch(/too expensive/);
      const snapshots = await t.gql(
        `{ a: sourcingRequests { awardSnapshot { rank supplierId supplierName score distanceKm } } b: sourcingRequests { id } }`,
        {},
        buyer,
      );
      expect(snapshots.errors![0].message).toMatch(/too expensive/);
    });

    it('prices openSourcingRequestsForMe for the request it scores the caller against', async () => {
      const q = Array.from({ length: 20 }, (_, i) => `o${i}: openSourcingRequestsForMe { id myMatch { score } }`);
      const r = await t.gql(`{ ${q.join(' ')} }`);
      expect(r.errors![0].message).toMatch(/too expensive/);
    });

    it('weighs fragments spread inside fragments once each (no exponential walk)', async () => {
      const levels = 40;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === levels - 1
          ? `fragment F${i} on Query { states { code } }`
          : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
      );
      const started = Date.now();
      const r = await t.gql(`{ ...F0 } ${fragments.join(' ')}`);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(r.errors![0].message).toMatch(/too expensive/);
    });
  });

  describe('Relay PageInfo', () => {
    const PLANTS = `query($after: String) { plants(first: 5, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

    it('gives startCursor and hasPreviousPage on plants', async () => {
      const first = (await t.gql(PLANTS)).data.plants;
      expect(first.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: first.edges[0].cursor,
        endCursor: first.edges[4].cursor,
      });
      const second = (await t.gql(PLANTS, { after: first.pageInfo.endCursor })).data.plants;
      expect(second.pageInfo).toMatchObject({
        hasPreviousPage: true,
        startCursor: second.edges[0].cursor,
        endCursor: second.edges[second.edges.length - 1].cursor,
      });
      const bad = await t.gql(PLANTS, { after: 'not-a-cursor' });
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('gives them on suppliers, stale profiles and expiring certifications too', async () => {
      for (let i = 0; i < 3; i++)
        await insertSupplier(t.db, {
          name: `Paginado ${i}`,
          certifications: [{ scheme: 'ISO-9001', expiresOn: daysFromToday(10 + i) }],
        });
      const admin = await tokenFor(t, 'ADMIN');
      const q = (field: string) =>
        `query($after: String) { c: ${field} { edges { cursor } pageInfo { hasPreviousPage startCursor endCursor } } }`;
      for (const field of [
        'suppliers(first: 2, after: $after)',
        'staleSupplierProfiles(days: 30, first: 2, after: $after)',
        'expiringCertifications(withinDays: 60, first: 2, after: $after)',
      ]) {
        const one = await t.gql(q(field), {}, admin);
        expect(one.errors).toBeUndefined();
        expect(one.data.c.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: one.data.c.edges[0].cursor });
        const two = await t.gql(q(field), { after: one.data.c.pageInfo.endCursor }, admin);
        expect([field, two.data.c.pageInfo]).toEqual([
          field,
          { hasPreviousPage: true, startCursor: two.data.c.edges[0].cursor, endCursor: expect.any(String) },
        ]);
      }
      const empty = await t.gql(
        `{ suppliers(filter: { search: "zzzz-no-such-supplier" }) { pageInfo { startCursor endCursor } } }`,
      );
      expect(empty.data.suppliers.pageInfo).toEqual({ startCursor: null, endCursor: null });
    });
  });

  describe('health', () => {
    it('answers liveness and readiness', async () => {
      const live = await fetch(`${t.baseUrl}/health/live`);
      expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
      for (const path of ['/health/ready', '/health']) {
        const ready = await fetch(`${t.baseUrl}${path}`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({ status: 'ok', database: 'up', migrations: 'current' });
      }
    });
  });

  it('serves /metrics without a token when METRICS_TOKEN is unset, and no CORS headers by default', async () => {
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(200);
    const preflight = await fetch(`${t.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('integration-ready API (behind a proxy, with a metrics token and CORS origins)', () => {
  const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: '1',
      RATE_LIMIT_PER_MINUTE: '5',
      METRICS_TOKEN,
      CORS_ORIGINS: 'https://app.example.com,http://localhost:5173',
    });
  });
  afterAll(() => t.close());

  it('takes the client address the proxy saw: spoofed left-most X-Forwarded-For entries do not evade the limit', async () => {
    await freshWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await post(t, { query: '{ __typename }' }, { 'x-forwarded-for': `10.9.${i}.${i + 1}, 198.51.100.7` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Another client behind the same proxy keeps its own budget.
    const other = await post(t, { query: '{ __typename }' }, { 'x-forwarded-for': '198.51.100.7, 198.51.100.8' });
    expect(other.status).toBe(200);
  });

  it('requires the metrics token (401 without it or with another)', async () => {
    const none = await fetch(`${t.baseUrl}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const short = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer m' } });
    expect(short.status).toBe(401);
    const ok = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/enlace_db_pool_connections \d+/);
  });

  it('answers CORS preflights for the configured origins only, exposing X-Request-Id and Retry-After', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
          'x-forwarded-for': '198.51.100.20',
        },
      });
    const allowed = await preflight('https://app.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const actual = await post(
      t,
      { query: '{ __typename }' },
      { origin: 'https://app.example.com', 'x-forwarded-for': '198.51.100.21' },
    );
    expect(actual.status).toBe(200);
    expect(actual.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const exposed = (actual.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed).toContain('x-request-id');
    expect(exposed).toContain('retry-after');
  });
});
