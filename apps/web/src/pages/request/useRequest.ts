import { useMutation, useQuery } from '@apollo/client';
import {
  AwardSourcingRequestDocument,
  CancelSourcingRequestDocument,
  SourcingRequestDetailDocument,
  SourcingRequestsDocument,
} from '../../generated/graphql';

export const LIVE_MATCHES = 20;

export function useRequest(id: string) {
  return useQuery(SourcingRequestDetailDocument, {
    variables: { id, first: LIVE_MATCHES },
    fetchPolicy: 'cache-and-network',
  });
}

export function useAwardRequest() {
  return useMutation(AwardSourcingRequestDocument, { refetchQueries: [SourcingRequestsDocument] });
}

export function useCancelRequest() {
  return useMutation(CancelSourcingRequestDocument, { refetchQueries: [SourcingRequestsDocument] });
}
