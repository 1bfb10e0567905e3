import { EARTH_RADIUS_M, kmToChord } from '@enlace/core';
import { boundLows, boundNeeded, PRUNE_MARGIN, StaticBound, staticBound, strongBatchBound } from './rank-key';
import {
  Candidate,
  canStop,
  compareScored,
  PROXIMITY_D0_KM,
  RankParams,
  Scored,
  scoreCandidate,
  Weights,
} from './scoring';

/**
 * The exact top-k search as a pure planner: which batch of candidates to read next and when to stop,
 * given what the batches read so far returned. No I/O: `rankTopK` (ranking-engine.ts) renders each
 * plan as SQL (batch-sql.ts), runs it and feeds the rows back.
 *
 * Candidates come from the GiST index on supplier_capabilities (process_code, rank_key). With static
 * bounds (rank-key.ts) the first batch is the near and strong rows (see strongBatchBound) and the next
 * one a range read in rings; otherwise batches come nearest-first in growing keyset steps (chord >=
 * last chord, minus the ids already read at exactly that chord) and one range batch up to the
 * distance the k-th score implies (stopRange). Once k candidates are in hand, every batch asks only
 * for rows whose score can still reach the k-th. The search stops once the k-th best score so far
 * cannot be beaten by any unread supplier (canStop, strongBatchBound), once a candidate lies beyond
 * maxDistanceKm, or when the index has no more rows.
 */

/** First batch size is max(MIN_BATCH, 2k); each further batch doubles, up to MAX_BATCH. */
export const MIN_BATCH = 64;
export const MAX_BATCH = 10_000;
/** Safety cap of a range batch; a cut range batch is followed by ordinary batches. */
export const RANGE_LIMIT = 20_000;
/** Rings of a range batch with a static bound (each with its own threshold on the bound). */
export const RANGE_RINGS = 4;

/** What does not change during one search. */
export interface SearchContext {
  params: RankParams;
  /** The static bound of rank_key that applies, or null (see staticBound). */
  bound: StaticBound | null;
  /**
   * With a bound, the first batch takes the rows nearest to the point (plant, best bound): near and
   * strong suppliers first, so the k-th score it yields is already high and the range read next is
   * small. Not with maxDistanceKm (its cut assumes distance order).
   */
  strongFirst: boolean;
  firstBatch: number;
}

export function searchContext(p: RankParams, boundsFrom?: string | null, minBatch?: number): SearchContext {
  const bound = staticBound(p, boundsFrom);
  return {
    params: p,
    bound,
    strongFirst: bound !== null && p.maxDistanceKm === null,
    firstBatch: minBatch ?? Math.max(MIN_BATCH, 2 * p.first),
  };
}

/** Position reached in distance order: the last chord read and the ids read at exactly that chord. */
export interface Keyset {
  chord: number;
  ids: string[];
}

/** A distance up to which one batch reads everything (see stopRange). */
export interface StopRange {
  chord: number;
  /** A lower bound of the kilometres of any supplier beyond `chord`. */
  km: number;
}

export interface SearchState {
  /** The best k so far, in result order. */
  top: Scored[];
  batches: number;
  keyset: Keyset | null;
  /** Ids read by the strong first batch (not in distance order): later batches skip them. */
  exclude: string[];
  /** Limit of the next ordinary batch. */
  batchSize: number;
  /** The range batch to read next, if any. */
  range: StopRange | null;
  /** Farthest range planned so far (a range is never read twice, so the search always progresses). */
  rangeTried: number;
  done: boolean;
}

/** One ring of a range batch: rows up to `outer`, with a static bound of at least `lows` (null: any). */
export interface Ring {
  outer: number;
  lows: [number, number] | null;
}

/** The next read. */
export interface BatchPlan {
  /** 'plant': nearest-first; 'strong': nearest to (plant, best static bound). */
  order: 'plant' | 'strong';
  limit: number;
  /** Only rows at or beyond this position in distance order. */
  after: Keyset | null;
  exclude: string[];
  /** Only rows whose score can reach this (the k-th score so far minus a margin); null before k candidates. */
  minScore: number | null;
  /** Only rows whose static bound reaches these lower ends in dims 4 and 5 (skipped inside the index). */
  lows: [number, number] | null;
  /** Every row up to the range's chord (a range batch), read through these rings. */
  range: (StopRange & { rings: Ring[] }) | null;
}

/** A row of a batch: the candidate and, in a strong batch, its distance in that batch's order. */
export interface BatchRow {
  candidate: Candidate;
  strongDistance: number | null;
}

export function startSearch(ctx: SearchContext): SearchState {
  return {
    top: [],
    batches: 0,
    keyset: null,
    exclude: [],
    batchSize: ctx.firstBatch,
    range: null,
    rangeTried: -1,
    done: false,
  };
}

/** The k-th best so far, or null before k candidates. */
function kthEntry(s: SearchState, ctx: SearchContext): Scored | null {
  return s.top.length === ctx.params.first ? s.top[ctx.params.first - 1] : null;
}

