import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client';
import { useLocation, useNavigate } from 'react-router';
import { setUnauthenticatedHandler } from '../api/client';
import { LogoutDocument, MeDocument, type Role } from '../generated/graphql';
import { AuthContext, type Auth, type SignOutReason } from './auth-context';
import { clearSession, readSession, sessionFromLogin, writeSession, type Session } from './session';

/**
 * The session for the tab. Signing out revokes the token (`logout`) and drops it and the cached
 * data; the token expiring, or the API answering UNAUTHENTICATED (also to the `me` check made when
 * the app opens with a kept session), returns to /login with a message and the page to come back to.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();

  const signOut = useCallback(
    (reason: SignOutReason) => {
      // Revoke the token (sent explicitly: the session is forgotten before the request leaves), then
      // drop the cached data; the tab forgets the token whatever the answer, offline included.
      const token = readSession()?.token;
      const revoke =
        reason === 'user' && token
          ? client
              .mutate({ mutation: LogoutDocument, context: { headers: { authorization: `Bearer ${token}` } } })
              .catch(() => undefined)
          : Promise.resolve();
      clearSession();
      setSession(null);
      void revoke.then(() => client.clearStore());
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

  // A kept session is checked with the API when the app opens; `me` is null when the token no longer
  // works (an UNAUTHENTICATED answer ends the session through the client's handler).
  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    void client
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (data.me === null && readSession()?.token === token) signOut('expired');
      })
      .catch(() => undefined);
    // once per token, not again when signOut changes with the location
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token, client]);

  useEffect(() => {
    if (!session?.expiresAt) return;
    const timer = window.setTimeout(() => signOut('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<Auth>(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
