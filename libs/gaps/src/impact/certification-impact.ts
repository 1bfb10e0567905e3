import { Candidate, compareScored, IATF, Scored } from '@enlace/matching';
import {
  COST_CQI_ASSESSMENT_USD,
  COST_IATF_FROM_SCRATCH_USD,
  IMPACT_TOP,
  IMPACT_VALID_YEARS,
  SCHEME_COST_USD,
} from '../gaps.constants';
import { certificationCost, coFundedOf } from '../gaps.service';

/** The candidate as it would be holding `scheme` valid from `today` for IMPACT_VALID_YEARS (everything else as held). */
export function withScheme(c: Candidate, scheme: string, today: string): Candidate {
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCFullYear(until.getUTCFullYear() + IMPACT_VALID_YEARS);
  const valid = new Map(c.valid);
  valid.set(scheme, until.toISOString().slice(0, 10));
  return { ...c, valid };
}

/**
 * The 1-based place `mine` would take in a ranking whose other entries are `top` (in rank order,
 * read one beyond IMPACT_TOP so that IMPACT_TOP others remain once the supplier itself is left out),
 * or null when it does not qualify or falls outside the top IMPACT_TOP.
 */
export function placeAmong(top: Scored[], mine: Scored | null): number | null {
  if (!mine) return null;
  const ahead = top.filter((o) => o.candidate.id !== mine.candidate.id && compareScored(o, mine) < 0).length;
  return ahead < IMPACT_TOP ? ahead + 1 : null;
}

/** Indicative cost of obtaining `scheme` (USD) and the co-funded share, as for development candidates. */
export function schemeCost(scheme: string, holdsIso9001: boolean): { total: number; coFunded: number } {
  if (scheme === IATF) return certificationCost(holdsIso9001, false);
  const total = scheme.startsWith('CQI-')
    ? COST_CQI_ASSESSMENT_USD
    : (SCHEME_COST_USD[scheme] ?? COST_IATF_FROM_SCRATCH_USD);
  return { total, coFunded: coFundedOf(total) };
}
