import type { ComplexityEstimator, ComplexityEstimatorArgs } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/cursor';

/*
 * Query cost metadata (`complexity` on @Field, @Query, @ResolveField), read by the API's cost
 * check before an operation executes. The unit: one field resolved for one object costs 1. Fields
 * without metadata are priced from their schema type (see apps/api/src/graphql/query-cost.ts):
 * a list multiplies its selection by its `first`, a connection by its page size. Fields whose work
 * is not in their selection (a live ranking, a list returned whole) declare it here.
 */

/** One live ranking of suppliers for a plant and a process (KNN batches, scoring, the final rows). */
export const RANKING_COST = 250;

/** Scoring one supplier against one sourcing request. */
export const SCORE_ONE_COST = 25;

/** Assumed length of a list that a field returns whole (no `first`), e.g. `sourcingRequests`. */
export const UNPAGED_LIST_SIZE = 50;

/** The page size a `first` argument asks for, within 0..MAX_PAGE_SIZE (resolvers refuse the rest). */
export function requestedPageSize(first: unknown, whenAbsent = DEFAULT_PAGE_SIZE): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return whenAbsent;
  return Math.min(Math.max(Math.trunc(first), 0), MAX_PAGE_SIZE);
}

export interface ListCost {
  /** How many items: a number, or computed from the field's arguments (variables applied). */
  size: number | ((args: ComplexityEstimatorArgs['args']) => number);
  /** Work done once for the field, whatever its selection (e.g. RANKING_COST). */
  fixed?: number;
  /** Work done for each item on top of its selection (e.g. SCORE_ONE_COST). */
  perItem?: number;
}

/** `complexity` of a list field: 1 + fixed + size × (perItem + the cost of its selection). */
export function listComplexity({ size, fixed = 0, perItem = 0 }: ListCost): ComplexityEstimator {
  return ({ args, childComplexity }) =>
    1 + fixed + (typeof size === 'number' ? size : size(args)) * (perItem + childComplexity);
}
