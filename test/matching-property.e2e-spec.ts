import fc from 'fast-check';
import { randomUUID } from 'crypto';
import { addDays } from '@enlace/core';
import { deriveCertificationStatus, isValidStatus } from '@enlace/suppliers';
import {
  Candidate,
  compareScored,
  DEFAULT_WEIGHTS,
  normalizeWeights,
  RankParams,
  rankTopK,
  scoreCandidate,
} from '@enlace/matching';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Property: rankSuppliers (exact top-k over the KNN index with an early stop) returns exactly what
 * a brute-force ranking of EVERY supplier returns: same ids, same order, same scores.
 */
const PROCESSES = ['injection-molding', 'stamping', 'heat-treatment'];
const SCHEMES = ['IATF-16949', 'ISO-9001', 'ISO-14001', 'ISO-TS-16949', 'CQI-23', 'CQI-9', 'VDA-6.3'];
const MATERIALS = ['PP', 'ABS', 'steel', 'aluminum', 'PA66'];

const certArb = fc.record({
  scheme: fc.constantFrom(...SCHEMES),
  expiresIn: fc.option(fc.integer({ min: -400, max: 1500 }), { nil: null }),
  recorded: fc.constantFrom(null, null, null, 'SUSPENDED', 'WITHDRAWN'),
});
const supplierArb = fc.record({
  // a few shared spots so that equal distances (ties) happen
  spot: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }),
  dLat: fc.double({ min: -2, max: 2, noNaN: true }),
  dLng: fc.double({ min: -2, max: 2, noNaN: true }),
  processes: fc.subarray(PROCESSES, { minLength: 1 }),
  materials: fc.subarray(MATERIALS),
  notes: fc.boolean(),
  certs: fc.array(certArb, { maxLength: 4 }),
  confirmedAgo: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
});
/** A supplier with every non-proximity component at its maximum: it reaches the stop rule's bound exactly. */
const perfectArb = fc.record({
  spot: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }),
  dLat: fc.double({ min: -2, max: 2, noNaN: true }),
  dLng: fc.double({ min: -2, max: 2, noNaN: true }),
  processes: fc.constant(PROCESSES),
  materials: fc.constant(MATERIALS),
  notes: fc.constant(true),
  certs: fc.constant(
    SCHEMES.filter((s) => s !== 'ISO-TS-16949').map((scheme) => ({ scheme, expiresIn: null, recorded: null })),
  ),
  confirmedAgo: fc.constant(0),
});
const anySupplierArb = fc.oneof({ arbitrary: supplierArb, weight: 3 }, { arbitrary: perfectArb, weight: 1 });
type SupplierSpec = typeof anySupplierArb extends fc.Arbitrary<infer T> ? T : never;

const queryArb = fc.record({
  process: fc.constantFrom(...PROCESSES),
  required: fc.subarray(['IATF-16949', 'ISO-9001', 'ISO-14001']),
  preferred: fc.subarray(['ISO-14001', 'VDA-6.3', 'ISO-9001', 'IATF-16949']),
  maxDistanceKm: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  first: fc.integer({ min: 1, max: 8 }),
  weights: fc.option(
    fc.record({
      proximity: fc.integer({ min: 0, max: 5 }),
      certification: fc.integer({ min: 0, max: 5 }),
      capability: fc.integer({ min: 0, max: 5 }),
      freshness: fc.integer({ min: 1, max: 5 }),
    }),
    { nil: null },
  ),
  minBatch: fc.integer({ min: 1, max: 6 }),
});

