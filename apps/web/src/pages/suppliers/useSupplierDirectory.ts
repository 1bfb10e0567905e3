import { useMemo } from 'react';
import { NetworkStatus, useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router';
import { isRegion } from '../../catalog/regions';
import { SupplierDirectoryDocument, type Region, type SupplierFilter } from '../../generated/graphql';

export const PAGE_SIZE = 50;

export interface DirectoryFilter {
  search: string;
  region: Region | '';
  stateCode: string;
  process: string;
  certification: string;
}

/** The directory's filter lives in the URL (`/suppliers?search=…&region=BAJIO&process=…`). */
export function useDirectoryFilter(): [DirectoryFilter, (next: Partial<DirectoryFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<DirectoryFilter>(() => {
    const region = params.get('region') ?? '';
    return {
      search: params.get('search') ?? '',
      region: isRegion(region) ? region : '',
      stateCode: params.get('stateCode') ?? '',
      process: params.get('process') ?? '',
      certification: params.get('certification') ?? '',
    };
  }, [params]);
  const update = (next: Partial<DirectoryFilter>) => {
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v) out.set(k, v);
          else out.delete(k);
        }
        return out;
      },
      { replace: true },
    );
  };
  return [filter, update];
}

function toApiFilter(f: DirectoryFilter): SupplierFilter {
  return {
    search: f.search.trim() || undefined,
    region: f.region || undefined,
    stateCode: f.stateCode || undefined,
    process: f.process || undefined,
    certification: f.certification || undefined,
  };
}

/** One page of suppliers for the filter, and "more" appending the next page (Relay cursors). */
export function useSupplierDirectory(filter: DirectoryFilter) {
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(SupplierDirectoryDocument, {
    variables: { filter: apiFilter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.suppliers;
  const suppliers = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  return {
    suppliers,
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    error,
    loading: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    loadMore: () =>
      connection?.pageInfo.endCursor
        ? fetchMore({ variables: { after: connection.pageInfo.endCursor } }).then(() => undefined)
        : Promise.resolve(),
  };
}
