import { useQuery } from '@apollo/client';
import { CapabilityGapsDocument } from '../../generated/graphql';
import { gapInputOf, type GapFilters } from './gaps';

/** The API's capability gaps for the filters' region and radius (public aggregates). */
export function useGaps(filters: GapFilters) {
  return useQuery(CapabilityGapsDocument, {
    variables: { input: gapInputOf(filters) },
    fetchPolicy: 'cache-and-network',
  });
}