describe('rankSuppliers equals a brute-force ranking of every supplier (property)', () => {
  let t: TestApp;
  let plant: { id: string; name: string; lat: number; lng: number };
  let today: string;

  beforeAll(async () => {
    t = await startTestApp();
    [plant] = await t.db.query(`SELECT id, name, lat, lng FROM plants WHERE name = 'Silao Complex'`);
    [{ today }] = await t.db.query(`SELECT to_char(now() AT TIME ZONE 'America/Mexico_City', 'YYYY-MM-DD') AS today`);
  });
  afterAll(() => t.close());

  async function load(suppliers: SupplierSpec[]): Promise<void> {
    await t.db.query(`DELETE FROM suppliers`);
    const s = { id: [] as string[], lat: [] as number[], lng: [] as number[], confirmed: [] as Array<string | null> };
    const cap = {
      sid: [] as string[],
      process: [] as string[],
      materials: [] as string[],
      notes: [] as Array<string | null>,
    };
    const cert = {
      sid: [] as string[],
      scheme: [] as string[],
      expires: [] as Array<string | null>,
      recorded: [] as Array<string | null>,
    };
    for (const x of suppliers) {
      const id = randomUUID();
      const lat = x.spot === null ? plant.lat + x.dLat : plant.lat + 0.1 * x.spot;
      const lng = x.spot === null ? plant.lng + x.dLng : plant.lng;
      s.id.push(id);
      s.lat.push(lat);
      s.lng.push(lng);
      s.confirmed.push(x.confirmedAgo === null ? null : `${addDays(today, -x.confirmedAgo)}T12:00:00-06:00`);
      for (const p of x.processes) {
        cap.sid.push(id);
        cap.process.push(p);
        cap.materials.push(`{${x.materials.join(',')}}`);
        cap.notes.push(x.notes ? 'notes' : null);
      }
      for (const c of x.certs) {
        cert.sid.push(id);
        cert.scheme.push(c.scheme);
        cert.expires.push(c.expiresIn === null ? null : addDays(today, c.expiresIn));
        cert.recorded.push(c.recorded);
      }
    }
    await t.db.query(
      `INSERT INTO suppliers (id, name, state_code, city, lat, lng, profile_confirmed_at)
       SELECT u.id, 'Prop ' || u.ord, 'MX-GUA', 'Silao', u.lat, u.lng, u.c FROM unnest($1::uuid[], $2::float8[], $3::float8[], $4::timestamptz[]) WITH ORDINALITY u(id, lat, lng, c, ord)`,
      [s.id, s.lat, s.lng, s.confirmed],
    );
    await t.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes)
       SELECT u.sid, u.p, u.m::text[], u.n FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) u(sid, p, m, n)`,
      [cap.sid, cap.process, cap.materials, cap.notes],
    );
    await t.db.query(
      `INSERT INTO certifications (supplier_id, scheme_code, expires_on, recorded_status)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[])`,
      [cert.sid, cert.scheme, cert.expires, cert.recorded],
    );
  }

  /** Brute force: every supplier, validity by deriveCertificationStatus, scored and sorted in full. */
  async function bruteForce(_q: unknown, params: RankParams) {
    const rows = await t.db.query<{
      id: string;
      km: number;
      materials: string[];
      notes: string | null;
      confirmed_on: string | null;
    }>(
      `SELECT s.id, public.enlace_gc_km(s.geo, p.geo) AS km, sc.materials, sc.notes,
              to_char(s.profile_confirmed_at AT TIME ZONE 'America/Mexico_City', 'YYYY-MM-DD') AS confirmed_on
         FROM suppliers s JOIN supplier_capabilities sc ON sc.supplier_id = s.id AND sc.process_code = $2
         JOIN plants p ON p.id = $1`,
      [plant.id, params.process],
    );
    const certs = await t.db.query<{
      supplier_id: string;
      scheme_code: string;
      expires_on: string | null;
      recorded_status: 'SUSPENDED' | 'WITHDRAWN' | null;
      superseded_by: string | null;
    }>(
      `SELECT c.supplier_id, c.scheme_code, c.expires_on, c.recorded_status, cs.superseded_by FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code`,
    );
    const all: Candidate[] = rows.map((r) => {
      const valid = new Map<string, string | null>();
      for (const c of certs.filter((c) => c.supplier_id === r.id)) {
        const st = deriveCertificationStatus(
          { recordedStatus: c.recorded_status, expiresOn: c.expires_on, supersededBy: c.superseded_by },
          today,
        );
        if (!isValidStatus(st)) continue;
        const prev = valid.get(c.scheme_code);
        const e = c.expires_on;
        if (!valid.has(c.scheme_code)) valid.set(c.scheme_code, e);
        else if (prev !== null && (e === null || e > prev!)) valid.set(c.scheme_code, e);
      }
      return {
        id: r.id,
        chord: 0,
        km: Number(r.km),
        materials: r.materials,
        notes: r.notes,
        confirmedOn: r.confirmed_on,
        valid,
      };
    });
    return all
      .filter((c) => params.required.every((s) => c.valid.has(s)))
      .filter((c) => params.maxDistanceKm === null || c.km <= params.maxDistanceKm)
      .map((c) => scoreCandidate(c, params))
      .sort(compareScored)
      .slice(0, params.first);
  }

  it('same ids, same order, same scores on random data (HTTP and small-batch engine)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anySupplierArb, { minLength: 20, maxLength: 80, size: 'max' }),
        fc.array(queryArb, { minLength: 1, maxLength: 3 }),
        async (suppliers, queries) => {
          await load(suppliers);
          for (const q of queries) {
            const required = [...new Set(q.required)];
            const preferred = [...new Set(q.preferred)].filter((s) => !required.includes(s));
            const processAssessment =
              q.process === 'injection-molding' ? 'CQI-23' : q.process === 'heat-treatment' ? 'CQI-9' : null;
            const weights = q.weights
              ? normalizeWeights(q.weights, (f, m) => new Error(`${f}: ${m}`))
              : DEFAULT_WEIGHTS;
            const params: RankParams = {
              process: q.process,
              processAssessment,
              required,
              preferred,
              maxDistanceKm: q.maxDistanceKm,
              first: q.first,
              weights,
              today,
            };
            const expected = await bruteForce(q, params);

            const r = await t.gql(
              `query($input: MatchInput!) { rankSuppliers(input: $input) { score distanceKm supplier { id } breakdown { proximity certification capability freshness } } }`,
              {
                input: {
                  plantId: plant.id,
                  process: q.process,
                  requiredCertifications: q.required,
                  preferredCertifications: q.preferred,
                  maxDistanceKm: q.maxDistanceKm,
                  first: q.first,
                  weights: q.weights,
                },
              },
            );
            expect(r.errors).toBeUndefined();
            const got: Array<{ score: number; distanceKm: number; supplier: { id: string } }> = r.data.rankSuppliers;
            expect(got.map((m) => m.supplier.id)).toEqual(expected.map((e) => e.candidate.id));
            got.forEach((m, i) => {
              expect(Math.abs(m.score - expected[i].score)).toBeLessThan(1e-9);
              expect(Math.abs(m.distanceKm - expected[i].candidate.km)).toBeLessThan(1e-9);
            });

            // the engine itself with tiny batches: many keyset steps, ties at batch boundaries, early stops
            // (with and without the static bounds of rank_key: strong first batch, rings, in-index pruning)
            for (const boundsFrom of [null, today]) {
              const small = await rankTopK((sql, p) => t.db.query(sql, p), plant, params, 'America/Mexico_City', {
                minBatch: q.minBatch,
                boundsFrom,
              });
              expect(small.map((m) => m.candidate.id)).toEqual(expected.map((e) => e.candidate.id));
              small.forEach((m, i) => expect(m.score).toBe(expected[i].score));
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
