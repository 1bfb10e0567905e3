import { FAR, StaticBound, strongTarget } from './rank-key';
import {
  CAPABILITY_BASE,
  CAPABILITY_FULL_MATERIALS,
  CAPABILITY_MATERIALS,
  CAPABILITY_NOTES,
  Candidate,
  CERT_PART_ASSESSMENT,
  CERT_PART_BASELINE,
  CERT_PART_REQUESTED,
  CERT_STRENGTH_FLOOR,
  FRESHNESS_HALF_LIFE_DAYS,
  FULL_STRENGTH_DAYS,
  IATF,
  ISO_9001,
  ISO_9001_BASELINE_FACTOR,
  PROXIMITY_D0_KM,
  RankParams,
} from './scoring';
import { BatchPlan, BatchRow } from './search-plan';

/**
 * The SQL of the ranking's reads. Every value is a parameter and every scoring constant comes from
 * scoring.ts, so a statement's text depends only on the shape of the query (number of schemes, kind
 * of batch): a small set of statements, prepared once per connection.
 */

/** A TypeScript constant as a float8 literal. */
const f8 = (x: number) => `${x}::float8`;

/** A self-contained capability row (migration 1764900000000): no join needed to score it. */
export interface FactRow {
  id: string;
  chord: number;
  km: number;
  /** Materials joined by U+001F (one text column parses much faster than a text[]). */
  materials: string;
  notes: string | null;
  confirmed_on: string | null;
  /** Schemes with a certificate that is neither SUSPENDED nor WITHDRAWN, space-separated, and the latest expiry of each ('infinity' = none). */
  cert_schemes: string;
  cert_expires: string;
  /** In a strong batch: the distance in its order. */
  strong_d?: number;
}

const SEP = '\u001f';

/** The candidate a row describes, with the usable schemes it holds valid today. */
export function factCandidate(r: FactRow, usable: Set<string>, today: string): Candidate {
  const schemes = r.cert_schemes ? r.cert_schemes.split(' ') : [];
  const expires = r.cert_expires ? r.cert_expires.split(' ') : [];
  const valid = new Map<string, string | null>();
  schemes.forEach((s, i) => {
    const e = expires[i];
    if (!usable.has(s)) return;
    if (e === 'infinity') valid.set(s, null);
    else if (e >= today) valid.set(s, e);
  });
  return {
    id: r.id,
    chord: Number(r.chord),
    km: Number(r.km),
    materials: r.materials ? r.materials.split(SEP) : [],
    notes: r.notes,
    confirmedOn: r.confirmed_on,
    valid,
  };
}

export function batchRow(r: FactRow, usable: Set<string>, today: string): BatchRow {
  return { candidate: factCandidate(r, usable, today), strongDistance: r.strong_d == null ? null : Number(r.strong_d) };
}

/** The first parameters of every read: $1 process, $2/$3 plant lat/lng, $4 time zone, $5 today, then one per required scheme. */
export function baseParams(p: RankParams, plant: { lat: number; lng: number }, timezone: string): unknown[] {
  return [p.process, plant.lat, plant.lng, timezone, p.today, ...p.required];
}

const PLANT = `public.enlace_earth($2::float8, $3::float8)`;
const KNN = `sc.geo OPERATOR(public.<->) ${PLANT}`;

/**
 * Candidates with the process, read from supplier_capabilities alone (parameters: baseParams, then
 * those of `tail`, numbered from `requiredCount + 6`). A candidate qualifies when every required
 * scheme is in its certificate summary with an expiry >= today (the caller has already checked that
 * no required scheme is superseded); a scheme missing from the summary gives a NULL expiry, which
 * fails the comparison.
 */
