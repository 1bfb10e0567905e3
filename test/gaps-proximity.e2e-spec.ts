import { greatCircleKm, Region } from '@enlace/core';
import { ReferenceDataLoader } from '@enlace/catalog';
import { GapsService } from '@enlace/gaps';
import { startTestApp, TestApp } from './support/test-app';
import { insertSupplier } from './support/builders';
import { Gap, GAPS_QUERY, HERMOSILLO, IATF_VALID, K, PlantInfo, SALTILLO, SILAO } from './support/gaps-fixtures';

/**
 * The precomputed supplier-to-region proximity behind capabilityGaps (migration
 * 1764700000000-gap-proximity): kept in step with supplier moves, capability additions, removals
 * and process changes by statement-level triggers, and recomputed on a reference reload only when
 * the plant data changed.
 */

interface Sup {
  at: { lat: number; lng: number };
  processes: string[];
  certified: boolean;
}

describe('capabilityGaps: precomputed proximity follows the data', () => {
  let t: TestApp;
  let plants: PlantInfo[];

  beforeAll(async () => {
    t = await startTestApp();
    plants = await loadPlants();
  });
  afterAll(() => t.close());

  async function loadPlants(): Promise<PlantInfo[]> {
    const r = await t.gql<{ plants: { edges: { node: PlantInfo }[] } }>(
      `{ plants(first: 100) { edges { node { id name region location { lat lng } sourcedProcesses } } } }`,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.plants.edges.map((e) => e.node);
  }

  async function gaps(radiusKm = 250): Promise<Gap[]> {
    const r = await t.gql(GAPS_QUERY, { input: { radiusKm } });
    expect(r.errors).toBeUndefined();
    return r.data.capabilityGaps;
  }

  /** The definitions, in JS, for the given suppliers (no sourcing requests). */
  function expected(
    sups: Sup[],
    radiusKm: number,
  ): Map<string, Omit<Gap, 'region' | 'process' | 'plantsInRegion' | 'demand'>> {
    const out = new Map<string, { certifiedSuppliers: number; developmentCandidates: number; gapScore: number }>();
    const pairs = new Set<string>();
    for (const p of plants) for (const proc of p.sourcedProcesses) pairs.add(`${p.region}/${proc}`);
    for (const key of pairs) {
      const [region, proc] = key.split('/');
      const mine = plants.filter((p) => p.region === region && p.sourcedProcesses.includes(proc));
      const near = sups.filter(
        (s) => s.processes.includes(proc) && mine.some((p) => greatCircleKm(s.at, p.location) <= radiusKm),
      );
      let covered = 0;
      for (const p of mine) {
        const n = sups.filter(
          (s) => s.certified && s.processes.includes(proc) && greatCircleKm(s.at, p.location) <= radiusKm,
        ).length;
        covered += Math.min(1, n / K);
      }
      out.set(key, {
        certifiedSuppliers: near.filter((s) => s.certified).length,
        developmentCandidates: near.filter((s) => !s.certified).length,
        gapScore: 1 - covered / mine.length,
      });
    }
    return out;
  }

  async function expectGaps(sups: Sup[], radiusKm = 250) {
    const list = await gaps(radiusKm);
    const exp = expected(sups, radiusKm);
    expect(list).toHaveLength(exp.size);
    for (const g of list) {
      const e = exp.get(`${g.region}/${g.process}`)!;
      expect({ key: `${g.region}/${g.process}`, c: g.certifiedSuppliers, d: g.developmentCandidates }).toEqual({
        key: `${g.region}/${g.process}`,
        c: e.certifiedSuppliers,
        d: e.developmentCandidates,
      });
      expect(g.gapScore).toBeCloseTo(e.gapScore, 5);
    }
    return list;
  }

  /** The table equals a from-scratch computation over plants, suppliers and capabilities. */
  async function expectTableExact() {
    const diff = await t.db.query(`
      WITH brute AS (
        SELECT sc.supplier_id, sc.process_code, st.region, min(public.cube_distance(s.geo, p.geo)) AS chord
          FROM supplier_capabilities sc
          JOIN suppliers s ON s.id = sc.supplier_id
          JOIN plant_processes pp ON pp.process_code = sc.process_code
          JOIN plants p ON p.id = pp.plant_id
          JOIN states st ON st.code = p.state_code
         GROUP BY 1, 2, 3
      ),
      tab AS (SELECT supplier_id, process_code, region, nearest_chord_m AS chord FROM supplier_region_proximity)
      (SELECT 'missing' AS kind, * FROM (SELECT * FROM brute EXCEPT SELECT * FROM tab) a)
      UNION ALL
      (SELECT 'extra', * FROM (SELECT * FROM tab EXCEPT SELECT * FROM brute) b)`);
    expect(diff).toEqual([]);
  }

  async function state(): Promise<{ fingerprint: string; refreshed_at: Date; refreshes: string }> {
    const [s] = await t.db.query(`SELECT fingerprint, refreshed_at, refreshes FROM gap_proximity_state`);
    return s;
  }

  it('follows supplier moves, capability additions, removals and process changes', async () => {
    await t.db.query(`DELETE FROM users WHERE supplier_id IS NOT NULL`);
    await t.db.query(`DELETE FROM suppliers`);
    await expectTableExact();

    const a = await insertSupplier(t.db, {
      ...SILAO,
      capabilities: [{ process: 'welding' }, { process: 'stamping' }],
      certifications: [IATF_VALID],
    });
    const b = await insertSupplier(t.db, { ...SILAO, lat: 21.0, lng: -101.5, capabilities: [{ process: 'welding' }] });
    const c = await insertSupplier(t.db, {
      ...SALTILLO,
      capabilities: [{ process: 'machining' }],
      certifications: [IATF_VALID],
    });
    const sups: Record<string, Sup> = {
      [a]: { at: SILAO, processes: ['welding', 'stamping'], certified: true },
      [b]: { at: { lat: 21.0, lng: -101.5 }, processes: ['welding'], certified: false },
      [c]: { at: SALTILLO, processes: ['machining'], certified: true },
    };
    let list = await expectGaps(Object.values(sups));
    expect(list.find((g) => g.region === 'BAJIO' && g.process === 'welding')).toMatchObject({
      certifiedSuppliers: 1,
      developmentCandidates: 1,
    });
    await expectTableExact();

    // A moves from the Bajío to Saltillo (the matching trigger rewrites supplier_capabilities.geo).
    await t.db.query(`UPDATE suppliers SET lat = $2, lng = $3, state_code = $4, city = $5 WHERE id = $1`, [
      a,
      SALTILLO.lat,
      SALTILLO.lng,
      SALTILLO.stateCode,
      SALTILLO.city,
    ]);
    sups[a].at = SALTILLO;
    list = await expectGaps(Object.values(sups));
    expect(list.find((g) => g.region === 'BAJIO' && g.process === 'welding')!.certifiedSuppliers).toBe(0);
    await expectTableExact();
    await expectGaps(Object.values(sups), 900);

    // A loses stamping; C gains welding and painting-coating in one statement.
    await t.db.query(`DELETE FROM supplier_capabilities WHERE supplier_id = $1 AND process_code = 'stamping'`, [a]);
    sups[a].processes = ['welding'];
    await t.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code) VALUES ($1, 'welding'), ($1, 'painting-coating')`,
      [c],
    );
    sups[c].processes.push('welding', 'painting-coating');
    await expectGaps(Object.values(sups));
    await expectTableExact();

    // B's welding becomes machining (a key change); a notes-only edit changes nothing.
    await t.db.query(
      `UPDATE supplier_capabilities SET process_code = 'machining' WHERE supplier_id = $1 AND process_code = 'welding'`,
      [b],
    );
    sups[b].processes = ['machining'];
    await t.db.query(`UPDATE supplier_capabilities SET notes = 'x' WHERE supplier_id = $1`, [c]);
    await expectGaps(Object.values(sups));
    await expectTableExact();

    // Several suppliers move in one statement; then one is deleted (capabilities cascade).
    await t.db.query(`UPDATE suppliers SET lat = $1, lng = $2, state_code = $3, city = $4 WHERE id = ANY($5::uuid[])`, [
      HERMOSILLO.lat,
      HERMOSILLO.lng,
      HERMOSILLO.stateCode,
      HERMOSILLO.city,
      [b, c],
    ]);
    sups[b].at = HERMOSILLO;
    sups[c].at = HERMOSILLO;
    await expectGaps(Object.values(sups));
    await t.db.query(`DELETE FROM suppliers WHERE id = $1`, [c]);
    delete sups[c];
    await expectGaps(Object.values(sups));
    await expectTableExact();
    expect(await t.db.query(`SELECT 1 FROM supplier_region_proximity WHERE supplier_id = $1`, [c])).toEqual([]);

    // Bulk insert in one statement (the generator's and importer's path).
    await t.db.query(`
      INSERT INTO suppliers (name, state_code, city, lat, lng)
      SELECT 'Bulk ' || i, 'MX-GUA', 'León', 21.0 + i * 0.01, -101.6 FROM generate_series(1, 50) i`);
    await t.db.query(`
      INSERT INTO supplier_capabilities (supplier_id, process_code)
      SELECT s.id, p FROM suppliers s CROSS JOIN unnest(ARRAY['welding', 'wire-harness']) p WHERE s.name LIKE 'Bulk %'`);
    await expectTableExact();

    // A stale distance left for a key without its capability (never written by the triggers) is
    // replaced when the capability is added, not duplicated or kept.
    const [{ id: lone }] = await t.db.query(`SELECT id FROM suppliers WHERE name = 'Bulk 1'`);
    await t.db.query(
      `INSERT INTO supplier_region_proximity (supplier_id, process_code, region, nearest_chord_m) VALUES ($1, 'stamping', 'BAJIO', 1)`,
      [lone],
    );
    await t.db.query(`INSERT INTO supplier_capabilities (supplier_id, process_code) VALUES ($1, 'stamping')`, [lone]);
    await expectTableExact();
    await t.db.query(`DELETE FROM supplier_capabilities WHERE supplier_id = $1 AND process_code = 'stamping'`, [lone]);
    await expectTableExact();

    const bulk = (await gaps()).find((g) => g.region === 'BAJIO' && g.process === 'wire-harness');
    if (bulk) expect(bulk.developmentCandidates).toBe(50);
  });

  it('development candidates near a plant that only has an OPEN request for the process are still found', async () => {
    await t.db.query(`DELETE FROM sourcing_requests`);
    await t.db.query(`DELETE FROM users WHERE supplier_id IS NOT NULL`);
    await t.db.query(`DELETE FROM suppliers`);
    const radiusKm = 10;
    // A plant X of region R that does not source p, more than the radius away from every plant of R that does.
    let pick: { x: PlantInfo; process: string } | undefined;
    for (const x of plants) {
      const sourcing = plants.filter((p) => p.region === x.region && p.id !== x.id);
      for (const proc of new Set(sourcing.flatMap((p) => p.sourcedProcesses))) {
        if (x.sourcedProcesses.includes(proc)) continue;
        const mine = sourcing.filter((p) => p.sourcedProcesses.includes(proc));
        if (mine.every((p) => greatCircleKm(x.location, p.location) > radiusKm + 2))
          pick = pick ?? { x, process: proc };
      }
    }
    expect(pick).toBeDefined();
    const { x, process } = pick!;
    const at = { lat: x.location.lat + 0.01, lng: x.location.lng };
    const [st] = await t.db.query(`SELECT state_code FROM plants WHERE id = $1`, [x.id]);
    const id = await insertSupplier(t.db, { ...at, stateCode: st.state_code, city: 'X', capabilities: [{ process }] });
    const service = t.app.get(GapsService);
    expect(await service.developmentCandidates(x.region as Region, process, 10, radiusKm)).toEqual([]);

    await t.db.query(`INSERT INTO sourcing_requests (plant_id, process_code, status) VALUES ($1, $2, 'OPEN')`, [
      x.id,
      process,
    ]);
    const found = await service.developmentCandidates(x.region as Region, process, 10, radiusKm);
    expect(
      found.map((c) => ({ id: c.supplierId, demand: c.nearDemand, plants: c.plants.map((p) => p.plantId) })),
    ).toEqual([{ id, demand: 0.5, plants: [x.id] }]);
    expect(found[0].nearestDistanceKm).toBeCloseTo(greatCircleKm(at, x.location), 3);
    await t.db.query(`DELETE FROM sourcing_requests`);
  });

  it('a reference reload with unchanged plant data does not recompute; a plant change does', async () => {
    const loader = t.app.get(ReferenceDataLoader);
    const before = await state();
    await loader.load();
    const same = await state();
    expect(same).toEqual(before);

    // A plant moves (as if the reference file had changed): the fingerprint differs.
    const silao = plants.find((p) => p.name === 'Silao Complex')!;
    await t.db.query(`UPDATE plants SET lat = lat + 1 WHERE id = $1`, [silao.id]);
    const [r] = await t.db.query(`SELECT public.enlace_refresh_region_proximity_if_changed() AS changed`);
    expect(r.changed).toBe(true);
    const moved = await state();
    expect(moved.fingerprint).not.toBe(before.fingerprint);
    expect(Number(moved.refreshes)).toBe(Number(before.refreshes) + 1);
    expect(moved.refreshed_at.getTime()).toBeGreaterThan(before.refreshed_at.getTime());
    await expectTableExact();

    // Reloading the files restores the plant, and the table with it; a further reload is a no-op.
    await loader.load();
    const restored = await state();
    expect(restored.fingerprint).toBe(before.fingerprint);
    expect(Number(restored.refreshes)).toBe(Number(before.refreshes) + 2);
    await expectTableExact();
    await loader.load();
    expect(await state()).toEqual(restored);
  });
});
