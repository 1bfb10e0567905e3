import { useQuery } from '@apollo/client';
import { SupplierProfileDocument } from '../../generated/graphql';

export function useSupplierProfile(id: string) {
  return useQuery(SupplierProfileDocument, { variables: { id } });
}
