import { addDays } from '@enlace/core';
import { Candidate, DEFAULT_WEIGHTS, RankParams, scoreCandidate } from '@enlace/matching';
import { cliOn } from './support/cli';
import { createTestDatabase, TestDatabase } from './support/test-app';

/**
 * The static score bounds in rank_key (migration 1765200000000) let the ranking skip rows inside the
 * index, so they must never be below what the scorer gives a row: checked on every capability row of
 * a generated dataset, before and after `ranking rebase`.
 */
describe('ranking bounds (rank_key) and `ranking rebase`', () => {
  let db: TestDatabase;
  const TZ = 'America/Mexico_City';
  const cli = cliOn(() => db.url);

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await cli('generate', '--suppliers', '400', '--seed', 'bounds')).code).toBe(0);
    // notes and whitespace-only entries (JavaScript ignores those, the bound counts them)
    await db.query(
      `UPDATE supplier_capabilities SET notes = 'tooling in house' WHERE (hashtext(supplier_id::text) % 3) = 0`,
    );
    await db.query(
      `UPDATE supplier_capabilities SET materials = materials || ARRAY[' ', 'PA66', 'PP'] WHERE (hashtext(supplier_id::text) % 5) = 0`,
    );
  }, 120_000);
  afterAll(() => db.drop());

  async function checkBounds(today: string): Promise<number> {
    const rows: any[] = await db.query(
      `SELECT sc.supplier_id AS id, sc.materials, sc.notes, p.assessment,
              to_char(sc.confirmed_at AT TIME ZONE $1, 'YYYY-MM-DD') AS confirmed_on,
              sc.cert_schemes, sc.cert_expires::text[] AS cert_expires,
              public.cube_ur_coord(sc.rank_key, 4) / 1e5 AS vg, public.cube_ur_coord(sc.rank_key, 5) / 1e5 AS vi
         FROM supplier_capabilities sc JOIN processes p ON p.code = sc.process_code`,
      [TZ],
    );
    expect(rows.length).toBeGreaterThan(400);
    let iatfRows = 0;
    for (const r of rows) {
      const valid = new Map<string, string | null>();
      r.cert_schemes.forEach((s: string, i: number) => {
        const e = r.cert_expires[i];
        if (e === 'infinity') valid.set(s, null);
        else if (e >= today) valid.set(s, e);
      });
      const c: Candidate = {
        id: r.id,
        chord: 0,
        km: 0,
        materials: r.materials,
        notes: r.notes,
        confirmedOn: r.confirmed_on,
        valid,
      };
      const base: RankParams = {
        process: 'x',
        processAssessment: r.assessment,
        required: [],
        preferred: [],
        maxDistanceKm: null,
        first: 1,
        weights: DEFAULT_WEIGHTS,
        today,
      };
      // at 0 km proximity is 1: the rest of the score is what the bound covers
      for (const [required, preferred] of [
        [[], []],
        [['ISO-9001'], ['ISO-14001']],
        [[], ['IATF-16949']],
        [['IATF-16949', 'ISO-14001'], []],
      ] as const) {
        const s = scoreCandidate(c, { ...base, required: [...required], preferred: [...preferred] });
        expect(s.score - DEFAULT_WEIGHTS.proximity).toBeLessThanOrEqual(r.vg + 1e-12);
      }
      if (valid.has('IATF-16949')) {
        iatfRows++;
        const s = scoreCandidate(c, { ...base, required: ['IATF-16949'] });
        expect(s.score - DEFAULT_WEIGHTS.proximity).toBeLessThanOrEqual(r.vi + 1e-12);
      }
    }
    return iatfRows;
  }

  it('bounds every row from the recorded day on, and a rebase moves them to today', async () => {
    const [{ from }] = await db.query(`SELECT to_char(valid_from, 'YYYY-MM-DD') AS "from" FROM ranking_bounds`);
    const [{ today }] = await db.query(`SELECT to_char(now() AT TIME ZONE $1, 'YYYY-MM-DD') AS today`, [TZ]);
    expect(from <= today).toBe(true);
    expect(await checkBounds(today)).toBeGreaterThan(20);
    expect(await checkBounds(addDays(today, 400))).toBeGreaterThan(0); // bounds only loosen later

    // an old reference date: the rebase brings it to today and lowers (tightens) the bounds
    await db.query(`UPDATE ranking_bounds SET valid_from = DATE '2025-06-01'`);
    await db.query(`SELECT public.enlace_define_rank_key(DATE '2025-06-01')`);
    await db.query(`UPDATE supplier_capabilities SET materials = materials`);
    const [{ old }] = await db.query(`SELECT sum(public.cube_ur_coord(rank_key, 4)) AS old FROM supplier_capabilities`);
    const r = await cli('ranking', 'rebase');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`from 2025-06-01 to ${today}`));
    const [{ now }] = await db.query(`SELECT sum(public.cube_ur_coord(rank_key, 4)) AS now FROM supplier_capabilities`);
    expect(Number(now)).toBeLessThan(Number(old));
    await checkBounds(today);
  }, 120_000);

  it('rejects anything but `ranking rebase`', async () => {
    expect((await cli('ranking')).code).toBe(2);
    expect((await cli('ranking', 'rebuild')).code).toBe(2);
  });
});
