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

/** First KNN batch size is max(MIN_BATCH, 4k); each further batch doubles, up to MAX_BATCH. */
const MIN_BATCH = 100;
const MAX_BATCH = 10_000;

/**
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
 * Exact top-k ranking. Candidates with the process come nearest-first from the GiST index on
 * supplier_capabilities (process_code, geo) in growing keyset batches (chord >= last chord, minus
 * the ids already read at exactly that chord); each batch's valid certificates come in one more
 * query. After each batch, the search stops once the k-th best score so far cannot be beaten by any
 * farther supplier (see canStop), once a candidate lies beyond maxDistanceKm, or when the index has
 * no more rows.
 */
export async function rankTopK(run: SqlRunner, plant: PlantPoint, p: RankParams, timezone: string, options: { minBatch?: number } = {}): Promise<RankResult> {
  const k = p.first;
  let top: Scored[] = [];
  let lastChord: number | null = null;
  let seenAtLast: string[] = [];
  let batchSize = options.minBatch ?? Math.max(MIN_BATCH, 4 * k);
  let examined = 0;
  let batches = 0;
  for (;;) {
    const rows: Row[] = await run(
      candidateSql(`
       AND ($5::float8 IS NULL OR ((sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) >= $5::float8
                                    AND sc.supplier_id <> ALL($6::uuid[])))
     ORDER BY sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)
     LIMIT $7`),
      [p.process, plant.lat, plant.lng, timezone, lastChord === null ? null : String(lastChord), seenAtLast, batchSize],
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
    for (const c of await qualifying(run, within, p)) top.push(scoreCandidate(c, p));
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
  const rows: Row[] = await run(candidateSql(`AND sc.supplier_id = $5::uuid`), [p.process, plant.lat, plant.lng, timezone, supplierId]);
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  const [c] = await qualifying(run, within, p);
  return c ? scoreCandidate(c, p) : null;
}
