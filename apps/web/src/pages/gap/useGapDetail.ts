import { useQuery } from '@apollo/client';
import { GapDetailDocument, type Region } from '../../generated/graphql';

/** How many development candidates the page lists. */
export const CANDIDATES = 25;

/** The analyst's view of one gap: candidates, the region's report and the gap's history (FORBIDDEN for others). */
export function useGapDetail(region: Region | null, process: string, radiusKm: number | null, skip: boolean) {
  return useQuery(GapDetailDocument, {
    variables: { region: region ?? 'BAJIO', process, radiusKm, first: CANDIDATES },
    skip: skip || !region,
    fetchPolicy: 'cache-and-network',
  });
}
