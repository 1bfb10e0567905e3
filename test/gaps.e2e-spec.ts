import { greatCircleKm } from '@enlace/core';
import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier, SupplierSpec } from './support/builders';
import { Gap, GAPS_QUERY, IATF_VALID, K, PlantInfo, SALTILLO, SILAO } from './support/gaps-fixtures';

/**
 * capabilityGaps through the API, checked against the definitions (README "Capability gaps") with
 * a reference computation in the test over the real reference plants.
 */

const REQUEST_WEIGHT = 0.5;

describe('capabilityGaps (definitions)', () => {
  let t: TestApp;
  let plants: PlantInfo[];

  async function gaps(input?: Record<string, unknown>): Promise<Gap[]> {
    const r = await t.gql(GAPS_QUERY, { input });
    expect(r.errors).toBeUndefined();
    return r.data.capabilityGaps;
  }
  const find = (list: Gap[], region: string, process: string) =>
    list.find((g) => g.region === region && g.process === process)!;

  async function supplier(
    at: { lat: number; lng: number; stateCode: string; city: string },
    processes: string[],
    certs: SupplierSpec['certifications'] = [],
  ) {
    return insertSupplier(t.db, { ...at, capabilities: processes.map((p) => ({ process: p })), certifications: certs });
  }

  /** The definition, computed in JS over the reference plants for suppliers given with their positions. */
  function expectedGap(
    region: string,
    process: string,
    certified: Array<{ lat: number; lng: number }>,
    radiusKm: number,
    requestsAt: Record<string, number> = {},
  ) {
    const mine = plants.filter((p) => p.region === region && p.sourcedProcesses.includes(process));
    let demand = 0;
    let covered = 0;
    for (const p of mine) {
      const w = 1 + (requestsAt[p.id] ?? 0) * REQUEST_WEIGHT;
      const n = certified.filter((s) => greatCircleKm(s, p.location) <= radiusKm).length;
      demand += w;
      covered += w * Math.min(1, n / K);
    }
    return { plants: mine.length, demand, gapScore: 1 - covered / demand };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const r = await t.gql<{ plants: { edges: { node: PlantInfo }[] } }>(
      `{ plants(first: 100) { edges { node { id name region location { lat lng } sourcedProcesses } } } }`,
    );
    plants = r.data!.plants.edges.map((e) => e.node);
    expect(plants.length).toBeGreaterThan(20);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    await t.db.query(`DELETE FROM sourcing_requests`);
    await t.db.query(`DELETE FROM users WHERE supplier_id IS NOT NULL`);
    await t.db.query(`DELETE FROM suppliers`);
  });

  it('without suppliers every gap is 1, one row per (region, process) that some plant of the region sources', async () => {
    const list = await gaps();
    const pairs = new Map<string, number>();
    for (const p of plants)
      for (const proc of p.sourcedProcesses)
        pairs.set(`${p.region}/${proc}`, (pairs.get(`${p.region}/${proc}`) ?? 0) + 1);
    expect(list).toHaveLength(pairs.size);
    for (const g of list) {
      expect(g).toMatchObject({ gapScore: 1, certifiedSuppliers: 0, developmentCandidates: 0 });
      expect(g.plantsInRegion).toBe(pairs.get(`${g.region}/${g.process}`));
      expect(g.demand).toBe(g.plantsInRegion);
    }
    // gapScore desc, then demand desc
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1];
      const b = list[i];
      expect(a.gapScore > b.gapScore || (a.gapScore === b.gapScore && a.demand >= b.demand)).toBe(true);
    }
    expect(list.some((g) => g.region === 'SOUTH')).toBe(false); // no plant in the South
  });

  it('filters by region (SOUTH has no plants, so no gaps)', async () => {
    const bajio = await gaps({ region: 'BAJIO' });
    expect(bajio.length).toBeGreaterThan(5);
    expect(bajio.every((g) => g.region === 'BAJIO')).toBe(true);
    expect(await gaps({ region: 'SOUTH' })).toEqual([]);
  });

  it('certified suppliers near plants lower their process gap (as defined) and not other processes', async () => {
    const certified = [
      { lat: 20.95, lng: -101.43 },
      { lat: 21.02, lng: -101.3 },
    ];
    for (const c of certified) await supplier({ ...SILAO, ...c }, ['welding'], [IATF_VALID]);
    const before = await gaps({ radiusKm: 120 });
    const welding = find(before, 'BAJIO', 'welding');
    const exp = expectedGap('BAJIO', 'welding', certified, 120);
    expect(welding.plantsInRegion).toBe(exp.plants);
    expect(welding.certifiedSuppliers).toBe(2);
    expect(welding.developmentCandidates).toBe(0);
    expect(welding.gapScore).toBeCloseTo(exp.gapScore, 5);
    expect(welding.gapScore).toBeLessThan(1);
    expect(welding.gapScore).toBeGreaterThan(0);
    // other processes of the region, and far-away regions, unchanged
    expect(find(before, 'BAJIO', 'stamping').gapScore).toBe(1);
    expect(find(before, 'NORTH', 'welding').gapScore).toBe(1);

    // more certified supply never raises a gap; enough of it closes it where it reaches every plant
    await supplier({ ...SILAO, lat: 20.9, lng: -101.5 }, ['welding', 'stamping'], [IATF_VALID]);
    const after = await gaps({ radiusKm: 120 });
    expect(find(after, 'BAJIO', 'welding').gapScore).toBeLessThan(welding.gapScore);
    expect(find(after, 'BAJIO', 'welding').certifiedSuppliers).toBe(3);
    const all = await gaps({ region: 'BAJIO', radiusKm: 2000 });
    expect(find(all, 'BAJIO', 'welding').gapScore).toBe(0);
    expect(find(all, 'BAJIO', 'stamping').gapScore).toBeCloseTo(1 - 1 / 3, 5);
  });

  it('uncertified suppliers (none, expired, suspended, ISO/TS 16949) count only as development candidates', async () => {
    await supplier(SILAO, ['injection-molding']);
    await supplier(
      SILAO,
      ['injection-molding'],
      [{ scheme: 'IATF-16949', issuedOn: daysFromToday(-1200), expiresOn: daysFromToday(-10) }],
    );
    await supplier(SILAO, ['injection-molding'], [{ ...IATF_VALID, recordedStatus: 'SUSPENDED' }]);
    await supplier(
      SILAO,
      ['injection-molding'],
      [{ scheme: 'ISO-TS-16949', issuedOn: daysFromToday(-100), expiresOn: daysFromToday(900) }],
    );
    await supplier(
      SILAO,
      ['injection-molding'],
      [{ scheme: 'ISO-9001', issuedOn: daysFromToday(-100), expiresOn: daysFromToday(900) }],
    );
    const g = find(await gaps({ region: 'BAJIO' }), 'BAJIO', 'injection-molding');
    expect(g).toMatchObject({ certifiedSuppliers: 0, developmentCandidates: 5, gapScore: 1 });
  });

  it('counts a supplier near several plants once, and certified suppliers from other regions', async () => {
    // Between Silao and Celaya: near many Bajío plants; plus one in Saltillo (NORTH) far from the Bajío.
    await supplier({ ...SILAO, lat: 20.8, lng: -101.1 }, ['machining'], [IATF_VALID]);
    await supplier(SALTILLO, ['machining'], [IATF_VALID]);
    const list = await gaps();
    expect(find(list, 'BAJIO', 'machining').certifiedSuppliers).toBe(1);
    expect(find(list, 'NORTH', 'machining').certifiedSuppliers).toBe(1);
    // a Bajío supplier within 250 km of El Salto (Jalisco) counts for the WEST too
    const west = find(list, 'WEST', 'machining');
    const elSalto = plants.find((p) => p.name === 'El Salto')!;
    expect(greatCircleKm({ lat: 20.8, lng: -101.1 }, elSalto.location)).toBeLessThan(250);
    expect(west.certifiedSuppliers).toBe(1);
  });

  it('a radius that does not reach the suppliers leaves the gap at 1', async () => {
    // ~60 km north of Silao: not within 20 km of any plant.
    const at = { ...SILAO, lat: 21.5, lng: -101.43, city: 'Dolores Hidalgo' };
    for (let i = 0; i < 3; i++) await supplier(at, ['painting-coating'], [IATF_VALID]);
    const near = plants.filter((p) => greatCircleKm(at, p.location) <= 20);
    expect(near).toEqual([]);
    const small = find(await gaps({ region: 'BAJIO', radiusKm: 20 }), 'BAJIO', 'painting-coating');
    expect(small).toMatchObject({ gapScore: 1, certifiedSuppliers: 0, developmentCandidates: 0 });
    const wide = find(await gaps({ region: 'BAJIO', radiusKm: 250 }), 'BAJIO', 'painting-coating');
    expect(wide.certifiedSuppliers).toBe(3);
    expect(wide.gapScore).toBeCloseTo(expectedGap('BAJIO', 'painting-coating', [at, at, at], 250).gapScore, 5);
  });

  it('an OPEN sourcing request raises demand (weight 0.5); awarded and cancelled ones do not', async () => {
    const silao = plants.find((p) => p.name === 'Silao Complex')!;
    const base = find(await gaps({ region: 'BAJIO' }), 'BAJIO', 'wire-harness');
    await t.db.query(
      `INSERT INTO sourcing_requests (plant_id, process_code, status) VALUES ($1, 'wire-harness', 'OPEN'), ($1, 'wire-harness', 'OPEN')`,
      [silao.id],
    );
    const winner = await supplier(SALTILLO, ['glass']);
    await t.db.query(
      `INSERT INTO sourcing_requests (plant_id, process_code, status, awarded_supplier_id, awarded_at) VALUES ($1, 'wire-harness', 'AWARDED', $2, now())`,
      [silao.id, winner],
    );
    await t.db.query(
      `INSERT INTO sourcing_requests (plant_id, process_code, status, cancelled_at) VALUES ($1, 'wire-harness', 'CANCELLED', now())`,
      [silao.id],
    );
    const raised = find(await gaps({ region: 'BAJIO' }), 'BAJIO', 'wire-harness');
    expect(raised.demand).toBeCloseTo(base.demand + 2 * REQUEST_WEIGHT, 6);
    expect(raised.plantsInRegion).toBe(base.plantsInRegion);
    expect(raised.gapScore).toBe(1);

    // covered at Silao only: the request weight counts as covered there
    for (let i = 0; i < 3; i++) await supplier(SILAO, ['wire-harness'], [IATF_VALID]);
    const g = find(await gaps({ region: 'BAJIO', radiusKm: 30 }), 'BAJIO', 'wire-harness');
    const exp = expectedGap('BAJIO', 'wire-harness', [SILAO, SILAO, SILAO], 30, { [silao.id]: 2 });
    expect(g.demand).toBeCloseTo(exp.demand, 6);
    expect(g.gapScore).toBeCloseTo(exp.gapScore, 5);
  });

  it('radiusKm <= 0 is BAD_USER_INPUT naming input.radiusKm; a bad region is rejected by GraphQL', async () => {
    for (const radiusKm of [0, -5]) {
      const r = await t.gql(GAPS_QUERY, { input: { radiusKm } });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message).toContain('input.radiusKm');
    }
    const bad = await t.gql(GAPS_QUERY, { input: { region: 'ATLANTIS' } });
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(bad.data?.capabilityGaps).toBeUndefined();
  });
});