export function planBatch(s: SearchState, ctx: SearchContext): BatchPlan {
  const kth = kthEntry(s, ctx)?.score ?? null;
  const from = s.keyset?.chord ?? 0;
  const w = ctx.params.weights;
  return {
    order: s.batches === 0 && ctx.strongFirst ? 'strong' : 'plant',
    limit: s.range ? RANGE_LIMIT : s.batchSize,
    after: s.keyset,
    exclude: s.exclude,
    minScore: kth === null ? null : kth - PRUNE_MARGIN,
    lows: kth !== null && ctx.bound && !s.range ? boundLows(ctx.bound, boundNeeded(kth, from, w, ctx.bound)) : null,
    range: kth !== null && s.range ? { ...s.range, rings: rangeRings(from, s.range.chord, kth, w, ctx.bound) } : null,
  };
}

/**
 * Rings from `from` to `to` (boxes let the index restrict the scan to the range, a bare distance
 * bound would not); with a static bound, each requires the bound a row at its inner edge needs (a row
 * in ring i lies inside box i).
 */
function rangeRings(from: number, to: number, kth: number, w: Weights, bound: StaticBound | null): Ring[] {
  const rings = bound ? RANGE_RINGS : 1;
  return Array.from({ length: rings }, (_, i) => ({
    outer: i === rings - 1 ? to : (from + ((to - from) * (i + 1)) / rings) * (1 + 1e-9),
    lows: bound ? boundLows(bound, boundNeeded(kth, from + ((to - from) * i) / rings, w, bound)) : null,
  }));
}

/** The state after `plan` returned `rows`: the top k so far, whether to stop, and what to read next. */
export function absorbBatch(s: SearchState, plan: BatchPlan, rows: BatchRow[], ctx: SearchContext): SearchState {
  const max = ctx.params.maxDistanceKm;
  const beyond = max === null ? -1 : rows.findIndex((r) => r.candidate.km > max);
  const within = beyond < 0 ? rows : rows.slice(0, beyond);
  const scored = within.map((r) => scoreCandidate(r.candidate, ctx.params));
  const read: SearchState = {
    ...s,
    top: [...s.top, ...scored].sort(compareScored).slice(0, ctx.params.first),
    batches: s.batches + 1,
  };
  // fewer rows than asked: every qualifying row of that order was read (a range batch: up to its chord)
  const exhausted = rows.length < plan.limit;
  if (beyond >= 0 || (exhausted && !plan.range)) return { ...read, done: true };
  const moved = plan.order === 'strong' ? afterStrongBatch(read, rows, ctx) : afterDistanceBatch(read, rows, ctx);
  if (moved.done) return moved;
  // every unread supplier lies beyond a range read in full: at least its km away
  const kth = kthEntry(read, ctx);
  if (plan.range && exhausted && kth && canStop(kth, plan.range.km, ctx.params.weights))
    return { ...moved, done: true };
  return nextRange(moved, plan, ctx);
}

/** Every unread row is at least the last distance away in the strong order: stop if none can reach the k-th. */
function afterStrongBatch(s: SearchState, rows: BatchRow[], ctx: SearchContext): SearchState {
  const kth = kthEntry(s, ctx)?.score ?? null;
  const d = (rows[rows.length - 1].strongDistance ?? 0) * (1 - 1e-9);
  const done = kth !== null && kth > strongBatchBound(d, ctx.params.weights, ctx.bound!.rho) + PRUNE_MARGIN;
  return { ...s, done, exclude: rows.map((r) => r.candidate.id) };
}

/** Moves the keyset to the last row read; stops when no farther supplier can enter the top k. */
function afterDistanceBatch(s: SearchState, rows: BatchRow[], ctx: SearchContext): SearchState {
  if (!rows.length) return s;
  const last = rows[rows.length - 1].candidate;
  const atLast = rows.filter((r) => r.candidate.chord === last.chord).map((r) => r.candidate.id);
  const keyset = { chord: last.chord, ids: s.keyset?.chord === last.chord ? [...s.keyset.ids, ...atLast] : atLast };
  const kth = kthEntry(s, ctx);
  return { ...s, keyset, done: kth !== null && canStop(kth, last.km, ctx.params.weights) };
}

/** A range batch next when the k-th score implies one not read yet, else an ordinary batch twice as big. */
function nextRange(s: SearchState, plan: BatchPlan, ctx: SearchContext): SearchState {
  const batchSize = plan.range ? MIN_BATCH : s.batchSize;
  const kth = kthEntry(s, ctx);
  const r = kth && stopRange(kth.score, ctx.params.weights);
  if (r && r.chord > s.rangeTried && (s.keyset === null || r.chord > s.keyset.chord))
    return { ...s, batchSize, range: r, rangeTried: r.chord };
  return { ...s, batchSize: Math.min(MAX_BATCH, batchSize * 2), range: null };
}

/**
 * Once the k-th score so far is s, no supplier farther than the distance d where
 * UB(d) = s can enter the top k, and the k-th score only rises: reading every qualifying supplier
 * up to (a little beyond) d in one batch finishes the search. Returns that chord (with a margin)
 * and a lower bound of the kilometres of any supplier beyond it, or null when no distance bounds
 * s (e.g. proximity weight 0). Exactness does not depend on this: the search still stops only when
 * canStop holds, else it goes on with ordinary batches.
 */
export function stopRange(kthScore: number, w: Weights): StopRange | null {
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
