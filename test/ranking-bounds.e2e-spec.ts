import { DataSource } from 'typeorm';
import { addDays } from '@enlace/core';
import {
  applyCodeConstants,
  Candidate,
  DEFAULT_WEIGHTS,
  RANK_KEY_CONSTANTS,
  RankParams,
  readBounds,
  readBoundsFrom,
  scoreCandidate,
} from '@enlace/matching';
import { cliOn } from './support/cli';
import { createTestDatabase, startTestApp, TestDatabase } from './support/test-app';

/**
 * The static score bounds in rank_key (migrations 1765200000000 and 1765400000000) let the ranking skip
 * rows inside the index, so they must never be below what the scorer gives a row: checked on every
 * capability row of a generated dataset, before and after `ranking rebase`. They are computed with
 * the code's constants (RANK_KEY_CONSTANTS) and no other: checked on rows where the bound is exactly
 * the scorer's best case, so that any constant of the database's formula that drifts shows.
 */
interface BoundsRow {
  id: string;
  materials: string[];
  notes: string | null;
  assessment: string | null;
  confirmed_on: string | null;
  cert_schemes: string[];
  cert_expires: string[];
  vg: number;
  vi: number;
}

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
    const rows = await db.query<BoundsRow>(
      `SELECT sc.supplier_id AS id, sc.materials, sc.notes, p.assessment,
              to_char(sc.confirmed_at AT TIME ZONE $1, 'YYYY-MM-DD') AS confirmed_on,
              sc.cert_schemes, sc.cert_expires::text[] AS cert_expires,
              public.cube_ur_coord(sc.rank_key, 4) / $2 AS vg, public.cube_ur_coord(sc.rank_key, 5) / $2 AS vi
         FROM supplier_capabilities sc JOIN processes p ON p.code = sc.process_code`,
      [TZ, RANK_KEY_CONSTANTS.scale],
    );
    expect(rows.length).toBeGreaterThan(400);
    let iatfRows = 0;
    for (const r of rows) {
      const valid = new Map<string, string | null>();
      r.cert_schemes.forEach((s, i) => {
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

  const run = (sql: string, params: unknown[]) => db.query(sql, params);
  const localToday = async () =>
    (await db.query(`SELECT to_char(now() AT TIME ZONE $1, 'YYYY-MM-DD') AS d`, [TZ]))[0].d as string;
  /** As if the code's constants had changed since the bounds were computed. */
  const OTHER = { ...RANK_KEY_CONSTANTS, scale: 2 * RANK_KEY_CONSTANTS.scale, weight_freshness: 0.2 };

  it("stores the code's constants, and rank_key's bounds are the scorer's best case, computed with them", async () => {
    const [{ constants, ref }] = await db.query(
      `SELECT constants, to_char(valid_from, 'YYYY-MM-DD') AS ref FROM ranking_bounds`,
    );
    expect(constants).toEqual(RANK_KEY_CONSTANTS);
    expect(await readBoundsFrom(run)).toBe(ref);
    // rows whose bounds the scorer reaches: capability and freshness as counted by the bound
    // (no blank entries; confirmed at midnight UTC, a day earlier than the scorer's day), certificates
    // as of the bounds' day, the process's own assessment held at full strength for Vi
    const cases = [
      { materials: ['PP', 'ABS'], notes: null, confirmedDaysAgo: 200, iatf: 300, iso: null },
      {
        materials: ['PP', 'ABS', 'steel', 'PA66'],
        notes: 'tooling',
        confirmedDaysAgo: null,
        iatf: undefined,
        iso: 100,
      },
      { materials: [], notes: 'tooling', confirmedDaysAgo: 1, iatf: null, iso: 800 },
      { materials: ['PP'], notes: null, confirmedDaysAgo: 1000, iatf: 1000, iso: undefined },
      { materials: ['PP', 'PA66', 'ABS'], notes: null, confirmedDaysAgo: 30, iatf: 45, iso: 500 },
    ];
    for (const x of cases) {
      const held = new Map<string, string | null>();
      for (const [code, days] of [
        ['IATF-16949', x.iatf],
        ['ISO-9001', x.iso],
      ] as const)
        if (days !== undefined) held.set(code, days === null ? null : addDays(ref, days));
      const [key] = await db.query(
        `SELECT public.cube_ll_coord(k, 4) AS low4, public.cube_ll_coord(k, 5) AS low5,
                public.cube_ur_coord(k, 4) AS vg, public.cube_ur_coord(k, 5) AS vi
           FROM (SELECT public.enlace_rank_key(public.enlace_earth(21, -101), $1::text[], $2::text, $3::timestamptz,
                                               $4::text[], $5::date[]) AS k) x`,
        [
          x.materials,
          x.notes,
          x.confirmedDaysAgo === null ? null : `${addDays(ref, -x.confirmedDaysAgo)}T00:00:00Z`,
          [...held.keys()],
          [...held.values()].map((e) => e ?? 'infinity'),
        ],
      );
      const c: Candidate = {
        id: 'x',
        chord: 0,
        km: 0,
        materials: x.materials,
        notes: x.notes,
        confirmedOn: x.confirmedDaysAgo === null ? null : addDays(ref, 1 - x.confirmedDaysAgo),
        valid: held,
      };
      const base: RankParams = {
        process: 'x',
        processAssessment: null,
        required: [],
        preferred: [],
        maxDistanceKm: null,
        first: 1,
        weights: DEFAULT_WEIGHTS,
        today: ref,
      };
      const rest = (s: { score: number }) => (s.score - DEFAULT_WEIGHTS.proximity) * RANK_KEY_CONSTANTS.scale;
      // Vg: any query, the certification part at its best
      const best = scoreCandidate({ ...c, valid: new Map([['IATF-16949', null]]) }, base);
      expect(Number(key.vg)).toBeCloseTo(rest(best), 6);
      // Vi: IATF 16949 the only requested scheme, the process's assessment at full strength
      const withAssessment = new Map([...held, ['CQI-23', null]]);
      const iatf = scoreCandidate(
        { ...c, valid: withAssessment },
        { ...base, required: ['IATF-16949'], processAssessment: 'CQI-23' },
      );
      expect(Number(key.vi)).toBeCloseTo(rest(iatf), 6);
      expect([Number(key.low4), Number(key.low5)]).toEqual([RANK_KEY_CONSTANTS.low, RANK_KEY_CONSTANTS.low]);
    }
  });

  it("does without the bounds while they were computed with other constants, until a rebase applies the code's", async () => {
    const day = await localToday();
    await db.query(`SELECT public.enlace_rebase_rank_key($1::date, $2::jsonb)`, [day, JSON.stringify(OTHER)]);
    expect(await readBounds(run, OTHER)).toEqual({ validFrom: day, current: true });
    expect(await readBoundsFrom(run)).toBeNull(); // the ranking does not use them
    const [{ vg }] = await db.query(`SELECT max(public.cube_ur_coord(rank_key, 4)) AS vg FROM supplier_capabilities`);
    expect(Number(vg)).toBeGreaterThan(RANK_KEY_CONSTANTS.scale); // twice the scale: beyond the code's best
    const r = await cli('ranking', 'rebase');
    expect(r.code).toBe(0);
    expect(await readBoundsFrom(run)).toBe(day);
    await checkBounds(day);
  }, 120_000);

  it("the API's start applies the code's constants to a small database, and leaves a large one to `ranking rebase`", async () => {
    const day = await localToday();
    await db.query(`SELECT public.enlace_rebase_rank_key($1::date, $2::jsonb)`, [day, JSON.stringify(OTHER)]);
    const t = await startTestApp({}, { databaseUrl: db.url });
    try {
      expect(await readBoundsFrom(run)).toBe(day);
      await checkBounds(day);
      // more capability rows than a start rewrites
      await db.query(`SELECT public.enlace_rebase_rank_key($1::date, $2::jsonb)`, [day, JSON.stringify(OTHER)]);
      expect(await applyCodeConstants(t.app.get(DataSource), day, 10)).toBe('stale');
      expect(await readBoundsFrom(run)).toBeNull();
      expect(await applyCodeConstants(t.app.get(DataSource), day)).toBe('rebased');
      expect(await applyCodeConstants(t.app.get(DataSource), day)).toBe('current');
      expect(await readBoundsFrom(run)).toBe(day);
    } finally {
      await t.app.close();
    }
  }, 120_000);

  it('rejects anything but `ranking rebase`', async () => {
    expect((await cli('ranking')).code).toBe(2);
    expect((await cli('ranking', 'rebuild')).code).toBe(2);
  });
});
