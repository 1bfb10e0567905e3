// A ranking query as the forms edit it and as the URL carries it: parameters named after MatchInput's
// fields, lists repeating the parameter (`/match?plantId=…&process=…&requiredCertifications=IATF-16949`).
import type { MatchInput } from '../../generated/graphql';

export interface Criteria {
  plantId: string;
  process: string;
  requiredCertifications: string[];
  preferredCertifications: string[];
  /** As typed (empty = no limit). */
  maxDistanceKm: string;
  /** As typed (empty = the API's default, 20). */
  first: string;
}

export const EMPTY_CRITERIA: Criteria = {
  plantId: '',
  process: '',
  requiredCertifications: [],
  preferredCertifications: [],
  maxDistanceKm: '',
  first: '',
};

export function criteriaFromParams(params: URLSearchParams): Criteria {
  return {
    // `plant` is accepted too (older links and the contract's short example)
    plantId: params.get('plantId') ?? params.get('plant') ?? '',
    process: params.get('process') ?? '',
    requiredCertifications: params.getAll('requiredCertifications'),
    preferredCertifications: params.getAll('preferredCertifications'),
    maxDistanceKm: params.get('maxDistanceKm') ?? '',
    first: params.get('first') ?? '',
  };
}

export function paramsFromCriteria(c: Criteria, keep?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const lang = keep?.get('lang');
  if (lang) out.set('lang', lang);
  if (c.plantId) out.set('plantId', c.plantId);
  if (c.process) out.set('process', c.process);
  c.requiredCertifications.forEach((s) => out.append('requiredCertifications', s));
  c.preferredCertifications.forEach((s) => out.append('preferredCertifications', s));
  if (c.maxDistanceKm.trim()) out.set('maxDistanceKm', c.maxDistanceKm.trim());
  if (c.first.trim()) out.set('first', c.first.trim());
  return out;
}

function numberOrUndefined(text: string): number | undefined {
  const v = text.trim();
  return v === '' ? undefined : Number(v);
}

/** The API input for complete criteria (plant and process chosen), else null. */
export function matchInputOf(c: Criteria): MatchInput | null {
  if (!c.plantId || !c.process) return null;
  const first = numberOrUndefined(c.first);
  return {
    plantId: c.plantId,
    process: c.process,
    requiredCertifications: c.requiredCertifications,
    preferredCertifications: c.preferredCertifications,
    maxDistanceKm: numberOrUndefined(c.maxDistanceKm),
    first: first === undefined ? undefined : Math.trunc(first),
  };
}
