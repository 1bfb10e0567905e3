import { GqlResponse, startTestApp, TestApp } from './support/test-app';

describe('catalogue (reference data over GraphQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves /health once migrated and loaded', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up', migrations: 'current' });
  });

  it('lists all 32 states with contract regions', async () => {
    const r = await t.gql(`{ states { code name region } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.states).toHaveLength(32);
    const byCode = Object.fromEntries(r.data.states.map((s: { code: string; region: string }) => [s.code, s.region]));
    expect(byCode).toMatchObject({
      'MX-GUA': 'BAJIO',
      'MX-QUE': 'BAJIO',
      'MX-AGU': 'BAJIO',
      'MX-SLP': 'BAJIO',
      'MX-NLE': 'NORTH',
      'MX-SIN': 'NORTH',
      'MX-DUR': 'NORTH',
      'MX-JAL': 'WEST',
      'MX-ZAC': 'WEST',
      'MX-PUE': 'CENTER',
      'MX-CMX': 'CENTER',
      'MX-VER': 'SOUTH',
      'MX-YUC': 'SOUTH',
    });
  });

  it('lists the process taxonomy with Spanish names and CQI assessments', async () => {
    const r = await t.gql(`{ processes { code name nameEs assessment } }`);
    expect(r.data.processes.length).toBeGreaterThanOrEqual(20);
    const im = r.data.processes.find((p: { code: string }) => p.code === 'injection-molding');
    expect(im).toEqual({
      code: 'injection-molding',
      name: expect.any(String),
      nameEs: 'Moldeo por inyección',
      assessment: 'CQI-23',
    });
    expect(r.data.processes.find((p: { code: string }) => p.code === 'stamping').assessment).toBeNull();
  });

  it('lists certification schemes; ISO/TS 16949 is superseded by IATF 16949', async () => {
    const r = await t.gql(`{ certificationSchemes { code name supersededBy } }`);
    const codes = r.data.certificationSchemes.map((s: { code: string }) => s.code);
    for (const c of [
      'IATF-16949',
      'ISO-9001',
      'ISO-14001',
      'ISO-45001',
      'VDA-6.1',
      'VDA-6.3',
      'TISAX',
      'ISO-TS-16949',
      'CQI-9',
      'CQI-23',
    ])
      expect(codes).toContain(c);
    expect(r.data.certificationSchemes.find((s: { code: string }) => s.code === 'ISO-TS-16949').supersededBy).toBe(
      'IATF-16949',
    );
  });

  it('pages through all 29 reference plants with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const r: GqlResponse = await t.gql(
        `query($after: String) { plants(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name oem } } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      total = r.data.plants.totalCount;
      seen.push(...r.data.plants.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!r.data.plants.pageInfo.hasNextPage) break;
      after = r.data.plants.pageInfo.endCursor;
    }
    expect(total).toBe(29);
    expect(new Set(seen).size).toBe(29);
  });

  it('filters plants by region and OEM and resolves a plant by id', async () => {
    const r = await t.gql(
      `{ plants(region: BAJIO, first: 100) { totalCount edges { node { id name oem region state { code } sourcedProcesses location { lat lng } } } } }`,
    );
    expect(r.data.plants.edges.every((e: { node: { region: string } }) => e.node.region === 'BAJIO')).toBe(true);
    const silao = r.data.plants.edges.find((e: { node: { name: string } }) => e.node.name === 'Silao Complex').node;
    expect(silao).toMatchObject({
      oem: 'General Motors',
      state: { code: 'MX-GUA' },
      location: { lat: 20.97, lng: -101.45 },
    });
    expect(silao.sourcedProcesses).toEqual(expect.arrayContaining(['stamping', 'injection-molding', 'wire-harness']));
    const nissan = await t.gql(`{ plants(oem: "nissan") { totalCount } }`);
    expect(nissan.data.plants.totalCount).toBe(3); // "Nissan–Daimler" (COMPAS) is its own OEM
    const one = await t.gql(`query($id: ID!) { plant(id: $id) { name } }`, { id: silao.id });
    expect(one.data.plant.name).toBe('Silao Complex');
    const none = await t.gql(`{ plant(id: "00000000-0000-4000-8000-000000000000") { name } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.plant).toBeNull();
    const bad = await t.gql(`{ plant(id: "not-a-uuid") { name } }`);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('id');
  });

  it('refuses page sizes outside 1..100 and foreign cursors', async () => {
    const big = await t.gql(`{ plants(first: 101) { totalCount } }`);
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const junk = await t.gql(`{ plants(after: "garbage") { totalCount } }`);
    expect(junk.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
