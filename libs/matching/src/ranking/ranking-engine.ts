import { chordToKm, EARTH_RADIUS_M, kmToChord } from '@enlace/core';
import { validCertSql } from '@enlace/suppliers';
import {
  Candidate,
  canStop,
  CERT_PART_ASSESSMENT,
  CERT_PART_BASELINE,
  CERT_PART_REQUESTED,
  compareScored,
  FRESHNESS_HALF_LIFE_DAYS,
  FULL_STRENGTH_DAYS,
  IATF,
  ISO_9001,
  ISO_9001_BASELINE_FACTOR,
  proximity,
  PROXIMITY_D0_KM,
  RankParams,
  relevantSchemes,
  Scored,
  scoreCandidate,
  Weights,
} from './scoring';

/** Anything that runs SQL with $n parameters: a TypeORM DataSource/EntityManager or a pg Client wrapper. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<any[]>;

export interface PlantPoint {
  lat: number;
  lng: number;
}

export interface RankResult {
  matches: Scored[];
  /** Candidate rows read from the database (for tests and benchmarks). */
  examined: number;
  batches: number;
}

interface Row {
  id: string;
  chord: number;
  km: number;
  materials: string[];
  notes: string | null;
  confirmed_on: string | null;
}

/** First KNN batch size is max(MIN_BATCH, 2k); each further batch doubles, up to MAX_BATCH. */
const MIN_BATCH = 64;
const MAX_BATCH = 10_000;
/** Safety cap of a range batch (see stopRange); a cut range batch is followed by ordinary batches. */
const RANGE_LIMIT = 20_000;

/**
 * Once the k-th score so far is s, no supplier farther than the distance d where
 * UB(d) = s can enter the top k, and the k-th score only rises: reading every qualifying supplier
 * up to (a little beyond) d in one batch finishes the search. Returns that chord (with a margin)
 * and a lower bound of the kilometres of any supplier beyond it, or null when no distance bounds
 * s (e.g. proximity weight 0). Exactness does not depend on this: the engine still stops only when
 * canStop holds, else it goes on with ordinary batches.
 */
export function stopRange(kthScore: number, w: Weights): { chord: number; km: number } | null {
  if (!(w.proximity > 0)) return null;
  const target = (kthScore - (w.certification + w.capability + w.freshness)) / w.proximity;
  if (!(target > 0)) return null;
  const km = target >= 1 ? 0.001 : PROXIMITY_D0_KM * (1 / target - 1) * 1.001 + 0.001;
  // beyond a quarter of the globe no distance is worth bounding
  if (!(km < (Math.PI / 2) * (EARTH_RADIUS_M / 1000))) return null;
  const chord = kmToChord(km);
  // any chord beyond it is farther than this (the SQL conversion may differ in the last bits)
  return { chord, km: km * (1 - 1e-9) };
}

/** Slack of the SQL upper bound below (float rounding differs between SQL and JavaScript by far less). */
const PRUNE_MARGIN = 1e-9;

/**
 * SQL for an upper bound of a candidate row's score on the row's own columns, cheap enough to
 * evaluate on every row of a batch: a row below the k-th score so far is not worth sending, since the
 * k-th score only rises. It mirrors scoring.ts and only ever errs upwards: certification exactly
 * (a scheme that is not usable is passed as NULL and counts 0, as in the scorer); capability counts
 * every non-empty material and note (JavaScript also drops whitespace-only ones); freshness takes
 * the confirmation instant in UTC minus one day (the application's calendar day is never earlier).
 * Proximity is exact. Weights and scheme codes are parameters (added with `param`), so the statement
 * text depends only on the number of schemes: a bounded set of statements, prepared once per
 * connection. Also uses $5 today.
 */
