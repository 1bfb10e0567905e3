import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHmac } from 'crypto';
import { AccountsBootstrap, DEMO_ACCOUNTS, TokenService, verifyPassword } from '@enlace/accounts';
import { loadConfig, Role } from '@enlace/core';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken, TEST_PASSWORD, tokenFor } from './support/accounts';
import { insertSupplier } from './support/builders';

// Many password checks, each scrypt at N = 2^17 (a fraction of a second of CPU, several seconds on a
// loaded machine): more room than the default 120 s per test.
jest.setTimeout(300_000);

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token role } }`;
const REGISTER = `mutation($input: RegisterUserInput!) { registerUser(input: $input) }`;

function code(r: { errors?: Array<{ extensions?: { code?: string } }> }): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

describe('accounts: login, tokens, registration, the global guard', () => {
  let t: TestApp;
  let admin: string;
  let supplierId: string;

  const userCount = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    supplierId = await insertSupplier(t.db, { name: 'Cuenta Proveedora' });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('logs in the bootstrap admin (email case-insensitive) and returns a signed token with the role', async () => {
      const r = await t.gql(LOGIN, { e: t.config.adminEmail.toUpperCase(), p: t.config.adminPassword });
      expect(r.errors).toBeUndefined();
      expect(r.data.login.role).toBe('ADMIN');
      const [, payload] = r.data.login.token.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(claims.role).toBe('ADMIN');
      expect(claims.exp - claims.iat).toBe(12 * 3600);
    });

    it('gives a wrong password and an unknown email the same UNAUTHENTICATED error and message', async () => {
      const wrong = await t.gql(LOGIN, { e: t.config.adminEmail, p: 'not-the-password-at-all' });
      const unknown = await t.gql(LOGIN, { e: 'nobody@nowhere.example', p: 'not-the-password-at-all' });
      expect(code(wrong)).toBe('UNAUTHENTICATED');
      expect(code(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
      expect(wrong.errors![0].extensions).toEqual(unknown.errors![0].extensions);
      expect(wrong.data).toEqual(unknown.data);
    });

    it('stores only a salted scrypt hash, never the password', async () => {
      await tokenFor(t, 'INVESTMENT_ANALYST', { email: 'hash-check-1@test.local' });
      await tokenFor(t, 'INVESTMENT_ANALYST', { email: 'hash-check-2@test.local' });
      const rows = await t.db.query(`SELECT password_hash FROM users WHERE email LIKE 'hash-check-%' ORDER BY email`);
      const all = await t.db.query(`SELECT to_jsonb(u)::text AS j FROM users u`);
      expect(all.some((r) => r.j.includes(TEST_PASSWORD) || r.j.includes(t.config.adminPassword))).toBe(false);
      expect(rows[0].password_hash).toMatch(/^scrypt\$131072\$8\$1\$/); // OWASP minimum: N = 2^17, r = 8, p = 1
      const fresh = await t.gql(
        REGISTER,
        { input: { email: 'salt-a@test.local', password: 'same-password-123', role: 'INVESTMENT_ANALYST' } },
        admin,
      );
      const fresh2 = await t.gql(
        REGISTER,
        { input: { email: 'salt-b@test.local', password: 'same-password-123', role: 'INVESTMENT_ANALYST' } },
        admin,
      );
      expect(fresh.errors ?? fresh2.errors).toBeUndefined();
      const [h1, h2] = await t.db.query(
        `SELECT password_hash FROM users WHERE email IN ('salt-a@test.local', 'salt-b@test.local') ORDER BY email`,
      );
      expect(h1.password_hash).not.toBe(h2.password_hash);
      expect(await verifyPassword('same-password-123', h1.password_hash)).toBe(true);
    });
  });

  describe('registerUser', () => {
    it('lets an admin create each kind of account, which can then log in with its role', async () => {
      const inputs = [
        { email: 'Buyer.One@Test.local', password: 'buyer-password-1', role: 'OEM_BUYER', oem: 'general motors' },
        { email: 'analyst.one@test.local', password: 'analyst-password-1', role: 'INVESTMENT_ANALYST' },
        { email: 'supplier.one@test.local', password: 'supplier-password-1', role: 'SUPPLIER', supplierId },
        { email: 'admin.two@test.local', password: 'admin-password-22', role: 'ADMIN' },
      ];
      for (const input of inputs) {
        const r = await t.gql(REGISTER, { input }, admin);
        expect(r.errors).toBeUndefined();
        expect(r.data.registerUser).toMatch(/^[0-9a-f-]{36}$/);
        const login = await t.gql(LOGIN, { e: input.email.toLowerCase(), p: input.password });
        expect(login.data.login.role).toBe(input.role);
      }
      const [buyer] = await t.db.query(
        `SELECT email, oem, supplier_id FROM users WHERE email = 'buyer.one@test.local'`,
      );
      expect(buyer).toEqual({ email: 'buyer.one@test.local', oem: 'General Motors', supplier_id: null });
      const [sup] = await t.db.query(`SELECT supplier_id FROM users WHERE email = 'supplier.one@test.local'`);
      expect(sup.supplier_id).toBe(supplierId);
    });

    it('refuses non-admins (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), creating nothing', async () => {
      const before = await userCount();
      const input = { email: 'sneaky@test.local', password: 'sneaky-password-1', role: 'ADMIN' };
      for (const role of ['OEM_BUYER', 'INVESTMENT_ANALYST', 'SUPPLIER'] as const) {
        expect(code(await t.gql(REGISTER, { input }, await tokenFor(t, role)))).toBe('FORBIDDEN');
      }
      const after = await userCount();
      expect(code(await t.gql(REGISTER, { input }))).toBe('UNAUTHENTICATED');
      expect(await userCount()).toBe(after);
      expect(after).toBe(before + 3); // only the three accounts tokenFor made
      expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'sneaky@test.local'`)).toHaveLength(0);
    });

    it('validates input with BAD_USER_INPUT naming the field, CONFLICT for a duplicate email, NOT_FOUND for a missing supplier', async () => {
      const before = await userCount();
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [
          { email: 'short@test.local', password: 'elevenchars', role: 'INVESTMENT_ANALYST' },
          'BAD_USER_INPUT',
          'input.password',
        ],
        [
          { email: 'not-an-email', password: 'long-enough-password', role: 'INVESTMENT_ANALYST' },
          'BAD_USER_INPUT',
          'input.email',
        ],
        [
          { email: 'nosup@test.local', password: 'long-enough-password', role: 'SUPPLIER' },
          'BAD_USER_INPUT',
          'input.supplierId',
        ],
        [
          { email: 'badsup@test.local', password: 'long-enough-password', role: 'SUPPLIER', supplierId: 'xyz' },
          'BAD_USER_INPUT',
          'input.supplierId',
        ],
        [
          { email: 'nooem@test.local', password: 'long-enough-password', role: 'OEM_BUYER' },
          'BAD_USER_INPUT',
          'input.oem',
        ],
        [
          { email: 'badoem@test.local', password: 'long-enough-password', role: 'OEM_BUYER', oem: 'Acme Motors' },
          'BAD_USER_INPUT',
          'input.oem',
        ],
        [
          { email: 'oemonan@test.local', password: 'long-enough-password', role: 'INVESTMENT_ANALYST', oem: 'Nissan' },
          'BAD_USER_INPUT',
          'input.oem',
        ],
        [
          {
            email: 'ghost@test.local',
            password: 'long-enough-password',
            role: 'SUPPLIER',
            supplierId: '00000000-0000-4000-8000-000000000000',
          },
          'NOT_FOUND',
          'input.supplierId',
        ],
        [
          { email: t.config.adminEmail.toUpperCase(), password: 'long-enough-password', role: 'ADMIN' },
          'CONFLICT',
          'input.email',
        ],
        [
          { email: 'ANALYST.ONE@test.local', password: 'long-enough-password', role: 'INVESTMENT_ANALYST' },
          'CONFLICT',
          'input.email',
        ],
      ];
      for (const [input, expected, field] of cases) {
        const r = await t.gql(REGISTER, { input }, admin);
        expect({ input, code: code(r), field: r.errors?.[0]?.extensions?.field }).toEqual({
          input,
          code: expected,
          field,
        });
      }
      expect(await userCount()).toBe(before);
    });
  });

  describe('the global guard', () => {
    it('keeps catalogue, plant and supplier reads and /health public', async () => {
      for (const q of [
        `{ states { code } }`,
        `{ processes { code } }`,
        `{ certificationSchemes { code } }`,
        `{ plants(first: 1) { totalCount } }`,
        `{ suppliers(first: 1) { totalCount } }`,
      ]) {
        const r = await t.gql(q);
        expect({ q, errors: r.errors }).toEqual({ q, errors: undefined });
      }
      expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    });

    it('requires authentication for non-public operations', async () => {
      expect(code(await t.gql(`{ supplierHistory(id: "${supplierId}") { totalCount } }`))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(`{ staleSupplierProfiles(days: 30) { totalCount } }`))).toBe('UNAUTHENTICATED');
    });

    it('refuses invalid, forged, expired and alg=none tokens with UNAUTHENTICATED, even on public reads', async () => {
      const tokens = t.app.get(TokenService);
      const [h, p] = admin.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forgedPayload = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN', sid: supplierId })).toString(
        'base64url',
      );
      const otherKey = createHmac('sha256', 'another-secret-another-secret-0123')
        .update(`${h}.${p}`)
        .digest('base64url');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
      const expired = tokens.sign(
        { userId: claims.sub, email: claims.email, role: Role.ADMIN, oem: null, supplierId: null },
        Date.now() - 13 * 3600 * 1000,
      );
      for (const bad of [
        'garbage',
        `${h}.${forgedPayload}.${admin.split('.')[2]}`,
        `${h}.${p}.${otherKey}`,
        none,
        expired,
      ]) {
        const r = await t.gql(`{ states { code } }`, {}, bad);
        expect(code(r)).toBe('UNAUTHENTICATED');
        expect(r.data ?? null).toBeNull();
      }
      const res = await fetch(`${t.baseUrl}/health`, { headers: { authorization: 'Bearer garbage' } });
      expect(res.status).toBe(401);
      const notBearer = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46YWRtaW4=' },
        body: JSON.stringify({ query: '{ states { code } }' }),
      });
      expect((await notBearer.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('bootstrap and demo accounts', () => {
    it('creates the bootstrap admin once and never overwrites its password on later starts', async () => {
      const boot = t.app.get(AccountsBootstrap);
      await t.db.query(
        `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'admin.two@test.local') WHERE email = $1`,
        [t.config.adminEmail],
      );
      await boot.ensureAdmin();
      await boot.ensureAdmin();
      expect(
        (await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [t.config.adminEmail]))[0].n,
      ).toBe(1);
      expect(code(await t.gql(LOGIN, { e: t.config.adminEmail, p: t.config.adminPassword }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(LOGIN, { e: t.config.adminEmail, p: 'admin-password-22' })).data.login.role).toBe('ADMIN');
    });

    it('SEED_DEMO=1 creates one account per role and a demo supplier, idempotently', async () => {
      const demo = await startTestApp({
        SEED_DEMO: '1',
        ADMIN_EMAIL: 'root@demo.test',
        ADMIN_PASSWORD: 'root-password-2026',
      });
      try {
        expect((await demo.gql(LOGIN, { e: 'root@demo.test', p: 'root-password-2026' })).data.login.role).toBe('ADMIN');
        for (const a of DEMO_ACCOUNTS) {
          const r = await demo.gql(LOGIN, { e: a.email, p: a.password });
          expect({ email: a.email, role: r.data?.login?.role }).toEqual({ email: a.email, role: a.role });
        }
        const [sup] = await demo.db.query(
          `SELECT u.supplier_id, s.name FROM users u JOIN suppliers s ON s.id = u.supplier_id WHERE u.email = 'supplier@demo.enlace.local'`,
        );
        expect(sup.name).toBeTruthy();
        const [buyer] = await demo.db.query(`SELECT oem FROM users WHERE email = 'buyer@demo.enlace.local'`);
        expect(buyer.oem).toBe('General Motors');
        const count = async () =>
          (
            await demo.db.query(
              `SELECT (SELECT count(*) FROM users)::int AS u, (SELECT count(*) FROM suppliers)::int AS s`,
            )
          )[0];
        const before = await count();
        await demo.app.get(AccountsBootstrap).seedDemo();
        await demo.app.get(AccountsBootstrap).ensureAdmin();
        expect(await count()).toEqual(before);
        // the demo supplier account can edit its own profile
        const login = await demo.gql(LOGIN, {
          e: 'supplier@demo.enlace.local',
          p: DEMO_ACCOUNTS.find((a) => a.role === Role.SUPPLIER)!.password,
        });
        const confirm = await demo.gql(
          `mutation($id: ID!) { confirmSupplierProfile(id: $id) { id } }`,
          { id: sup.supplier_id },
          login.data.login.token,
        );
        expect(confirm.errors).toBeUndefined();
      } finally {
        await demo.close();
      }
    });
  });

  describe('the token secret', () => {
    it('without JWT_SECRET, generates one in DATA_DIR/jwt-secret (mode 600) and reuses it', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-jwt-'));
      try {
        const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
        const one = new TokenService(config);
        const token = one.sign({ userId: 'u1', email: 'a@b.c', role: Role.ADMIN, oem: null, supplierId: null });
        const file = path.join(dir, 'jwt-secret');
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        const two = new TokenService(config);
        expect(two.verify(token)?.userId).toBe('u1');
        const other = new TokenService(
          loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, JWT_SECRET: 'x'.repeat(40) }),
        );
        expect(other.verify(token)).toBeNull();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('honours JWT_EXPIRES_IN', () => {
      const s = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_EXPIRES_IN: '30m' }));
      const token = s.sign({ userId: 'u', email: 'a@b.c', role: Role.INVESTMENT_ANALYST, oem: null, supplierId: null });
      expect(s.verify(token)).not.toBeNull();
      expect(s.verify(token, Date.now() + 31 * 60 * 1000)).toBeNull();
    });
  });
});
