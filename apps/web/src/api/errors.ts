// What to tell the user about a failed request, in the page's language.
import type { ApolloError } from '@apollo/client';
import type { TFunction } from 'i18next';

const KNOWN = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
]);

export function errorCode(error: ApolloError): string | null {
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** A sentence for the error: the code's explanation, plus the API's own words for bad input and conflicts. */
export function errorMessage(error: ApolloError, t: TFunction, overrides: Record<string, string> = {}): string {
  if (error.networkError && !error.graphQLErrors.length) return t('errors.network');
  const code = errorCode(error);
  if (code && overrides[code]) return overrides[code];
  const known = code && KNOWN.has(code) ? t(`errors.${code}`) : t('errors.unexpected');
  const detail = error.graphQLErrors[0]?.message;
  return (code === 'BAD_USER_INPUT' || code === 'CONFLICT') && detail ? `${known} ${detail}` : known;
}