function rowUpperBoundSql(p: RankParams, usable: Set<string>, knn: string, param: (value: unknown) => string): string {
  const todayEpochDays = Math.round(Date.parse(`${p.today}T00:00:00Z`) / 86_400_000);
  // strength: 0 unless valid today; 0.5 + 0.5 * min(1, daysLeft / FULL_STRENGTH_DAYS) (least() also caps 'infinity')
  const strength = (code: string) => {
    const x = `sc.cert_expires[array_position(sc.cert_schemes, ${param(usable.has(code) ? code : null)}::text)]`;
    return `(CASE WHEN ${x} >= $5::date THEN 0.5 + (least(${x}, $5::date + ${FULL_STRENGTH_DAYS}) - $5::date)::float8 / ${2 * FULL_STRENGTH_DAYS}.0 ELSE 0.0 END)`;
  };
  const requested = [...p.required, ...p.preferred];
  const parts: string[] = [];
  let weight = 0;
  if (requested.length) {
    parts.push(`${CERT_PART_REQUESTED} * (${requested.map(strength).join(' + ')}) / ${requested.length}.0`);
    weight += CERT_PART_REQUESTED;
  }
  parts.push(
    `${CERT_PART_BASELINE} * greatest(${strength(IATF)}, ${ISO_9001_BASELINE_FACTOR} * ${strength(ISO_9001)})`,
  );
  weight += CERT_PART_BASELINE;
  if (p.processAssessment) {
    parts.push(`${CERT_PART_ASSESSMENT} * ${strength(p.processAssessment)}`);
    weight += CERT_PART_ASSESSMENT;
  }
  const cert = `least(1.0, (${parts.join(' + ')}) / ${weight})`;
  const prox = `(1.0 / (1.0 + public.enlace_chord_to_km(${knn}) / ${PROXIMITY_D0_KM}.0))`;
  const cap = `(0.4 + 0.4 * least(3, cardinality(array_remove(sc.materials, '')))::float8 / 3.0 + CASE WHEN sc.notes <> '' THEN 0.2 ELSE 0.0 END)`;
  // (greatest() would ignore a NULL confirmation: never confirmed is 0)
  const fresh = `(CASE WHEN sc.confirmed_at IS NULL THEN 0.0 ELSE power(0.5::float8, greatest(0.0, ${param(todayEpochDays)}::float8 - extract(epoch FROM sc.confirmed_at)::float8 / 86400.0 - 1.0) / ${FRESHNESS_HALF_LIFE_DAYS}.0) END)`;
  const w = (x: number) => `${param(Number.isFinite(x) ? x : 0)}::float8`;
  const ww = p.weights;
  return `(${w(ww.proximity)} * ${prox} + ${w(ww.certification)} * ${cert} + ${w(ww.capability)} * ${cap} + ${w(ww.freshness)} * ${fresh})`;
}

/** A self-contained capability row (migration 1764900000000): no join needed to score it. */
interface FactRow {
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
}

const SEP = '\u001f';

/**
 * Candidates with the process, read from supplier_capabilities alone. Parameters: $1 process,
 * $2/$3 plant lat/lng, $4 time zone, $5 today, then one per required scheme (from $6); `tail`
 * adds conditions, order and limit (its parameters numbered from `requiredCount + 6`). A candidate
 * qualifies when every required scheme is in its certificate summary with an expiry >= today (the
 * caller has already checked that no required scheme is superseded); a scheme missing from the
 * summary gives a NULL expiry, which fails the comparison.
 */
function factSql(requiredCount: number, tail: string, iatfRequired = false, extraSelect = ''): string {
  const req = Array.from(
    { length: requiredCount },
    (_, i) => `\n       AND sc.cert_expires[array_position(sc.cert_schemes, $${i + 6}::text)] >= $5::date`,
  ).join('');
  // $5 must appear (typed) even without required schemes
  let cond = req || `\n       AND $5::date IS NOT NULL`;
  // A literal (not a parameter) so that the planner can use the partial index of IATF holders
  // (supplier_capabilities_iatf_rank_idx): the scan then skips every supplier without the certificate.
  if (iatfRequired) cond += `\n       AND sc.cert_schemes @> '{${IATF}}'::text[]`;
  return `
    SELECT sc.supplier_id AS id,
           (sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS chord,
           public.enlace_chord_to_km(sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS km,
           array_to_string(sc.materials, chr(31)) AS materials, sc.notes,
           to_char(sc.confirmed_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS confirmed_on,
           array_to_string(sc.cert_schemes, ' ') AS cert_schemes, array_to_string(sc.cert_expires::text[], ' ') AS cert_expires${extraSelect}
      FROM supplier_capabilities sc
     WHERE sc.process_code = $1${cond}
     ${tail}`;
}

/** The relevant schemes that are not superseded (a superseded scheme is never held valid). */
async function usableSchemes(run: SqlRunner, p: RankParams): Promise<Set<string>> {
  const rows: Array<{ code: string }> = await run(
    `SELECT code FROM certification_schemes WHERE code = ANY($1::text[]) AND superseded_by IS NULL`,
    [relevantSchemes(p)],
  );
  return new Set(rows.map((r) => r.code));
}

