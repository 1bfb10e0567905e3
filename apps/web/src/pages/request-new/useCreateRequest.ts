import { useMutation } from '@apollo/client';
import { CreateSourcingRequestDocument, SourcingRequestsDocument } from '../../generated/graphql';

export function useCreateRequest() {
  return useMutation(CreateSourcingRequestDocument, { refetchQueries: [SourcingRequestsDocument] });
}
