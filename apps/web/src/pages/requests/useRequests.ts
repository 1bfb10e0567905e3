import { useQuery } from '@apollo/client';
import { SourcingRequestsDocument, type SourcingRequestStatus } from '../../generated/graphql';

export function useRequests(status: SourcingRequestStatus | null) {
  return useQuery(SourcingRequestsDocument, { variables: { status }, fetchPolicy: 'cache-and-network' });
}