function factCandidate(r: FactRow, usable: Set<string>, today: string): Candidate {
  const valid = new Map<string, string | null>();
  if (r.cert_schemes) {
    const schemes = r.cert_schemes.split(' ');
    const expires = r.cert_expires.split(' ');
    for (let i = 0; i < schemes.length; i++) {
      const s = schemes[i];
      const e = expires[i];
      if (!usable.has(s)) continue;
      if (e === 'infinity') valid.set(s, null);
      else if (e >= today) valid.set(s, e);
    }
  }
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

/** Default non-proximity weights of the static bounds in rank_key (migration 1765200000000). */
const RANK_KEY_WEIGHTS = { certification: 0.3, capability: 0.1, freshness: 0.1 };
/** Metres per unit of static bound in rank_key's dimensions 4 and 5 (1 km per 0.01 of score). */
const RANK_KEY_SCALE = 1e5;
/** The highest static bound (0.3 + 0.1 + 0.1): the first batch's target in those dimensions. */
const RANK_KEY_BEST = 0.5;
/** Beyond every coordinate (earth points are within 6.4e6 m; scaled bounds within [0, 5e4]). */
const FAR = 1e12;
/** Rings of a range batch (each with its own threshold on the static bound). */
const RANGE_RINGS = 4;

/**
 * The static bound of rank_key that applies to a query: dimension 5 (Vi) when the only requested
 * scheme is a required IATF 16949, else dimension 4 (Vg); `rho` scales it to the query's weights
 * (non-proximity score <= rho * V). Null when no bound applies: the caller did not give the date the
 * bounds hold from (ranking_bounds.valid_from), today is before it, or no weight is outside proximity.
 */
function staticBound(p: RankParams, boundsFrom: string | null | undefined): { dim: 4 | 5; rho: number } | null {
  if (!boundsFrom || p.today < boundsFrom) return null;
  const w = p.weights;
  const rho = Math.max(
    w.certification / RANK_KEY_WEIGHTS.certification,
    w.capability / RANK_KEY_WEIGHTS.capability,
    w.freshness / RANK_KEY_WEIGHTS.freshness,
  );
  if (!(rho > 0) || !Number.isFinite(rho)) return null;
  const requested = [...p.required, ...p.preferred];
  return { dim: requested.length === 1 && requested[0] === IATF && p.required.includes(IATF) ? 5 : 4, rho };
}

/**
 * The best score of any row the strong first batch did not read: such a row lies at least `d` (the
 * batch's last distance in that order) from the point (plant, best bound), i.e. chord^2 +
 * (RANK_KEY_SCALE * delta)^2 >= d^2 where its bound is RANK_KEY_BEST - delta, and scores at most
 * w_prox * proximity(chord) + rho * (RANK_KEY_BEST - delta). Maximised piecewise over delta: on each
 * piece the proximity term is taken at the piece's largest delta (smallest chord) and the bound term at
 * its smallest, so the result is an upper bound.
 */
function strongBatchBound(d: number, w: Weights, rho: number): number {
  const pieces = 64;
  const reach = Math.min(RANK_KEY_BEST, d / RANK_KEY_SCALE);
  // with delta >= d / RANK_KEY_SCALE the row may sit at the plant
  let ub = d / RANK_KEY_SCALE < RANK_KEY_BEST ? w.proximity + rho * (RANK_KEY_BEST - d / RANK_KEY_SCALE) : -Infinity;
  for (let i = 0; i < pieces; i++) {
    const lo = (reach * i) / pieces;
    const hi = (reach * (i + 1)) / pieces;
    const chord = Math.sqrt(Math.max(0, d * d - (RANK_KEY_SCALE * hi) ** 2));
    ub = Math.max(ub, w.proximity * proximity(chordToKm(chord)) + rho * (RANK_KEY_BEST - lo));
  }
  return ub;
}

/**
 * Exact top-k ranking. Qualifying candidates (process, required schemes valid today) come from the
 * GiST index on supplier_capabilities (process_code, rank_key); each row carries everything scoring
 * needs (confirmation date, certificate summary), so a batch is one query with no join. With static
 * bounds (boundsFrom), the first batch is the near and strong rows (see strongBatchBound) and the
 * next one a range read in rings; otherwise batches come nearest-first in growing keyset steps (chord
 * >= last chord, minus the ids already read at exactly that chord) and one range batch up to the
 * distance the k-th score implies (stopRange). Once k candidates are in hand, every batch sends only
 * rows whose score can still reach the k-th. The search stops once the k-th best score so far cannot
 * be beaten by any unread supplier (canStop, strongBatchBound), once a candidate lies beyond
 * maxDistanceKm, or when the index has no more rows.
 */
export async function rankTopK(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
  options: {
    minBatch?: number;
    /** the relevant schemes that are not superseded, when the caller knows them (catalogue cache) */
    usable?: Set<string>;
    /** ranking_bounds.valid_from: the day from which rank_key's static bounds hold (none: not used) */
    boundsFrom?: string | null;
    /** called once with the top k after the first batch when more batches follow (usually the final ids: callers may start loading them) */
    onProvisional?: (ids: string[]) => void;
  } = {},
): Promise<RankResult> {
  const k = p.first;
  const usable = options.usable ?? (await usableSchemes(run, p));
  if (!p.required.every((s) => usable.has(s))) return { matches: [], examined: 0, batches: 0 };
  let top: Scored[] = [];
  let lastChord: number | null = null;
  let seenAtLast: string[] = [];
  let batchSize = options.minBatch ?? Math.max(MIN_BATCH, 2 * k);
  let examined = 0;
  let batches = 0;
  const base: unknown[] = [p.process, plant.lat, plant.lng, timezone, p.today, ...p.required];
  const n = base.length;
  const knn = `sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)`;
  // the same distance on rank_key (its bound dimensions contain the plant's zeros): the index's KNN order
  const order = `sc.rank_key OPERATOR(public.<->) public.cube(public.cube(public.enlace_earth($2::float8, $3::float8), 0.0::float8), 0.0::float8)`;
  const bound = staticBound(p, options.boundsFrom);
  /** Lowest static bound a row at `chord` or farther needs to reach the k-th score `kth`. */
  const needed = (kth: number, chord: number) =>
    (kth - PRUNE_MARGIN - p.weights.proximity * proximity(chordToKm(chord))) / bound!.rho - PRUNE_MARGIN;
  /** Lower corner of the bound dimensions (4, 5) requiring at least `v` in the applicable one. */
  const boundLows = (v: number) => (bound!.dim === 4 ? [v * RANK_KEY_SCALE, -FAR] : [-FAR, v * RANK_KEY_SCALE]);
  /**
   * With a bound, the first batch takes the rows nearest to a point placed at the best bound in its
   * dimension: near and strong suppliers first, so the k-th score it yields is already high and the
   * range read next is small. That order is not by distance, so the rows it read are excluded from
   * later batches, which start again from the plant (no keyset on it). Not with maxDistanceKm (its cut
   * assumes distance order).
   */
  const strongFirst = bound !== null && p.maxDistanceKm === null;
  const strongOrder = strongFirst
    ? `sc.rank_key OPERATOR(public.<->) public.cube(public.cube(public.enlace_earth($2::float8, $3::float8), ${bound!.dim === 4 ? RANK_KEY_BEST * RANK_KEY_SCALE : 0}::float8), ${bound!.dim === 5 ? RANK_KEY_BEST * RANK_KEY_SCALE : 0}::float8)`
    : order;
  let exclude: string[] = [];
  /** Chord up to which the next batch reads everything (the stop distance implied by the k-th score so far), or null. */
  let range: { chord: number; km: number } | null = null;
  /** Farthest range already read (a range is never read twice, so the loop always progresses). */
  let rangeTried = -1;
  for (;;) {
    const params = [...base, range ? RANGE_LIMIT : batchSize];
    let tail = '';
    if (lastChord !== null) {
      params.push(String(lastChord), seenAtLast);
      tail += `AND (${knn}) >= $${n + 2}::float8 AND sc.supplier_id <> ALL($${n + 3}::uuid[]) `;
    }
    const param = (v: unknown) => `$${params.push(v)}`;
    const strong = batches === 0 && strongFirst;
    if (exclude.length) tail += `AND sc.supplier_id <> ALL(${param(exclude)}::uuid[]) `;
    if (top.length === k) {
      // rows that cannot reach the k-th score never enter the top k: not worth sending
      const kth = top[k - 1].score;
      tail += `AND ${rowUpperBoundSql(p, usable, knn, param)} >= ${param(String(kth - PRUNE_MARGIN))}::float8 `;
      if (bound && !range) {
        // ... and those whose static bound is too low are skipped inside the index
        const [lo4, lo5] = boundLows(needed(kth, lastChord ?? 0));
        tail += `AND sc.rank_key OPERATOR(public.&&) public.cube(ARRAY[-${FAR}, -${FAR}, -${FAR}, ${param(lo4)}::float8, ${param(lo5)}::float8], ARRAY[${FAR}, ${FAR}, ${FAR}, ${FAR}, ${FAR}]::float8[]) `;
      }
    }
    if (range) {
      const r = param(String(range.chord));
      // boxes let the index restrict the scan to the range (a bare distance bound would not); with a
      // static bound, rings from the last distance read to the range, each box requiring the bound a
      // row at the ring's inner edge needs (a row in ring i lies inside box i)
      const kth = top[k - 1].score;
      const from = lastChord ?? 0;
      const rings = bound ? RANGE_RINGS : 1;
      const arms: string[] = [];
      for (let i = 0; i < rings; i++) {
        const inner = from + ((range.chord - from) * i) / rings;
        const outer =
          i === rings - 1 ? r : param(String((from + ((range.chord - from) * (i + 1)) / rings) * (1 + 1e-9)));
        const box = `public.cube_enlarge(public.enlace_earth($2::float8, $3::float8), ${outer}::float8, 3)`;
        if (!bound) arms.push(`sc.geo OPERATOR(public.<@) ${box}`);
        else {
          const [lo4, lo5] = boundLows(needed(kth, inner));
          arms.push(
            `sc.rank_key OPERATOR(public.&&) public.cube(public.cube(${box}, ${param(lo4)}::float8, ${FAR}::float8), ${param(lo5)}::float8, ${FAR}::float8)`,
          );
        }
      }
      tail += `AND (${arms.join('\n         OR ')})
       AND (${knn}) <= ${r}::float8 `;
    }
    const rows: Array<FactRow & { strong_d?: number }> = await run(
      factSql(
        p.required.length,
        `${tail}ORDER BY ${strong ? strongOrder : order} LIMIT $${n + 1}`,
        p.required.includes(IATF),
        strong ? `, (${strongOrder}) AS strong_d` : '',
      ),
      params,
    );
    batches++;
    examined += rows.length;
    const limit = range ? RANGE_LIMIT : batchSize;
    // a range batch that was not cut by its limit has read every qualifying supplier up to range.chord
    const rangeRead = range !== null && rows.length < limit ? range : null;
    let done = rows.length < limit && !range;
    let within = rows;
    if (p.maxDistanceKm !== null) {
      const max = p.maxDistanceKm;
      const cut = rows.findIndex((r) => Number(r.km) > max);
      if (cut >= 0) {
        within = rows.slice(0, cut);
        done = true;
      }
    }
    for (const r of within) top.push(scoreCandidate(factCandidate(r, usable, p.today), p));
    top.sort(compareScored);
    if (top.length > k) top = top.slice(0, k);
    if (done) break;
    if (batches === 1 && top.length === k) options.onProvisional?.(top.map((m) => m.candidate.id));
    if (strong) {
      // every unread row is at least the last distance away in that order: stop if none can reach the k-th
      const d = Number(rows[rows.length - 1].strong_d) * (1 - 1e-9);
      if (top.length === k && top[k - 1].score > strongBatchBound(d, p.weights, bound!.rho) + PRUNE_MARGIN) break;
      exclude = rows.map((r) => r.id);
    } else if (rows.length) {
      const last = rows[rows.length - 1];
      const lastC = Number(last.chord);
      const atLast = rows.filter((r) => Number(r.chord) === lastC).map((r) => r.id);
      seenAtLast = lastChord === lastC ? [...seenAtLast, ...atLast] : atLast;
      lastChord = lastC;
      if (top.length === k && canStop(top[k - 1], Number(last.km), p.weights)) break;
    } else if (!range) break; // the index has no more rows
    // every unread supplier lies beyond the range read in full: at least rangeRead.km away
    if (rangeRead && top.length === k && canStop(top[k - 1], rangeRead.km, p.weights)) break;
    if (range) batchSize = MIN_BATCH;
    range = null;
    if (top.length === k) {
      const r = stopRange(top[k - 1].score, p.weights);
      if (r && r.chord > rangeTried && (lastChord === null || r.chord > lastChord)) {
        range = r;
        rangeTried = r.chord;
      }
    }
    if (!range) batchSize = Math.min(MAX_BATCH, batchSize * 2);
  }
  return { matches: top, examined, batches };
}

/**
 * Naive path (the full-scan baseline and a cross-check of the denormalized facts): reads the
 * suppliers table and the certifications themselves.
 *
 * Suppliers with the process and their distance from the plant. Parameters: $1 process, $2/$3
 * plant lat/lng, $4 time zone; `tail` adds conditions, order and limit.
 */
function candidateSql(tail: string): string {
  return `
    SELECT sc.supplier_id AS id,
           (sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS chord,
           public.enlace_chord_to_km(sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS km,
           sc.materials, sc.notes,
           to_char(s.profile_confirmed_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS confirmed_on
      FROM supplier_capabilities sc
      JOIN suppliers s ON s.id = sc.supplier_id
     WHERE sc.process_code = $1
     ${tail}`;
}

/**
 * For a batch of suppliers, in one query: per relevant scheme, the latest expiry among the
 * certificates valid today ('infinity' = no expiry date), by the rule of validCertSql.
 */
async function validCertificates(
  run: SqlRunner,
  ids: string[],
  schemes: string[],
  today: string,
): Promise<Map<string, Map<string, string | null>>> {
  const out = new Map<string, Map<string, string | null>>();
  if (!ids.length) return out;
  const rows: Array<{ supplier_id: string; scheme_code: string; best: string }> = await run(
    `SELECT c.supplier_id, c.scheme_code, max(COALESCE(c.expires_on, 'infinity'::date))::text AS best
       FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
      WHERE c.supplier_id = ANY($1::uuid[]) AND c.scheme_code = ANY($2::text[]) AND ${validCertSql('c', 'cs', '$3::date')}
      GROUP BY c.supplier_id, c.scheme_code`,
    [ids, schemes, today],
  );
  for (const r of rows) {
    let m = out.get(r.supplier_id);
    if (!m) out.set(r.supplier_id, (m = new Map()));
    m.set(r.scheme_code, r.best === 'infinity' ? null : r.best);
  }
  return out;
}

function toCandidate(r: Row, valid: Map<string, string | null> | undefined): Candidate {
  return {
    id: r.id,
    chord: Number(r.chord),
    km: Number(r.km),
    materials: r.materials ?? [],
    notes: r.notes,
    confirmedOn: r.confirmed_on,
    valid: valid ?? new Map(),
  };
}

/** Rows read, with certificates, as qualifying candidates (required schemes held valid). */
async function qualifying(run: SqlRunner, rows: Row[], p: RankParams): Promise<Candidate[]> {
  const certs = await validCertificates(
    run,
    rows.map((r) => r.id),
    relevantSchemes(p),
    p.today,
  );
  return rows.map((r) => toCandidate(r, certs.get(r.id))).filter((c) => p.required.every((s) => c.valid.has(s)));
}

/**
 * The naive reference: read and score every qualifying supplier with the process, sort, keep k.
 * Used by the benchmark (full-scan baseline) and as a brute-force cross-check.
 */
export async function rankFullScan(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
): Promise<RankResult> {
  const rows: Row[] = await run(candidateSql(''), [p.process, plant.lat, plant.lng, timezone]);
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  const scored = (await qualifying(run, within, p)).map((c) => scoreCandidate(c, p)).sort(compareScored);
  return { matches: scored.slice(0, p.first), examined: rows.length, batches: 1 };
}

/** One supplier's match for the parameters, or null when it does not qualify (used for awards and supplier opportunities). */
export async function scoreOne(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
  supplierId: string,
): Promise<Scored | null> {
  const usable = await usableSchemes(run, p);
  if (!p.required.every((s) => usable.has(s))) return null;
  const rows: FactRow[] = await run(
    factSql(p.required.length, `AND sc.supplier_id = $${p.required.length + 6}::uuid`),
    [p.process, plant.lat, plant.lng, timezone, p.today, ...p.required, supplierId],
  );
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  return within.length ? scoreCandidate(factCandidate(within[0], usable, p.today), p) : null;
}
