import { serverAudits } from 'graphql-http';
import { startTestApp, TestApp } from './support/test-app';

const post = (t: TestApp, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers, body });

describe('GraphQL abuse limits, HTTP hygiene and observability', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a document of 10,000 __typename in well under a second, before executing', async () => {
    const started = Date.now();
    const r = await t.gql(`{ ${Array(10000).fill('__typename').join(' ')} }`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.data).toBeUndefined();
    expect(r.errors![0].message).toMatch(/token/i);
  });

  it('refuses deep queries and too many aliases', async () => {
    const deep = await t.gql(
      `{ plants { edges { node { state { region } } } } suppliers { edges { node { state { name } } } } }`,
    );
    expect(deep.errors).toBeUndefined(); // the web app's real shapes pass
    const tooDeep = await t.gql(
      `{ a: __schema { types { fields { type ${'{ ofType '.repeat(14)}{ name } ${'} '.repeat(14)}} } } }`,
    );
    expect(tooDeep.errors!.map((e) => e.message).join(' ')).toMatch(/too deep/);
    const aliases = await t.gql(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: states { code }`).join(' ')} }`);
    expect(aliases.errors![0].message).toMatch(/aliases/);
  });

  it('weighs page sizes: 30 aliased pages of 100 suppliers with nested lists are refused, one page passes', async () => {
    const page = `suppliers(first: 100) { edges { node { id name capabilities { process materials } certifications { scheme status expiresOn } state { name } } } }`;
    const one = await t.gql(`{ ${page} }`);
    expect(one.errors).toBeUndefined();
    const many = await t.gql(`{ ${Array.from({ length: 30 }, (_, i) => `p${i}: ${page}`).join(' ')} }`);
    expect(many.data).toBeUndefined();
    expect(many.errors![0].message).toMatch(/too expensive/);
    const viaVariables = await t.gql(
      `query($n: Int) { ${Array.from({ length: 25 }, (_, i) => `p${i}: suppliers(first: $n) { edges { node { id capabilities { process } certifications { scheme } } } }`).join(' ')} }`,
      { n: 100 },
    );
    expect(viaVariables.errors![0].message).toMatch(/too expensive/);
  });

  it('caps first at 100 everywhere', async () => {
    for (const q of [`{ suppliers(first: 1000) { totalCount } }`, `{ plants(first: 101) { totalCount } }`]) {
      const r = await t.gql(q);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses batched requests, malformed JSON (400) and bodies over 1 MB (413)', async () => {
    const batch = await post(t, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const malformed = await post(t, '{"query": "{ __typename }"');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].message).toMatch(/Malformed JSON/);
    const huge = await post(t, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(huge.status).toBe(413);
  });

  it('prevents CSRF: text/plain and form posts are refused, a mutation over GET is refused', async () => {
    const plain = await post(t, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    const form = await post(t, 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const get = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(405);
    const getQuery = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(getQuery.status).toBe(200);
  });

  it('sends security headers and a request id on every response', async () => {
    for (const path of ['/graphql', '/health', '/metrics', '/nowhere']) {
      const res = await fetch(`${t.baseUrl}${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? '{"query":"{__typename}"}' : undefined,
      });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('hides SQL from unexpected failures and gives a request id instead', async () => {
    await t.db.query(`ALTER TABLE plants RENAME TO plants_gone`);
    try {
      const r = await t.gql(`{ plants { totalCount } }`);
      expect(r.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0].extensions!.requestId).toEqual(expect.any(String));
      expect(JSON.stringify(r.errors)).not.toMatch(/relation|plants_gone|SELECT|at .*\.ts/);
    } finally {
      await t.db.query(`ALTER TABLE plants_gone RENAME TO plants`);
    }
  });

  it('exposes Prometheus metrics by operation and pool usage', async () => {
    await t.gql(`query StatesForMetrics { states { code } }`);
    const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(text).toMatch(/enlace_graphql_requests_total\{operation="StatesForMetrics",outcome="ok"\} \d+/);
    expect(text).toMatch(/enlace_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="StatesForMetrics"\}/);
    expect(text).toMatch(/enlace_db_pool_connections \d+/);
  });

  it('passes the GraphQL-over-HTTP audit with no MUST failure', async () => {
    const results = await Promise.all(
      serverAudits({ url: `${t.baseUrl}/graphql`, fetchFn: fetch })
        .filter((a) => a.name.startsWith('MUST'))
        .map((a) => a.fn()),
    );
    const failures = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${r.reason}`);
    expect(failures).toEqual([]);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      ADMIN_PASSWORD: 'a-production-password',
      RATE_LIMIT_PER_MINUTE: '25',
    });
  });
  afterAll(() => t.close());

  it('turns introspection and field suggestions off', async () => {
    const intro = await t.gql(`{ __schema { types { name } } }`);
    expect(intro.errors![0].message).toMatch(/introspection/i);
    const typo = await t.gql(`{ state { code } }`);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('limits requests per client across instances, with 429 and Retry-After', async () => {
    // A second API instance on the same database shares the counters.
    const other = await startTestApp(
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        ADMIN_PASSWORD: 'a-production-password',
        RATE_LIMIT_PER_MINUTE: '25',
      },
      { databaseUrl: t.db.url },
    );
    try {
      await t.db.query(`DELETE FROM rate_limit_counters`);
      // Keep the burst inside one fixed one-minute window.
      const sec = new Date().getUTCSeconds();
      if (sec > 54) await new Promise((r) => setTimeout(r, (61 - sec) * 1000));
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 30; i++) {
        last = await post(i % 2 ? other : t, '{"query":"{ __typename }"}');
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 25).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(25).every((s) => s === 429)).toBe(true);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await last!.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await other.app.close();
      await other.db.drop();
    }
  });
});