export function factSql(requiredCount: number, tail: string, iatfRequired = false, extraSelect = ''): string {
  const req = Array.from(
    { length: requiredCount },
    (_, i) => `\n       AND sc.cert_expires[array_position(sc.cert_schemes, $${i + 6}::text)] >= $5::date`,
  ).join('');
  // $5 must appear (typed) even without required schemes. The IATF condition is a literal (not a
  // parameter) so that the planner can use the partial index of IATF holders
  // (supplier_capabilities_iatf_rank_idx): the scan then skips every supplier without the certificate.
  const cond =
    (req || `\n       AND $5::date IS NOT NULL`) +
    (iatfRequired ? `\n       AND sc.cert_schemes @> '{${IATF}}'::text[]` : '');
  return `
    SELECT sc.supplier_id AS id,
           (${KNN}) AS chord,
           public.enlace_chord_to_km(${KNN}) AS km,
           array_to_string(sc.materials, chr(31)) AS materials, sc.notes,
           to_char(sc.confirmed_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS confirmed_on,
           array_to_string(sc.cert_schemes, ' ') AS cert_schemes, array_to_string(sc.cert_expires::text[], ' ') AS cert_expires${extraSelect}
      FROM supplier_capabilities sc
     WHERE sc.process_code = $1${cond}
     ${tail}`;
}

/**
 * SQL for an upper bound of a candidate row's score on the row's own columns, cheap enough to
 * evaluate on every row of a batch. It mirrors scoring.ts and only ever errs upwards: certification
 * exactly (a scheme that is not usable is passed as NULL and counts 0, as in the scorer); capability
 * counts every non-empty material and note (JavaScript also drops whitespace-only ones); freshness
 * takes the confirmation instant in UTC minus one day (the application's calendar day is never
 * earlier). Proximity is exact. Weights and scheme codes are parameters (added with `param`).
 */
function rowUpperBoundSql(p: RankParams, usable: Set<string>, param: (value: unknown) => string): string {
  const todayEpochDays = Math.round(Date.parse(`${p.today}T00:00:00Z`) / 86_400_000);
  // 0 unless valid today; else from the floor up to 1 at FULL_STRENGTH_DAYS left (least() also caps 'infinity')
  const strength = (code: string) => {
    const x = `sc.cert_expires[array_position(sc.cert_schemes, ${param(usable.has(code) ? code : null)}::text)]`;
    const left = `(least(${x}, $5::date + ${Math.ceil(FULL_STRENGTH_DAYS)}) - $5::date)::float8`;
    return `(CASE WHEN ${x} >= $5::date THEN ${f8(CERT_STRENGTH_FLOOR)} + ${f8(1 - CERT_STRENGTH_FLOOR)} * least(1.0, ${left} / ${f8(FULL_STRENGTH_DAYS)}) ELSE 0.0 END)`;
  };
  const requested = [...p.required, ...p.preferred];
  const parts = [
    ...(requested.length
      ? [[CERT_PART_REQUESTED, `(${requested.map(strength).join(' + ')}) / ${requested.length}.0`] as const]
      : []),
    [
      CERT_PART_BASELINE,
      `greatest(${strength(IATF)}, ${f8(ISO_9001_BASELINE_FACTOR)} * ${strength(ISO_9001)})`,
    ] as const,
    ...(p.processAssessment ? [[CERT_PART_ASSESSMENT, strength(p.processAssessment)] as const] : []),
  ];
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const cert = `least(1.0, (${parts.map(([w, s]) => `${f8(w)} * ${s}`).join(' + ')}) / ${f8(weight)})`;
  const prox = `(1.0 / (1.0 + public.enlace_chord_to_km(${KNN}) / ${f8(PROXIMITY_D0_KM)}))`;
  const materials = `least(${f8(CAPABILITY_FULL_MATERIALS)}, cardinality(array_remove(sc.materials, ''))::float8)`;
  const cap = `(${f8(CAPABILITY_BASE)} + ${f8(CAPABILITY_MATERIALS)} * ${materials} / ${f8(CAPABILITY_FULL_MATERIALS)} + CASE WHEN sc.notes <> '' THEN ${f8(CAPABILITY_NOTES)} ELSE 0.0 END)`;
  // (greatest() would ignore a NULL confirmation: never confirmed is 0)
  const fresh = `(CASE WHEN sc.confirmed_at IS NULL THEN 0.0 ELSE power(0.5::float8, greatest(0.0, ${param(todayEpochDays)}::float8 - extract(epoch FROM sc.confirmed_at)::float8 / 86400.0 - 1.0) / ${f8(FRESHNESS_HALF_LIFE_DAYS)}) END)`;
  const w = (x: number) => `${param(Number.isFinite(x) ? x : 0)}::float8`;
  const ww = p.weights;
  return `(${w(ww.proximity)} * ${prox} + ${w(ww.certification)} * ${cert} + ${w(ww.capability)} * ${cap} + ${w(ww.freshness)} * ${fresh})`;
}

