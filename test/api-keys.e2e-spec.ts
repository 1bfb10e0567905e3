import { createHash, randomBytes } from 'crypto';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, tokenFor } from './support/accounts';

// Many password checks, each scrypt at N = 2^17 (a fraction of a second of CPU, several seconds on a
// loaded machine): more room than the default 120 s per test.
jest.setTimeout(300_000);

const CREATE_KEY = `mutation($n: String!) { createApiKey(name: $n) { secret apiKey { id name prefix createdAt lastUsedAt revokedAt } } }`;
const KEYS = `{ apiKeys { id name prefix createdAt lastUsedAt revokedAt } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) }`;
const ME = `{ me { id role } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) }`;

type Answer = { errors?: Array<{ extensions?: { code?: string; field?: string } }> };
const code = (r: Answer) => r.errors?.[0]?.extensions?.code;

async function account(t: TestApp, role: 'ADMIN' | 'OEM_BUYER' | 'INVESTMENT_ANALYST' | 'SUPPLIER') {
  const email = `keys-${randomBytes(5).toString('hex')}@test.enlace.local`;
  const token = await tokenFor(t, role, { email });
  const [{ id }] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
  return { id, email, token };
}

async function createKey(t: TestApp, token: string, name: string) {
  const r = await t.gql(CREATE_KEY, { n: name }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createApiKey as { secret: string; apiKey: { id: string; prefix: string; lastUsedAt: string | null } };
}

describe('API keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a key whose secret is shown once and stored only as a SHA-256 hash', async () => {
    const a = await account(t, 'INVESTMENT_ANALYST');
    const created = await createKey(t, a.token, '  Notebook  ');
    expect(created.secret).toMatch(/^enl_live_[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(created.apiKey).toMatchObject({ name: 'Notebook', lastUsedAt: null, revokedAt: null });
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey.prefix).toMatch(/^enl_live_.{4,}$/);
    expect(created.apiKey.prefix.length).toBeLessThan(20);

    const [row] = await t.db.query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [created.apiKey.id]);
    expect(Buffer.from(row.secret_hash).equals(createHash('sha256').update(created.secret).digest())).toBe(true);
    const dump = await t.db.query(`SELECT to_jsonb(k)::text AS j FROM api_keys k`);
    expect(dump.some((r) => r.j.includes(created.secret.slice(9)))).toBe(false);

    const listed = await t.gql(KEYS, {}, a.token);
    expect(listed.data.apiKeys).toHaveLength(1);
    expect(JSON.stringify(listed.data)).not.toContain(created.secret);
    expect(await t.db.query(`SELECT 1 FROM api_keys WHERE user_id = $1`, [a.id])).toHaveLength(1);
    const other = await createKey(t, a.token, 'Notebook');
    expect(other.secret).not.toBe(created.secret);

    for (const name of ['', '   ', 'x'.repeat(101)]) {
      const r = await t.gql(CREATE_KEY, { n: name }, a.token);
      expect([code(r), r.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'name']);
    }
    expect(code(await t.gql(CREATE_KEY, { n: 'anonymous' }))).toBe('UNAUTHENTICATED');
  });

  it("acts with its owner's role, sent exactly like a token", async () => {
    const admin = await adminToken(t);
    const adminKey = (await createKey(t, admin, 'ops')).secret;
    const analyst = await account(t, 'INVESTMENT_ANALYST');
    const analystKey = (await createKey(t, analyst.token, 'notebook')).secret;

    const me = await t.gql(ME, {}, analystKey);
    expect(me.data.me).toEqual({ id: analyst.id, role: 'INVESTMENT_ANALYST' });
    const input = {
      email: `by-key-${randomBytes(3).toString('hex')}@test.local`,
      password: 'key-made-password-1',
      role: 'INVESTMENT_ANALYST',
    };
    expect(code(await t.gql(REGISTER, { input }, analystKey))).toBe('FORBIDDEN');
    const made = await t.gql(REGISTER, { input }, adminKey);
    expect(made.errors).toBeUndefined();

    const forged = analystKey.slice(0, -2) + (analystKey.endsWith('AA') ? 'BB' : 'AA');
    const r = await t.gql(`{ states { code } }`, {}, forged);
    expect(code(r)).toBe('UNAUTHENTICATED');
  });

  it('lists only the caller’s own keys; revokes for the owner or an ADMIN, NOT_FOUND and FORBIDDEN otherwise', async () => {
    const admin = await adminToken(t);
    const a = await account(t, 'OEM_BUYER');
    const b = await account(t, 'SUPPLIER');
    const k1 = await createKey(t, a.token, 'first');
    const k2 = await createKey(t, a.token, 'second');
    const kb = await createKey(t, b.token, 'theirs');
    const listed = (await t.gql(KEYS, {}, a.token)).data.apiKeys as Array<{ id: string; name: string }>;
    expect(listed.map((k) => k.name)).toEqual(['second', 'first']);
    expect((await t.gql(KEYS, {}, b.token)).data.apiKeys.map((k: { id: string }) => k.id)).toEqual([kb.apiKey.id]);
    expect((await t.gql(KEYS, {}, k1.secret)).data.apiKeys).toHaveLength(2); // a key lists its owner's keys

    expect(code(await t.gql(REVOKE_KEY, { id: k1.apiKey.id }, b.token))).toBe('FORBIDDEN');
    expect(code(await t.gql(REVOKE_KEY, { id: '00000000-0000-4000-8000-000000000000' }, a.token))).toBe('NOT_FOUND');
    expect(code(await t.gql(REVOKE_KEY, { id: 'nope' }, a.token))).toBe('BAD_USER_INPUT');
    expect((await t.gql(ME, {}, k1.secret)).data.me.id).toBe(a.id);

    const revoked = await t.gql(REVOKE_KEY, { id: k1.apiKey.id }, a.token);
    expect(revoked.data.revokeApiKey).toBe(true);
    const refused = await t.gql(ME, {}, k1.secret);
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect((await t.gql(REVOKE_KEY, { id: k1.apiKey.id }, a.token)).data.revokeApiKey).toBe(false);
    expect((await t.gql(ME, {}, k2.secret)).data.me.id).toBe(a.id); // the other key still works

    expect((await t.gql(REVOKE_KEY, { id: kb.apiKey.id }, admin)).data.revokeApiKey).toBe(true);
    expect(code(await t.gql(ME, {}, kb.secret))).toBe('UNAUTHENTICATED');

    const after = (await t.gql(KEYS, {}, a.token)).data.apiKeys as Array<{ name: string; revokedAt: string | null }>;
    expect(after.map((k) => [k.name, k.revokedAt !== null])).toEqual([
      ['second', false],
      ['first', true],
    ]);
  });

  it('records lastUsedAt without writing on every request (at most once a minute)', async () => {
    const a = await account(t, 'INVESTMENT_ANALYST');
    const k = await createKey(t, a.token, 'usage');
    const lastUsed = async () =>
      (await t.db.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [k.apiKey.id]))[0]
        .last_used_at as Date | null;
    expect(await lastUsed()).toBeNull();
    await t.gql(ME, {}, k.secret);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i++) expect((await t.gql(ME, {}, k.secret)).data.me.id).toBe(a.id);
    expect((await lastUsed())!.getTime()).toBe(first!.getTime()); // a write would have moved it (now() differs)

    await t.db.query(`UPDATE api_keys SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [k.apiKey.id]);
    const stale = await lastUsed();
    await t.gql(ME, {}, k.secret);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime());
    const listed = (await t.gql(KEYS, {}, a.token)).data.apiKeys[0];
    expect(new Date(listed.lastUsedAt).getTime()).toBe((await lastUsed())!.getTime());
  });
});

describe('API keys: rate limits', () => {
  it('counts requests per key as well as per address', async () => {
    const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY: '1' });
    try {
      const a = await account(t, 'INVESTMENT_ANALYST'); // 1 request from 127.0.0.1 (the login)
      const key = (await createKey(t, a.token, 'spread')).secret; // a second one
      const from = async (address: string, credential?: string) => {
        const res = await fetch(`${t.baseUrl}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': address,
            ...(credential ? { authorization: `Bearer ${credential}` } : {}),
          },
          body: JSON.stringify({ query: '{ states { code } }' }),
        });
        return { status: res.status, retryAfter: res.headers.get('retry-after') };
      };
      const statuses = [];
      for (let i = 1; i <= 5; i++) statuses.push((await from(`10.0.0.${i}`, key)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]); // five addresses, one key: the key's limit
      const blocked = await from('10.0.0.99', key);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
      expect((await from('10.0.0.99')).status).toBe(200); // that address without the key is fine
    } finally {
      await t.close();
    }
  });
});
