import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../generated/graphql';
import { useAuth } from './auth-context';

/** Renders its page for the given roles; sends others to sign in, or says the page is not theirs. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) {
    return (
      <Navigate to="/login" replace state={{ reason: 'required', from: `${location.pathname}${location.search}` }} />
    );
  }
  if (!roles.includes(session.role)) {
    return (
      <section className="page">
        <h1>{t('access.title')}</h1>
        <p role="alert">{t('access.forbidden')}</p>
      </section>
    );
  }
  return children;
}
