import { useMutation } from '@apollo/client';
import { LoginDocument } from '../../generated/graphql';

export function useLogin() {
  return useMutation(LoginDocument);
}
