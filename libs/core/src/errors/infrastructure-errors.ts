/**
 * Recognises failures of the database rather than of the request, so that clients get a clean,
 * retryable error instead of INTERNAL_SERVER_ERROR (and never the driver's text).
 */
export type InfrastructureFailure = 'SERVICE_UNAVAILABLE' | 'TIMEOUT';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** The fields of a driver, TypeORM or GraphQL error that say what went wrong, and what it wraps. */
interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: ErrorLike;
  cause?: ErrorLike;
  originalError?: ErrorLike;
  thrownValue?: ErrorLike;
}

export function classifyInfrastructureError(error: unknown): InfrastructureFailure | null {
  let e = error as ErrorLike | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    const code = (e.code ?? e.driverError?.code) as string | undefined;
    if (code === '57014') return 'TIMEOUT'; // statement_timeout / canceled
    if (code && (CONNECTION_CODES.has(code) || String(code).startsWith('08'))) return 'SERVICE_UNAVAILABLE';
    const msg = typeof e.message === 'string' ? e.message : '';
    if (
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED|Connection is closed|the database system is (shutting down|starting up)/i.test(
        msg,
      )
    ) {
      return 'SERVICE_UNAVAILABLE';
    }
    if (/Query read timeout|canceling statement due to statement timeout/i.test(msg)) return 'TIMEOUT';
    e = e.driverError ?? e.cause ?? e.originalError ?? e.thrownValue;
  }
  return null;
}
