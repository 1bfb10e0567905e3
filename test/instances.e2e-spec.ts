import { ApiProcess, builtApiEntry, startApiProcess } from './support/api-process';
import { createTestDatabase, TestDatabase } from './support/test-app';
import { insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';

// Two real API processes on one database (issue 17, "several instances"): the same answers, and
// what one instance changes or counts holds on the other at once, whatever either has cached.
jest.setTimeout(150_000);

const RANK = `query($i: MatchInput!) { rankSuppliers(input: $i) { score distanceKm supplier { id name } } }`;
const ME = `{ me { id email active } }`;
const LIMIT = 100;

describe('two API instances on one database', () => {
  let entry: string;
  let db: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let admin: string;
  let silaoId: string;
  /** When the rate limit's window opened (the first GraphQL request: the admin's login); it lasts a minute. */
  let windowOpened = 0;

  beforeAll(async () => {
    entry = builtApiEntry();
    db = await createTestDatabase();
    // the longest credential cache: a revocation must reach the other instance by itself, not by expiry
    const env = {
      DATABASE_URL: db.url,
      JWT_SECRET: 'instances-e2e-secret-0123456789abcdef',
      AUTH_CACHE_TTL_MS: '60000',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
    };
    [a, b] = await Promise.all([startApiProcess(entry, env), startApiProcess(entry, env)]);
    windowOpened = Date.now();
    admin = await tokenFor({ db, gql: a.gql }, 'ADMIN');
    const [row] = await db.query(`SELECT id FROM plants WHERE name = 'Silao Complex'`);
    silaoId = row.id;
    for (let i = 0; i < 12; i++)
      await insertSupplier(db, {
        ...SILAO,
        name: `Instancias ${i}`,
        lat: SILAO.lat + i * 0.05,
        capabilities: [{ process: 'injection-molding' }],
        certifications: i % 3 ? [IATF_VALID] : [],
      });
  });
  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await db?.drop();
  });

  it('give the same ranking, and a write through one is read through the other', async () => {
    const input = { plantId: silaoId, process: 'injection-molding', requiredCertifications: ['IATF-16949'], first: 10 };
    const [ra, rb] = await Promise.all([a.gql(RANK, { i: input }, admin), b.gql(RANK, { i: input }, admin)]);
    expect(ra.errors).toBeUndefined();
    expect(ra.data.rankSuppliers.length).toBeGreaterThan(0);
    expect(rb.data).toEqual(ra.data);

    const top = ra.data.rankSuppliers[0].supplier.id;
    const read = `query($id: ID!) { supplier(id: $id) { name version } }`;
    const before = (await b.gql(read, { id: top }, admin)).data.supplier;
    const w = await a.gql(
      `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, input: { name: "Renombrada SA" }, expectedVersion: $v) { version } }`,
      { id: top, v: before.version },
      admin,
    );
    expect(w.errors).toBeUndefined();
    expect((await b.gql(read, { id: top }, admin)).data.supplier).toEqual({
      name: 'Renombrada SA',
      version: before.version + 1,
    });
    const again = await b.gql(RANK, { i: input }, admin);
    expect(again.data.rankSuppliers.map((m: { supplier: { name: string } }) => m.supplier.name)).toContain(
      'Renombrada SA',
    );
  });

  it('a deactivation, ended sessions or a revoked key through one instance hold on the other at once', async () => {
    const who = await tokenFor({ db, gql: a.gql }, 'INVESTMENT_ANALYST');
    const key = (await a.gql(`mutation { createApiKey(name: "erp") { secret apiKey { id } } }`, {}, who)).data
      .createApiKey;
    // both instances have checked (and cached) both credentials
    for (const api of [a, b])
      for (const c of [who, key.secret]) expect((await api.gql(ME, {}, c)).data.me.active).toBe(true);
    const id = (await b.gql(ME, {}, who)).data.me.id;

    const revoked = await a.gql(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: key.apiKey.id }, who);
    expect(revoked.errors).toBeUndefined();
    await expectRefusedOn(b, key.secret);
    expect((await b.gql(ME, {}, who)).data.me.id).toBe(id); // the session itself still works

    const off = await a.gql(
      `mutation($u: ID!) { setUserActive(userId: $u, active: false) { active } }`,
      { u: id },
      admin,
    );
    expect(off.errors).toBeUndefined();
    await expectRefusedOn(b, who);
  });

  it('share the rate limit: requests spread over both count once', async () => {
    // the window opened at the first request and lasts a minute: burst early in it, or in a new one
    if (Date.now() - windowOpened > 40_000) await new Promise((r) => setTimeout(r, windowOpened + 61_000 - Date.now()));
    let passed = 0;
    let refused = false;
    for (let i = 0; i < 2 * LIMIT + 20 && !refused; i++) {
      const status = (await (i % 2 ? a : b).gql(`{ __typename }`)).status;
      if (status === 200) passed++;
      else refused = status === 429;
    }
    // instances counting apart would let 2 x LIMIT through; together at most LIMIT pass
    expect(refused).toBe(true);
    expect(passed).toBeLessThanOrEqual(LIMIT);
    expect((await a.gql(`{ __typename }`)).status).toBe(429);
    expect((await b.gql(`{ __typename }`)).status).toBe(429);
  });

  /** The credential no longer works on `api`: within the time a NOTIFY takes, far below the minute the cache keeps. */
  async function expectRefusedOn(api: ApiProcess, credential: string): Promise<void> {
    const end = Date.now() + 2000;
    let me: unknown = 'not asked';
    while (Date.now() < end) {
      const r = await api.gql(ME, {}, credential);
      me = r.data?.me ?? r.errors?.[0]?.extensions?.code;
      if (me === null || me === 'UNAUTHENTICATED') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`still accepted after 2 s: ${JSON.stringify(me)}`);
  }
});
