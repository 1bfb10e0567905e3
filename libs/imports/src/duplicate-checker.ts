import { DataSource, QueryRunner } from 'typeorm';
import { PossibleDuplicate } from './import-report';
import { CreatedRow } from './batch-plan';

/** Trigram similarity above which a nearby supplier's name counts as a possible duplicate. */
export const DUPLICATE_NAME_SIMILARITY = 0.6;
/** Great-circle distance (km) under which a similar name counts as a possible duplicate. */
export const DUPLICATE_DISTANCE_KM = 1;
/** Nearest suppliers examined per incoming row for the possible-duplicate test. */
export const DUPLICATE_CANDIDATES = 10;

/** Runs a read-only statement somewhere (a checker's snapshot, or the batch's own transaction). */
export type ReadQuery = (sql: string, params: unknown[]) => Promise<unknown>;

interface SimilarRow {
  ord: number;
  id: string;
  name: string;
  sim: number;
  km: number;
}

/** The possible-duplicate check could not take its snapshot: the import stops (nothing half-written). */
export class DuplicateCheckUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the possible-duplicate check could not start: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DuplicateCheckUnavailable';
  }
}

/** A check whose snapshot is taken; `run` once the batch has committed, `cancel` if it did not. */
export interface PendingCheck {
  run(): Promise<PossibleDuplicate[]>;
  cancel(): void;
}

/**
 * Runs the similar-name check of committed batches, at most `connections` at a time, each on a
 * pooled connection of its own. `open` takes a read-only REPEATABLE READ snapshot; called just
 * before a batch commits (and after every earlier batch has), the snapshot holds exactly the
 * suppliers that existed before the batch, so the check can run later, alongside the writes of the
 * following batches, and still compare each row with what it would have seen had the batches run one
 * after another. `open` waits while `connections` checks are open, which bounds the checks (and the
 * rows they hold) in flight.
 */
export class DuplicateChecker {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    connections: number,
  ) {
    this.free = connections;
  }

  async open(rows: CreatedRow[]): Promise<PendingCheck> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    const qr = this.dataSource.createQueryRunner();
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await qr.query('SELECT pg_current_snapshot()'); // the transaction's snapshot is taken here
    } catch (e) {
      await this.end(qr);
      throw new DuplicateCheckUnavailable(e);
    }
    let settled = false;
    return {
      run: async () => {
        if (settled) throw new Error('possible-duplicate check already settled');
        settled = true;
        try {
          return await findSimilarNearby((sql, p) => qr.query(sql, p), rows);
        } finally {
          await this.end(qr);
        }
      },
      cancel: () => {
        if (settled) return;
        settled = true;
        void this.end(qr);
      },
    };
  }

  /** Ends the read-only transaction (nothing to commit), returns the connection, frees the slot. */
  private async end(qr: QueryRunner): Promise<void> {
    await qr.query('ROLLBACK').catch(() => undefined);
    await qr.release().catch(() => undefined);
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * For each row, the most similar existing supplier among its DUPLICATE_CANDIDATES nearest (KNN on
 * the GiST index) that lies within DUPLICATE_DISTANCE_KM and whose folded name has trigram
 * similarity above DUPLICATE_NAME_SIMILARITY, as a possible duplicate. Bounded work per row however
 * dense the area; the similarity is computed once per neighbour, and only for neighbours within the
 * distance. The distance test is on the chord (as the index orders by it), with the great-circle km
 * deciding only in a thin band around the limit, so it is the same test as `km < limit`. The KNN
 * scan is confined to the box around that distance: only neighbours inside it can count, and rows
 * the snapshot cannot see (written by batches committed after it) are then never searched for
 * beyond it.
 */
export async function findSimilarNearby(query: ReadQuery, rows: CreatedRow[]): Promise<PossibleDuplicate[]> {
  if (!rows.length) return [];
  const found = (await query(
    `WITH x AS MATERIALIZED (
       SELECT ord, public.enlace_fold(name) AS fname, public.enlace_earth(lat, lng) AS pt
         FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) AS u(ord, name, lat, lng)),
     band AS MATERIALIZED (SELECT public.enlace_km_to_chord($6::float8) * (1 - 1e-9) AS lo, public.enlace_km_to_chord($6::float8) * (1 + 1e-9) AS hi)
     SELECT x.ord, d.id, d.name, d.sim, public.enlace_chord_to_km(d.chord) AS km
       FROM x CROSS JOIN band CROSS JOIN LATERAL (
         SELECT n.id, n.name, n.sim, n.chord
           FROM (SELECT k.id, k.name, k.chord,
                        CASE WHEN k.chord < band.lo OR (k.chord < band.hi AND public.enlace_chord_to_km(k.chord) < $6::float8)
                             THEN similarity(k.search_name, x.fname) END AS sim
                   FROM (SELECT s.id, s.name, s.search_name, s.geo OPERATOR(public.<->) x.pt AS chord
                           FROM suppliers s
                          WHERE s.geo OPERATOR(public.<@) public.cube_enlarge(x.pt, band.hi, 3)
                          ORDER BY s.geo OPERATOR(public.<->) x.pt
                          LIMIT ${DUPLICATE_CANDIDATES}) k
                 OFFSET 0) n
          WHERE n.sim > $5
          ORDER BY n.sim DESC, n.id
          LIMIT 1) d
      ORDER BY x.ord`,
    [
      rows.map((_, i) => i),
      rows.map((c) => c.name),
      rows.map((c) => c.lat),
      rows.map((c) => c.lng),
      DUPLICATE_NAME_SIMILARITY,
      DUPLICATE_DISTANCE_KM,
    ],
  )) as SimilarRow[];
  return found.map((r) => {
    const c = rows[r.ord];
    return {
      line: c.line,
      name: c.name,
      existingId: r.id,
      existingName: r.name,
      reason: `similar name (similarity ${Number(r.sim).toFixed(2)}) ${Number(r.km).toFixed(2)} km away`,
    };
  });
}