/** A box of rank_key: the earth coordinates inside `box` (or anywhere), the bound dimensions from `lows` up. */
function boundBox(lows: [string, string], box?: string): string {
  if (!box)
    return `public.cube(ARRAY[-${FAR}, -${FAR}, -${FAR}, ${lows[0]}::float8, ${lows[1]}::float8], ARRAY[${FAR}, ${FAR}, ${FAR}, ${FAR}, ${FAR}]::float8[])`;
  return `public.cube(public.cube(${box}, ${lows[0]}::float8, ${FAR}::float8), ${lows[1]}::float8, ${FAR}::float8)`;
}

/** The statement and parameters that read `plan`'s batch. */
export function batchQuery(
  plan: BatchPlan,
  p: RankParams,
  bound: StaticBound | null,
  usable: Set<string>,
  base: unknown[],
): { sql: string; params: unknown[] } {
  const n = base.length;
  const params = [...base, plan.limit];
  const param = (v: unknown) => `$${params.push(v)}`;
  const conditions: string[] = [];
  if (plan.after) {
    const [chord, ids] = [param(String(plan.after.chord)), param(plan.after.ids)];
    conditions.push(`(${KNN}) >= ${chord}::float8 AND sc.supplier_id <> ALL(${ids}::uuid[])`);
  }
  if (plan.exclude.length) conditions.push(`sc.supplier_id <> ALL(${param(plan.exclude)}::uuid[])`);
  // rows that cannot reach the k-th score never enter the top k: not worth sending ...
  if (plan.minScore !== null)
    conditions.push(`${rowUpperBoundSql(p, usable, param)} >= ${param(String(plan.minScore))}::float8`);
  // ... and those whose static bound is too low are skipped inside the index
  if (plan.lows)
    conditions.push(`sc.rank_key OPERATOR(public.&&) ${boundBox([param(plan.lows[0]), param(plan.lows[1])])}`);
  if (plan.range) {
    const arms = plan.range.rings.map((ring) => {
      const box = `public.cube_enlarge(${PLANT}, ${param(String(ring.outer))}::float8, 3)`;
      return ring.lows
        ? `sc.rank_key OPERATOR(public.&&) ${boundBox([param(ring.lows[0]), param(ring.lows[1])], box)}`
        : `sc.geo OPERATOR(public.<@) ${box}`;
    });
    conditions.push(
      `(${arms.join('\n         OR ')})\n       AND (${KNN}) <= ${param(String(plan.range.chord))}::float8`,
    );
  }
  // rank_key's bound dimensions contain the plant's zeros, so `<->` to the plant is the chord distance
  const target = plan.order === 'strong' && bound ? strongTarget(bound) : [0, 0];
  const order = `sc.rank_key OPERATOR(public.<->) public.cube(public.cube(${PLANT}, ${f8(target[0])}), ${f8(target[1])})`;
  const tail = conditions.map((c) => `AND ${c} `).join('') + `ORDER BY ${order} LIMIT $${n + 1}`;
  const extra = plan.order === 'strong' ? `, (${order}) AS strong_d` : '';
  return { sql: factSql(p.required.length, tail, p.required.includes(IATF), extra), params };
}
