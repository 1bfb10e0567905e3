import { chordToKm } from '@enlace/core';
import {
  CAPABILITY_BASE,
  CAPABILITY_FULL_MATERIALS,
  CAPABILITY_MATERIALS,
  CAPABILITY_NOTES,
  CERT_PART_ASSESSMENT,
  CERT_PART_BASELINE,
  CERT_PART_REQUESTED,
  CERT_STRENGTH_FLOOR,
  DEFAULT_WEIGHTS,
  FRESHNESS_HALF_LIFE_DAYS,
  FULL_STRENGTH_DAYS,
  IATF,
  ISO_9001,
  ISO_9001_BASELINE_FACTOR,
  proximity,
  RankParams,
  Weights,
} from './scoring';

/**
 * The static score bounds inside the ranking's GiST index (migrations 1765200000000 and
 * 1765400000000). `supplier_capabilities.rank_key` is a 5-dimensional cube: the earth point and two
 * intervals [low, scale * V], V an upper bound of the non-proximity part of the score under the
 * default weights (dim 4: any query; dim 5: queries whose only requested scheme is a required IATF
 * 16949), valid from `ranking_bounds.valid_from` on.
 *
 * The database computes V with the constants below, and only with them: `ranking rebase` (and the
 * API's start, see ranking-bounds.ts) stores them in `ranking_bounds.constants`, from which
 * `enlace_define_rank_key` builds `enlace_rank_key`, and rewrites the rows. The ranking uses the bounds
 * only while the stored constants equal these, so a change here never makes it inexact.
 */
export interface RankKeyConstants {
  /** Metres per unit of bound in dims 4 and 5 (1 km per 0.01 of score). */
  scale: number;
  /** Lower end of the bound intervals (far below any bound, so that geography drives the index's splits). */
  low: number;
  weight_certification: number;
  weight_capability: number;
  weight_freshness: number;
  cert_part_requested: number;
  cert_part_baseline: number;
  cert_part_assessment: number;
  iso_9001_baseline_factor: number;
  cert_strength_floor: number;
  full_strength_days: number;
  freshness_half_life_days: number;
  capability_base: number;
  capability_materials: number;
  capability_full_materials: number;
  capability_notes: number;
  iatf: string;
  iso_9001: string;
}

/** Metres per unit of static bound: matches how fast proximity falls near a plant under the default weights. */
const RANK_KEY_SCALE = 1e5;

export const RANK_KEY_CONSTANTS: RankKeyConstants = {
  scale: RANK_KEY_SCALE,
  low: -1e11,
  weight_certification: DEFAULT_WEIGHTS.certification,
  weight_capability: DEFAULT_WEIGHTS.capability,
  weight_freshness: DEFAULT_WEIGHTS.freshness,
  cert_part_requested: CERT_PART_REQUESTED,
  cert_part_baseline: CERT_PART_BASELINE,
  cert_part_assessment: CERT_PART_ASSESSMENT,
  iso_9001_baseline_factor: ISO_9001_BASELINE_FACTOR,
  cert_strength_floor: CERT_STRENGTH_FLOOR,
  full_strength_days: FULL_STRENGTH_DAYS,
  freshness_half_life_days: FRESHNESS_HALF_LIFE_DAYS,
  capability_base: CAPABILITY_BASE,
  capability_materials: CAPABILITY_MATERIALS,
  capability_full_materials: CAPABILITY_FULL_MATERIALS,
  capability_notes: CAPABILITY_NOTES,
  iatf: IATF,
  iso_9001: ISO_9001,
};

/** The highest static bound (every non-proximity component at 1): the strong first batch's target. */
export const RANK_KEY_BEST = DEFAULT_WEIGHTS.certification + DEFAULT_WEIGHTS.capability + DEFAULT_WEIGHTS.freshness;

/** Beyond every coordinate (earth points are within 6.4e6 m; scaled bounds within [0, scale * RANK_KEY_BEST]). */
export const FAR = 1e12;

/** Slack of the SQL bounds (float rounding differs between SQL and JavaScript by far less). */
export const PRUNE_MARGIN = 1e-9;

/**
 * The static bound that applies to a query: `dim` 5 (Vi) when the only requested scheme is a
 * required IATF 16949, else 4 (Vg); `rho` scales it to the query's weights (non-proximity score <=
 * rho * V).
 */
export interface StaticBound {
  dim: 4 | 5;
  rho: number;
}

/**
 * Null when no bound applies: the caller did not give the date the bounds hold from
 * (ranking_bounds.valid_from, null when they were computed with other constants), today is before
 * it, or no weight is outside proximity.
 */
export function staticBound(p: RankParams, boundsFrom: string | null | undefined): StaticBound | null {
  if (!boundsFrom || p.today < boundsFrom) return null;
  const w = p.weights;
  const rho = Math.max(
    w.certification / DEFAULT_WEIGHTS.certification,
    w.capability / DEFAULT_WEIGHTS.capability,
    w.freshness / DEFAULT_WEIGHTS.freshness,
  );
  if (!(rho > 0) || !Number.isFinite(rho)) return null;
  const requested = [...p.required, ...p.preferred];
  return { dim: requested.length === 1 && requested[0] === IATF && p.required.includes(IATF) ? 5 : 4, rho };
}

/** Lowest static bound a row at `chord` or farther needs to reach the k-th score `kth`. */
export function boundNeeded(kth: number, chord: number, w: Weights, bound: StaticBound): number {
  return (kth - PRUNE_MARGIN - w.proximity * proximity(chordToKm(chord))) / bound.rho - PRUNE_MARGIN;
}

/** Lower ends in dims 4 and 5 of a box requiring at least `v` in the bound's dimension. */
export function boundLows(bound: StaticBound, v: number): [number, number] {
  return bound.dim === 4 ? [v * RANK_KEY_SCALE, -FAR] : [-FAR, v * RANK_KEY_SCALE];
}

/**
 * The best score of any row a strong first batch did not read: such a row lies at least `d` (the
 * batch's last distance in that order) from the point (plant, best bound), i.e. chord^2 +
 * (scale * delta)^2 >= d^2 where its bound is RANK_KEY_BEST - delta, and scores at most
 * w_prox * proximity(chord) + rho * (RANK_KEY_BEST - delta). Maximised piecewise over delta: on each
 * piece the proximity term is taken at the piece's largest delta (smallest chord) and the bound term at
 * its smallest, so the result is an upper bound.
 */
export function strongBatchBound(d: number, w: Weights, rho: number): number {
  const pieces = 64;
  const reach = Math.min(RANK_KEY_BEST, d / RANK_KEY_SCALE);
  // with delta >= d / scale the row may sit at the plant
  const atPlant =
    d / RANK_KEY_SCALE < RANK_KEY_BEST ? w.proximity + rho * (RANK_KEY_BEST - d / RANK_KEY_SCALE) : -Infinity;
  const onPieces = Array.from({ length: pieces }, (_, i) => {
    const lo = (reach * i) / pieces;
    const hi = (reach * (i + 1)) / pieces;
    const chord = Math.sqrt(Math.max(0, d * d - (RANK_KEY_SCALE * hi) ** 2));
    return w.proximity * proximity(chordToKm(chord)) + rho * (RANK_KEY_BEST - lo);
  });
  return Math.max(atPlant, ...onPieces);
}

/** The point the strong first batch orders by: the plant, at the best bound in the bound's dimension. */
export function strongTarget(bound: StaticBound): [number, number] {
  return bound.dim === 4 ? [RANK_KEY_BEST * RANK_KEY_SCALE, 0] : [0, RANK_KEY_BEST * RANK_KEY_SCALE];
}
