import { randomBytes, scryptSync } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildClientSchema, getIntrospectionQuery, isObjectType, Kind, parse, print } from 'graphql';
import { verifyPassword } from '@enlace/accounts';
import { GqlResponse, startTestApp, TestApp } from './support/test-app';
import { adminToken, TEST_PASSWORD, tokenFor } from './support/accounts';

// Many password checks, each scrypt at N = 2^17 (a fraction of a second of CPU, several seconds on a
// loaded machine): more room than the default 120 s per test.
jest.setTimeout(300_000);

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role } }`;
const ME = `{ me { id email role active supplierId oem createdAt } }`;
const LOGOUT = `mutation { logout }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const REVOKE_SESSIONS = `mutation($u: ID!) { revokeSessions(userId: $u) }`;
const SET_ACTIVE = `mutation($u: ID!, $a: Boolean!) { setUserActive(userId: $u, active: $a) { id email active } }`;
const CREATE_KEY = `mutation($n: String!) { createApiKey(name: $n) { secret apiKey { id } } }`;
const USERS = `query($r: Role, $f: Int, $a: String) { users(role: $r, first: $f, after: $a) { id email role cursor } }`;

type Answer = { errors?: Array<{ extensions?: { code?: string; field?: string } }> };
const code = (r: Answer) => r.errors?.[0]?.extensions?.code;
const field = (r: Answer) => r.errors?.[0]?.extensions?.field;

/** A fresh account of `role`: its id, email and a token. */
async function account(t: TestApp, role: 'ADMIN' | 'OEM_BUYER' | 'INVESTMENT_ANALYST' | 'SUPPLIER' = 'OEM_BUYER') {
  const email = `sess-${randomBytes(5).toString('hex')}@test.enlace.local`;
  const token = await tokenFor(t, role, { email });
  const [{ id }] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
  return { id, email, token };
}

