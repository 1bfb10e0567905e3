import type { Region } from '../../generated/graphql';

// Placeholder until the API has capabilityGapBrief.
export function BriefButton(_: { region: Region; radiusKm: number }) {
  return null;
}
