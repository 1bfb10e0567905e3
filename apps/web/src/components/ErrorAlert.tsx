import type { ApolloError } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

/** An API error, next to what caused it, announced to screen readers. */
export function ErrorAlert({
  error,
  className,
  overrides,
}: {
  error: ApolloError | undefined | null;
  className?: string;
  /** Messages for particular codes in this place (e.g. UNAUTHENTICATED on the sign-in form). */
  overrides?: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className={`alert alert-error ${className ?? ''}`}>
      {errorMessage(error, t, overrides)}
    </p>
  );
}
