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
}

/** First KNN batch size is max(MIN_BATCH, 2k); each further batch doubles, up to MAX_BATCH. */
const MIN_BATCH = 64;
const MAX_BATCH = 10_000;

/** A self-contained capability row (migration 1764900000000): no join needed to score it. */
interface FactRow {
  id: string;
  chord: number;
  km: number;
  materials: string[];
  notes: string | null;
  confirmed_on: string | null;
  /** Schemes with a certificate that is neither SUSPENDED nor WITHDRAWN, and the latest expiry of each ('infinity' = none). */
  cert_schemes: string[];
  cert_expires: string[];
}

/**
 * Candidates with the process, read from supplier_capabilities alone. Parameters: $1 process,
 * $2/$3 plant lat/lng, $4 time zone, $5 required schemes, $6 today; `tail` adds conditions, order
 * and limit. A candidate qualifies when every required scheme is in its certificate summary with
 * an expiry >= today (the caller has already checked that no required scheme is superseded).
 */
function factSql(tail: string): string {
  return `
    SELECT sc.supplier_id AS id,
           (sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS chord,
           public.enlace_chord_to_km(sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS km,
           sc.materials, sc.notes,
           to_char(sc.confirmed_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS confirmed_on,
           sc.cert_schemes, sc.cert_expires::text[] AS cert_expires
      FROM supplier_capabilities sc
     WHERE sc.process_code = $1
       AND sc.cert_schemes @> $5::text[]
       AND NOT EXISTS (SELECT 1 FROM unnest(sc.cert_schemes, sc.cert_expires) x(s, e) WHERE x.s = ANY($5::text[]) AND x.e < $6::date)
     ${tail}`;
}

/** The relevant schemes that are not superseded (a superseded scheme is never held valid). */
async function usableSchemes(run: SqlRunner, p: RankParams): Promise<Set<string>> {
  const rows: Array<{ code: string }> = await run(`SELECT code FROM certification_schemes WHERE code = ANY($1::text[]) AND superseded_by IS NULL`, [relevantSchemes(p)]);
  return new Set(rows.map((r) => r.code));
}

function factCandidate(r: FactRow, usable: Set<string>, today: string): Candidate {
  const valid = new Map<string, string | null>();
  for (let i = 0; i < r.cert_schemes.length; i++) {
    const s = r.cert_schemes[i];
    const e = r.cert_expires[i];
    if (!usable.has(s)) continue;
    if (e === 'infinity') valid.set(s, null);
    else if (e >= today) valid.set(s, e);
  }
  return { id: r.id, chord: Number(r.chord), km: Number(r.km), materials: r.materials ?? [], notes: r.notes, confirmedOn: r.confirmed_on, valid };
}

/**
 * Exact top-k ranking. Qualifying candidates (process, required schemes valid today) come
 * nearest-first from the GiST index on supplier_capabilities (process_code, geo) in growing keyset
 * batches (chord >= last chord, minus the ids already read at exactly that chord); each row carries
 * everything scoring needs (confirmation date, certificate summary), so a batch is one query with no
 * join. After each batch, the search stops once the k-th best score so far cannot be beaten by any
 * farther supplier (see canStop), once a candidate lies beyond maxDistanceKm, or when the index has
 * no more rows.
 */
export async function rankTopK(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string, options: { minBatch?: number } = {}): Promise<RankResult> {
  const k = p.first;
  const usable = await usableSchemes(run, p);
  if (!p.required.every((s) => usable.has(s))) return { matches: [], examined: 0, batches: 0 };
  let top: Scored[] = [];
  let lastChord: number | null = null;
  let seenAtLast: string[] = [];
  let batchSize = options.minBatch ?? Math.max(MIN_BATCH, 2 * k);
  let examined = 0;
  let batches = 0;
  for (;;) {
    const rows: FactRow[] = await run(
      factSql(`
       AND ($7::float8 IS NULL OR ((sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) >= $7::float8
                                    AND sc.supplier_id <> ALL($8::uuid[])))
     ORDER BY sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)
     LIMIT $9`),
      [p.process, plant.lat, plant.lng, timezone, p.required, p.today, lastChord === null ? null : String(lastChord), seenAtLast, batchSize],
    );
    batches++;
    examined += rows.length;
    let done = rows.length < batchSize;
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
    if (done || rows.length === 0) break;
    const last = rows[rows.length - 1];
    const lastC = Number(last.chord);
    const atLast = rows.filter((r) => Number(r.chord) === lastC).map((r) => r.id);
    seenAtLast = lastChord === lastC ? [...seenAtLast, ...atLast] : atLast;
    lastChord = lastC;
    if (top.length === k && canStop(top[k - 1], Number(last.km), p.weights)) break;
    batchSize = Math.min(MAX_BATCH, batchSize * 2);
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
async function validCertificates(run: SqlRunner, ids: string[], schemes: string[], today: string): Promise<Map<string, Map<string, string | null>>> {
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
  return { id: r.id, chord: Number(r.chord), km: Number(r.km), materials: r.materials ?? [], notes: r.notes, confirmedOn: r.confirmed_on, valid: valid ?? new Map() };
}

/** Rows read, with certificates, as qualifying candidates (required schemes held valid). */
async function qualifying(run: SqlRunner, rows: Row[], p: RankParams): Promise<Candidate[]> {
  const certs = await validCertificates(run, rows.map((r) => r.id), relevantSchemes(p), p.today);
  return rows.map((r) => toCandidate(r, certs.get(r.id))).filter((c) => p.required.every((s) => c.valid.has(s)));
}

/**
 * The naive reference: read and score every qualifying supplier with the process, sort, keep k.
 * Used by the benchmark (full-scan baseline) and as a brute-force cross-check.
 */
export async function rankFullScan(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string): Promise<RankResult> {
  const rows: Row[] = await run(candidateSql(''), [p.process, plant.lat, plant.lng, timezone]);
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  const scored = (await qualifying(run, within, p)).map((c) => scoreCandidate(c, p)).sort(compareScored);
  return { matches: scored.slice(0, p.first), examined: rows.length, batches: 1 };
}

/** One supplier's match for the parameters, or null when it does not qualify (used for awards and supplier opportunities). */
export async function scoreOne(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string, supplierId: string): Promise<Scored | null> {
  const usable = await usableSchemes(run, p);
  if (!p.required.every((s) => usable.has(s))) return null;
  const rows: FactRow[] = await run(factSql(`AND sc.supplier_id = $7::uuid`), [p.process, plant.lat, plant.lng, timezone, p.required, p.today, supplierId]);
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  return within.length ? scoreCandidate(factCandidate(within[0], usable, p.today), p) : null;
}
