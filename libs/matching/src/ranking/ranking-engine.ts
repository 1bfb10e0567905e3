import { baseParams, batchQuery, batchRow, factCandidate, FactRow, factSql } from './batch-sql';
import { Candidate, qualifies, relevantSchemes, RankParams, Scored, scoreCandidate } from './scoring';
import { absorbBatch, planBatch, searchContext, SearchState, startSearch } from './search-plan';

/** Anything that runs SQL with $n parameters and returns rows of the type asked for: a TypeORM EntityManager, a pool, a pg Client. */
export type SqlRunner = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export interface PlantPoint {
  lat: number;
  lng: number;
}

export interface RankOptions {
  /** Size of the first batch (default max(64, 2k)). */
  minBatch?: number;
  /** The relevant schemes that are not superseded, when the caller knows them (catalogue cache). */
  usable?: Set<string>;
  /** The day from which rank_key's static bounds hold (readBoundsFrom); none: not used. */
  boundsFrom?: string | null;
  /** Called once with the top k after the first batch when more batches follow (usually the final ids: callers may start loading them). */
  onProvisional?: (ids: string[]) => void;
}

/** The relevant schemes that are not superseded (a superseded scheme is never held valid). */
async function usableSchemes(run: SqlRunner, p: RankParams): Promise<Set<string>> {
  const rows = await run<{ code: string }>(
    `SELECT code FROM certification_schemes WHERE code = ANY($1::text[]) AND superseded_by IS NULL`,
    [relevantSchemes(p)],
  );
  return new Set(rows.map((r) => r.code));
}

/**
 * Exact top-k ranking (best first): runs the batches the planner (search-plan.ts) asks for until it says stop.
 * Each capability row carries everything scoring needs (confirmation date, certificate summary), so a
 * batch is one query with no join.
 */
export async function rankTopK(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
  options: RankOptions = {},
): Promise<Scored[]> {
  const usable = options.usable ?? (await usableSchemes(run, p));
  if (!p.required.every((s) => usable.has(s))) return [];
  const ctx = searchContext(p, options.boundsFrom, options.minBatch);
  const base = baseParams(p, plant, timezone);
  let state: SearchState = startSearch(ctx);
  while (!state.done) {
    const plan = planBatch(state, ctx);
    const { sql, params } = batchQuery(plan, p, ctx.bound, usable, base);
    const rows = await run<FactRow>(sql, params);
    state = absorbBatch(
      state,
      plan,
      rows.map((r) => batchRow(r, usable, p.today)),
      ctx,
    );
    if (state.batches === 1 && !state.done && state.top.length === p.first)
      options.onProvisional?.(state.top.map((m) => m.candidate.id));
  }
  return state.top;
}

/** A supplier's capability row for the process as a candidate (its certificates as held today), or null without the process. */
export async function candidateOf(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
  supplierId: string,
  usable?: Set<string>,
): Promise<Candidate | null> {
  const schemes = usable ?? (await usableSchemes(run, p));
  const rows: FactRow[] = await run(factSql(0, `AND sc.supplier_id = $6::uuid`), [
    ...baseParams({ ...p, required: [] }, plant, timezone),
    supplierId,
  ]);
  return rows.length ? factCandidate(rows[0], schemes, p.today) : null;
}

/** One supplier's match for the parameters, or null when it does not qualify (used for awards and supplier opportunities). */
export async function scoreOne(
  run: SqlRunner,
  plant: PlantPoint,
  p: RankParams,
  timezone: string,
  supplierId: string,
): Promise<Scored | null> {
  const c = await candidateOf(run, plant, p, timezone, supplierId);
  return c && qualifies(c, p) ? scoreCandidate(c, p) : null;
}
