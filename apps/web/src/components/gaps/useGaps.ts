import { useQuery } from '@apollo/client';
import type { LoaderFunctionArgs } from 'react-router';
import { client } from '../../api/client';
import { CapabilityGapsDocument } from '../../generated/graphql';
import { gapFiltersFromParams, gapInputOf, type GapFilters } from './gaps';

/**
 * The route's loader for /gaps: asks the API for the URL's gaps as the router enters the page, while the
 * page's code still loads, without waiting for the answer (useGaps then joins the request in flight, or
 * reads its answer from the cache).
 */
export function prefetchGaps({ request }: LoaderFunctionArgs): null {
  const filters = gapFiltersFromParams(new URL(request.url).searchParams);
  client
    .query({ query: CapabilityGapsDocument, variables: { input: gapInputOf(filters) }, fetchPolicy: 'network-only' })
    .catch(() => undefined); // useGaps asks again and shows the error
  return null;
}

/** The API's capability gaps for the filters' region and radius (public aggregates). */
export function useGaps(filters: GapFilters) {
  return useQuery(CapabilityGapsDocument, {
    variables: { input: gapInputOf(filters) },
    fetchPolicy: 'cache-first',
  });
}
