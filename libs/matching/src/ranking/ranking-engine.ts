import { validCertSql } from '@enlace/suppliers';
import { Candidate, canStop, compareScored, RankParams, relevantSchemes, Scored, scoreCandidate } from './scoring';

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
  schemes: string[] | null;
  expiries: string[] | null;
}

/** First KNN batch size is max(MIN_BATCH, 4k); each further batch doubles, up to MAX_BATCH. */
const MIN_BATCH = 100;
const MAX_BATCH = 10_000;

/**
 * Columns and joins shared by the top-k scan and the full scan. Parameters: $1 process, $2/$3
 * plant lat/lng, $4 required schemes, $5 relevant schemes, $6 today, $7 time zone.
 * A supplier qualifies when every required scheme has a certificate valid today.
 */
function candidateSql(tail: string): string {
  const valid = validCertSql('c', 'cs', '$6::date');
  return `
    SELECT sc.supplier_id AS id,
           (sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS chord,
           public.enlace_chord_to_km(sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS km,
           sc.materials, sc.notes,
           to_char(s.profile_confirmed_at AT TIME ZONE $7::text, 'YYYY-MM-DD') AS confirmed_on,
           v.schemes, v.expiries
      FROM supplier_capabilities sc
      JOIN suppliers s ON s.id = sc.supplier_id
      LEFT JOIN LATERAL (
        SELECT array_agg(b.scheme_code) AS schemes, array_agg(b.best) AS expiries
          FROM (SELECT c.scheme_code, max(COALESCE(c.expires_on, 'infinity'::date))::text AS best
                  FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
                 WHERE c.supplier_id = sc.supplier_id AND c.scheme_code = ANY($5::text[]) AND ${valid}
                 GROUP BY c.scheme_code) b
      ) v ON true
     WHERE sc.process_code = $1
       AND NOT EXISTS (
         SELECT 1 FROM unnest($4::text[]) r(code)
          WHERE NOT EXISTS (SELECT 1 FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
                             WHERE c.supplier_id = sc.supplier_id AND c.scheme_code = r.code AND ${valid}))
     ${tail}`;
}

function toCandidate(r: Row): Candidate {
  const valid = new Map<string, string | null>();
  (r.schemes ?? []).forEach((s, i) => valid.set(s, r.expiries![i] === 'infinity' ? null : r.expiries![i]));
  return { id: r.id, chord: Number(r.chord), km: Number(r.km), materials: r.materials ?? [], notes: r.notes, confirmedOn: r.confirmed_on, valid };
}

/**
 * Exact top-k ranking. Candidates with the process come nearest-first from the GiST index on
 * supplier_capabilities (process_code, geo) in growing keyset batches (chord >= last chord, minus
 * the ids already read at exactly that chord). After each batch, the search stops once the k-th
 * best score so far cannot be beaten by any farther supplier (see canStop), once a candidate lies
 * beyond maxDistanceKm, or when the index has no more rows.
 */
export async function rankTopK(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string, options: { minBatch?: number } = {}): Promise<RankResult> {
  const k = p.first;
  const base = [p.process, plant.lat, plant.lng, p.required, relevantSchemes(p), p.today, timezone];
  let top: Scored[] = [];
  let lastChord: number | null = null;
  let seenAtLast: string[] = [];
  let batchSize = options.minBatch ?? Math.max(MIN_BATCH, 4 * k);
  let examined = 0;
  let batches = 0;
  for (;;) {
    const rows: Row[] = await run(
      candidateSql(`
       AND ($8::float8 IS NULL OR ((sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) >= $8::float8
                                    AND sc.supplier_id <> ALL($9::uuid[])))
     ORDER BY sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)
     LIMIT $10`),
      [...base, lastChord === null ? null : String(lastChord), seenAtLast, batchSize],
    );
    batches++;
    examined += rows.length;
    let done = rows.length < batchSize;
    for (const r of rows) {
      const c = toCandidate(r);
      if (p.maxDistanceKm !== null && c.km > p.maxDistanceKm) {
        done = true;
        break;
      }
      top.push(scoreCandidate(c, p));
    }
    top.sort(compareScored);
    if (top.length > k) top = top.slice(0, k);
    if (done || rows.length === 0) break;
    const last = toCandidate(rows[rows.length - 1]);
    const atLast = rows.filter((r) => Number(r.chord) === last.chord).map((r) => r.id);
    seenAtLast = lastChord === last.chord ? [...seenAtLast, ...atLast] : atLast;
    lastChord = last.chord;
    if (top.length === k && canStop(top[k - 1], last.km, p.weights)) break;
    batchSize = Math.min(MAX_BATCH, batchSize * 2);
  }
  return { matches: top, examined, batches };
}

/**
 * The naive reference: read and score every qualifying supplier with the process, sort, keep k.
 * Used by the benchmark (full-scan baseline) and as a brute-force cross-check.
 */
export async function rankFullScan(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string): Promise<RankResult> {
  const base = [p.process, plant.lat, plant.lng, p.required, relevantSchemes(p), p.today, timezone];
  const rows: Row[] = await run(candidateSql(''), base);
  const all = rows.map(toCandidate).filter((c) => p.maxDistanceKm === null || c.km <= p.maxDistanceKm);
  const scored = all.map((c) => scoreCandidate(c, p)).sort(compareScored);
  return { matches: scored.slice(0, p.first), examined: rows.length, batches: 1 };
}

/** One supplier's match for the parameters, or null when it does not qualify (used for awards and supplier opportunities). */
export async function scoreOne(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string, supplierId: string): Promise<Scored | null> {
  const base = [p.process, plant.lat, plant.lng, p.required, relevantSchemes(p), p.today, timezone];
  const rows: Row[] = await run(candidateSql(`AND sc.supplier_id = $8::uuid`), [...base, supplierId]);
  if (!rows.length) return null;
  const c = toCandidate(rows[0]);
  if (p.maxDistanceKm !== null && c.km > p.maxDistanceKm) return null;
  return scoreCandidate(c, p);
}