async function login(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const r = await t.gql(LOGIN, { e: email, p: password });
  if (r.errors) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** Whether a credential is accepted: `me` answers without an error. */
async function works(t: TestApp, credential: string): Promise<boolean> {
  const r = await t.gql(ME, {}, credential);
  if (r.errors) expect(code(r)).toBe('UNAUTHENTICATED');
  return !r.errors && r.data.me !== null;
}

describe('sessions: me, logout, changePassword, revokeSessions, setUserActive, users', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('me: null without a token; the caller with a token; UNAUTHENTICATED (and null) with a bad one', async () => {
    const anon = await t.gql(ME);
    expect(anon.errors).toBeUndefined();
    expect(anon.data.me).toBeNull();
    const a = await account(t, 'OEM_BUYER');
    const mine = await t.gql(ME, {}, a.token);
    expect(mine.data.me).toMatchObject({
      id: a.id,
      email: a.email,
      role: 'OEM_BUYER',
      active: true,
      oem: 'General Motors',
    });
    expect(mine.data.me.supplierId).toBeNull();
    expect(new Date(mine.data.me.createdAt).getTime()).toBeGreaterThan(0);
    const bad = await t.gql(ME, {}, 'not-a-token');
    expect(code(bad)).toBe('UNAUTHENTICATED');
    expect(bad.data?.me ?? null).toBeNull();
  });

  it('logout revokes the token it is called with, and only that one', async () => {
    const a = await account(t);
    const second = await login(t, a.email);
    const r = await t.gql(LOGOUT, {}, a.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.logout).toBe(true);
    expect(code(await t.gql(ME, {}, a.token))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(`{ states { code } }`, {}, a.token))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(LOGOUT, {}, a.token))).toBe('UNAUTHENTICATED');
    expect(await works(t, second)).toBe(true);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM revoked_tokens`);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(code(await t.gql(LOGOUT))).toBe('UNAUTHENTICATED');
  });

  it('changePassword checks the current password and ends every other session, keeping the current one', async () => {
    const a = await account(t, 'INVESTMENT_ANALYST');
    const other = await login(t, a.email);
    const wrong = await t.gql(CHANGE, { c: 'not-my-password-at-all', n: 'a-brand-new-password-1' }, a.token);
    expect([code(wrong), field(wrong)]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
    const short = await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' }, a.token);
    expect([code(short), field(short)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    const same = await t.gql(CHANGE, { c: TEST_PASSWORD, n: TEST_PASSWORD }, a.token);
    expect([code(same), field(same)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    expect(await works(t, other)).toBe(true); // nothing changed yet
    expect(code(await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'a-brand-new-password-1' }))).toBe('UNAUTHENTICATED');

    const ok = await t.gql(CHANGE, { c: TEST_PASSWORD, n: 'a-brand-new-password-1' }, a.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.changePassword).toBe(true);
    expect(await works(t, a.token)).toBe(true);
    expect(await works(t, other)).toBe(false);
    expect(code(await t.gql(LOGIN, { e: a.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    const fresh = await login(t, a.email, 'a-brand-new-password-1');
    expect(await works(t, fresh)).toBe(true);
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [a.id]);
    expect(await verifyPassword('a-brand-new-password-1', password_hash)).toBe(true);

    // A second change from the newest session ends the one that made the first change.
    const again = await t.gql(CHANGE, { c: 'a-brand-new-password-1', n: 'another-new-password-2' }, fresh);
    expect(again.data.changePassword).toBe(true);
    expect(await works(t, fresh)).toBe(true);
    expect(await works(t, a.token)).toBe(false);
  });

  it('revokeSessions: the user itself or an ADMIN ends every token issued before now', async () => {
    const a = await account(t);
    const b = await account(t);
    const a2 = await login(t, a.email);
    const forbidden = await t.gql(REVOKE_SESSIONS, { u: b.id }, a.token);
    expect(code(forbidden)).toBe('FORBIDDEN');
    expect(await works(t, b.token)).toBe(true);

    const self = await t.gql(REVOKE_SESSIONS, { u: a.id }, a.token);
    expect(self.data.revokeSessions).toBe(true);
    expect(await works(t, a.token)).toBe(false);
    expect(await works(t, a2)).toBe(false);
    const a3 = await login(t, a.email); // tokens issued afterwards work
    expect(await works(t, a3)).toBe(true);

    const byAdmin = await t.gql(REVOKE_SESSIONS, { u: b.id }, admin);
    expect(byAdmin.data.revokeSessions).toBe(true);
    expect(await works(t, b.token)).toBe(false);
    expect(await works(t, a3)).toBe(true);
    expect(await works(t, admin)).toBe(true);

    const missing = await t.gql(REVOKE_SESSIONS, { u: '00000000-0000-4000-8000-000000000000' }, admin);
    expect([code(missing), field(missing)]).toEqual(['NOT_FOUND', 'userId']);
    const malformed = await t.gql(REVOKE_SESSIONS, { u: 'nope' }, admin);
    expect([code(malformed), field(malformed)]).toEqual(['BAD_USER_INPUT', 'userId']);
  });

  it("setUserActive(false) refuses the user's tokens and API keys at once; true lets them log in again", async () => {
    const a = await account(t, 'SUPPLIER');
    const key = (await t.gql(CREATE_KEY, { n: 'erp' }, a.token)).data.createApiKey.secret as string;
    expect(await works(t, key)).toBe(true);

    expect(code(await t.gql(SET_ACTIVE, { u: a.id, a: false }, a.token))).toBe('FORBIDDEN');
    const off = await t.gql(SET_ACTIVE, { u: a.id, a: false }, admin);
    expect(off.errors).toBeUndefined();
    expect(off.data.setUserActive).toEqual({ id: a.id, email: a.email, active: false });
    expect(await works(t, a.token)).toBe(false);
    expect(await works(t, key)).toBe(false);
    const refused = await t.gql(LOGIN, { e: a.email, p: TEST_PASSWORD });
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data?.login ?? null).toBeNull();

    const on = await t.gql(SET_ACTIVE, { u: a.id, a: true }, admin);
    expect(on.data.setUserActive.active).toBe(true);
    expect(await works(t, key)).toBe(true);
    expect(await works(t, await login(t, a.email))).toBe(true);

    const [{ id: adminId }] = await t.db.query(`SELECT id FROM users WHERE email = $1`, [t.config.adminEmail]);
    const selfOff = await t.gql(SET_ACTIVE, { u: adminId, a: false }, admin);
    expect([code(selfOff), field(selfOff)]).toEqual(['BAD_USER_INPUT', 'active']);
    const missing = await t.gql(SET_ACTIVE, { u: '00000000-0000-4000-8000-000000000000', a: false }, admin);
    expect([code(missing), field(missing)]).toEqual(['NOT_FOUND', 'userId']);
  });

  it('users: ADMIN only, filtered by role, paged in (email, id) order by cursor or by id', async () => {
    for (let i = 0; i < 3; i++)
      await t.db.query(
        `INSERT INTO users (email, password_hash, role) VALUES ($1, 'scrypt$1$1$1$AA==$AA==', 'INVESTMENT_ANALYST')`,
        [`paged-${i}@users.test`],
      );
    const all = await t.db.query(`SELECT id, email FROM users ORDER BY email, id`);
    const everyone: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const r: GqlResponse<{ users: Array<{ id: string; email: string; cursor: string }> }> = await t.gql(
        USERS,
        { f: 2, a: after },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const users = r.data!.users;
      if (!users.length) break;
      everyone.push(...users.map((u) => u.email));
      const last = users[users.length - 1];
      after = page % 2 ? last.cursor : last.id; // both forms continue after that user
    }
    expect(everyone).toEqual(all.map((u) => u.email));

    const analysts = await t.gql(USERS, { r: 'INVESTMENT_ANALYST', f: 100 }, admin);
    const expected = await t.db.query(`SELECT email FROM users WHERE role = 'INVESTMENT_ANALYST' ORDER BY email, id`);
    expect(analysts.data.users.map((u: { email: string }) => u.email)).toEqual(expected.map((u) => u.email));
    expect(analysts.data.users.length).toBeGreaterThanOrEqual(3);

    const [analyst] = analysts.data.users;
    expect(code(await t.gql(USERS, {}, (await account(t, 'INVESTMENT_ANALYST')).token))).toBe('FORBIDDEN');
    expect(code(await t.gql(USERS, {}))).toBe('UNAUTHENTICATED');
    for (const [vars, f] of [
      [{ f: 0 }, 'first'],
      [{ f: 101 }, 'first'],
      [{ a: 'garbage' }, 'after'],
      [{ a: '00000000-0000-4000-8000-000000000000' }, 'after'],
    ] as const) {
      const r = await t.gql(USERS, vars, admin);
      expect([code(r), field(r)]).toEqual(['BAD_USER_INPUT', f]);
    }
    expect(analyst.role).toBe('INVESTMENT_ANALYST');
  });

  it('upgrades a password hash of older scrypt parameters at the next successful login', async () => {
    const email = 'old-hash@test.enlace.local';
    const salt = randomBytes(16);
    const key = scryptSync('an-old-password-123', salt, 64, { N: 16384, r: 8, p: 1 });
    const old = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    await t.db.query(`INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'INVESTMENT_ANALYST')`, [
      email,
      old,
    ]);
    expect(code(await t.gql(LOGIN, { e: email, p: 'a-wrong-password-123' }))).toBe('UNAUTHENTICATED');
    const stored = async () =>
      (await t.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]))[0].password_hash as string;
    expect(await stored()).toBe(old); // a failed login changes nothing

    expect(await works(t, await login(t, email, 'an-old-password-123'))).toBe(true);
    const upgraded = await stored();
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$[^$]+\$[^$]+$/);
    expect(upgraded).not.toContain(salt.toString('base64'));
    expect(await verifyPassword('an-old-password-123', upgraded)).toBe(true);
    expect(await works(t, await login(t, email, 'an-old-password-123'))).toBe(true);
    expect(await stored()).toBe(upgraded); // current hashes are left alone
  });
});

/** integration.graphql: the shared copy when present (CI lays it beside the repo), else ours. */
function integrationContract(): string {
  const shared = path.resolve(__dirname, '../../shared/contract/integration.graphql');
  return fs.readFileSync(fs.existsSync(shared) ? shared : path.join(__dirname, 'contract/integration.graphql'), 'utf8');
}

/** `Type.field(arg: T, ...): T` of the named types and root fields, as the contract writes them. */
function contractFields(types: string[], rootFields: string[]): string[] {
  const out: string[] = [];
  for (const d of parse(integrationContract()).definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const f of d.fields ?? []) {
      if (!types.includes(d.name.value) && !rootFields.includes(f.name.value)) continue;
      const args = (f.arguments ?? []).map((a) => `${a.name.value}: ${print(a.type)}`).join(', ');
      out.push(`${d.name.value}.${f.name.value}(${args}): ${print(f.type)}`);
    }
  }
  return out.sort();
}

describe('sessions and API keys: the integration contract', () => {
  it('serves User, ApiKey, CreatedApiKey and their operations exactly as integration.graphql writes them', async () => {
    const t = await startTestApp();
    try {
      const schema = buildClientSchema((await t.gql(getIntrospectionQuery())).data);
      const types = ['User', 'ApiKey', 'CreatedApiKey'];
      const roots = ['me', 'users', 'apiKeys', 'logout', 'changePassword', 'setUserActive', 'revokeSessions'];
      const expected = contractFields(types, [...roots, 'createApiKey', 'revokeApiKey']);
      expect(expected.length).toBeGreaterThan(20);
      for (const line of expected) {
        const [typeName, fieldName] = line.slice(0, line.indexOf('(')).split('.');
        const type = schema.getType(typeName);
        const f = isObjectType(type) ? type.getFields()[fieldName] : undefined;
        const args = (f?.args ?? []).map((a) => `${a.name}: ${String(a.type)}`).join(', ');
        expect(f ? `${typeName}.${fieldName}(${args}): ${String(f.type)}` : `${typeName}.${fieldName} missing`).toBe(
          line,
        );
      }
    } finally {
      await t.close();
    }
  });
});

describe('sessions: the credential cache', () => {
  it('a change made through an instance applies there at once, even with a long cache', async () => {
    const t = await startTestApp({ AUTH_CACHE_TTL_MS: '60000' });
    try {
      const admin = await adminToken(t);
      const a = await account(t);
      const key = (await t.gql(CREATE_KEY, { n: 'cached' }, a.token)).data.createApiKey.secret as string;
      expect(await works(t, a.token)).toBe(true); // cached now
      expect(await works(t, key)).toBe(true);
      await t.gql(SET_ACTIVE, { u: a.id, a: false }, admin);
      expect(await works(t, a.token)).toBe(false);
      expect(await works(t, key)).toBe(false);
      await t.gql(SET_ACTIVE, { u: a.id, a: true }, admin);
      expect(await works(t, a.token)).toBe(true);
      await t.gql(LOGOUT, {}, a.token);
      expect(await works(t, a.token)).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('another instance refuses a deactivated user within AUTH_CACHE_TTL_MS', async () => {
    const ttl = 1000;
    const a1 = await startTestApp({ AUTH_CACHE_TTL_MS: String(ttl) });
    const a2 = await startTestApp({ AUTH_CACHE_TTL_MS: String(ttl) }, { databaseUrl: a1.db.url });
    try {
      const admin = await adminToken(a1);
      const a = await account(a1);
      const key = (await a1.gql(CREATE_KEY, { n: 'two-instances' }, a.token)).data.createApiKey.secret as string;
      expect(await works(a2, a.token)).toBe(true); // cached on the second instance
      expect(await works(a2, key)).toBe(true);
      await a1.gql(SET_ACTIVE, { u: a.id, a: false }, admin);
      const changedAt = Date.now();
      expect(await works(a1, a.token)).toBe(false);
      let refusedAfter = Infinity;
      while (Date.now() - changedAt < ttl + 5000) {
        if (!(await works(a2, a.token)) && !(await works(a2, key))) {
          refusedAfter = Date.now() - changedAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(refusedAfter).toBeLessThanOrEqual(ttl + 2000); // the TTL, plus slack for a loaded machine
    } finally {
      await a2.app.close();
      await a2.db.drop();
      await a1.close();
    }
  });
});
