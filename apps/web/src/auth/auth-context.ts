import { createContext, useContext } from 'react';
import type { Role } from '../generated/graphql';
import type { Session } from './session';

export type SignOutReason = 'user' | 'expired';

export interface Auth {
  session: Session | null;
  signIn: (token: string, role: Role) => Session;
  signOut: (reason: SignOutReason) => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Whether the signed-in role is one of `roles`. */
export function useHasRole(...roles: Role[]): boolean {
  const { session } = useAuth();
  return !!session && roles.includes(session.role);
}
