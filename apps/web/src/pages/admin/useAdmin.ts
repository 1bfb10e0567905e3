import { useMutation, useQuery } from '@apollo/client';
import {
  ExpiringCertificatesDocument,
  ImportSuppliersDocument,
  RegisterUserDocument,
  RevokeSessionsDocument,
  SetUserActiveDocument,
  StaleProfilesDocument,
  UsersDocument,
  type Role,
} from '../../generated/graphql';

export const USERS_PAGE = 20;

export function useImportSuppliers() {
  return useMutation(ImportSuppliersDocument);
}

export function useUsers(after: string | null, role: Role | null) {
  return useQuery(UsersDocument, { variables: { first: USERS_PAGE, after, role }, fetchPolicy: 'cache-and-network' });
}

export function useRegisterUser() {
  return useMutation(RegisterUserDocument, { refetchQueries: [UsersDocument] });
}

export function useSetUserActive() {
  return useMutation(SetUserActiveDocument);
}

export function useRevokeSessions() {
  return useMutation(RevokeSessionsDocument);
}

export function useStaleProfiles() {
  return useQuery(StaleProfilesDocument, { variables: { days: 180 } });
}

export function useExpiringCertificates() {
  return useQuery(ExpiringCertificatesDocument, { variables: { withinDays: 90 } });
}
