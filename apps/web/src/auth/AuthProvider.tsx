import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client';
import { useLocation, useNavigate } from 'react-router';
import { setUnauthenticatedHandler } from '../api/client';
import type { Role } from '../generated/graphql';
import { AuthContext, type Auth, type SignOutReason } from './auth-context';
import { clearSession, readSession, sessionFromLogin, writeSession, type Session } from './session';

/**
 * The session for the tab. Signing out (or the token expiring, or the API answering UNAUTHENTICATED)
 * drops the token and the cached data; an expiry returns to /login with a message and the page to
 * come back to. The API has no `logout` operation yet, so signing out only forgets the token here.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();

  const signOut = useCallback(
    (reason: SignOutReason) => {
      clearSession();
      setSession(null);
      void client.clearStore();
      const from = `${location.pathname}${location.search}`;
      void navigate('/login', { replace: reason === 'expired', state: { reason, from } });
    },
    [client, navigate, location.pathname, location.search],
  );

  const signIn = useCallback((token: string, role: Role) => {
    const s = sessionFromLogin(token, role);
    writeSession(s);
    setSession(s);
    return s;
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => signOut('expired'));
  }, [signOut]);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const timer = window.setTimeout(() => signOut('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<Auth>(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
