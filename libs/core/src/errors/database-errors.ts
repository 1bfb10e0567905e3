import { DomainError, ErrorCode } from './domain-error';

/**
 * The PostgreSQL error codes (SQLSTATE) that are an outcome of the request rather than a fault of
 * the server: they become domain errors here, in one place. Any other database error stays
 * unexpected (INTERNAL_SERVER_ERROR, or SERVICE_UNAVAILABLE / TIMEOUT through
 * classifyInfrastructureError).
 */
export enum PgErrorCode {
  UNIQUE_VIOLATION = '23505',
  FOREIGN_KEY_VIOLATION = '23503',
  CHECK_VIOLATION = '23514',
  STRING_DATA_RIGHT_TRUNCATION = '22001',
  INVALID_TEXT_REPRESENTATION = '22P02',
  INVALID_DATETIME_FORMAT = '22007',
  DATETIME_FIELD_OVERFLOW = '22008',
  SERIALIZATION_FAILURE = '40001',
  DEADLOCK_DETECTED = '40P01',
}

const PG_ERROR_CODES = new Set<string>(Object.values(PgErrorCode));

/** What the database reported: its SQLSTATE and, for a constraint violation, the constraint's name. */
interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  driverError?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

/** The SQLSTATE (or driver code) of an error, looking through TypeORM's and GraphQL's wrappers and causes. */
export function sqlState(error: unknown): string | null {
  return pgFields(error)?.code ?? null;
}

function pgFields(error: unknown): { code: string; constraint: string | null } | null {
  let e = error as PgErrorFields | null | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if (typeof e.code === 'string')
      return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : null };
    e = (e.driverError ?? e.cause ?? e.originalError) as PgErrorFields | null | undefined;
  }
  return null;
}

/** The field and message a caller gives to the violation of one of its constraints. */
export type ConstraintErrors = Readonly<Record<string, { field: string; message: string }>>;

/**
 * The domain error for a database error with a code of PgErrorCode, or null for anything else
 * (the caller rethrows it). `constraints` names the input field (and a better message) behind a
 * constraint the caller knows, e.g. `{ suppliers_rfc_key: { field: 'input.rfc', message: ... } }`.
 */
export function domainErrorFromDatabase(error: unknown, constraints: ConstraintErrors = {}): DomainError | null {
  const pg = pgFields(error);
  if (!pg || !PG_ERROR_CODES.has(pg.code)) return null;
  const code = pg.code as PgErrorCode;
  const known = pg.constraint !== null ? constraints[pg.constraint] : undefined;
  const on = (kind: string) => `(${pg.constraint ?? kind})`;
  switch (code) {
    case PgErrorCode.UNIQUE_VIOLATION:
      return known
        ? DomainError.conflict(known.message, known.field)
        : DomainError.conflict(`conflicts with an existing record ${on('unique constraint')}`);
    case PgErrorCode.FOREIGN_KEY_VIOLATION:
      return badInput(known, `refers to something unknown ${on('foreign key')}`);
    case PgErrorCode.CHECK_VIOLATION:
      return badInput(known, `a value is out of range ${on('check constraint')}`);
    case PgErrorCode.STRING_DATA_RIGHT_TRUNCATION:
      return badInput(known, 'a value is too long');
    case PgErrorCode.INVALID_TEXT_REPRESENTATION:
    case PgErrorCode.INVALID_DATETIME_FORMAT:
    case PgErrorCode.DATETIME_FIELD_OVERFLOW:
      return badInput(known, 'a value has an invalid format');
    case PgErrorCode.SERIALIZATION_FAILURE:
    case PgErrorCode.DEADLOCK_DETECTED:
      return new DomainError(
        ErrorCode.CONFLICT,
        'the data changed while this request ran (a concurrent write); nothing was written, try again',
        undefined,
        { retryable: true },
      );
    default:
      return assertUnreachable(code);
  }
}

function badInput(known: { field: string; message: string } | undefined, message: string): DomainError {
  return known ? DomainError.badInput(known.field, known.message) : new DomainError(ErrorCode.BAD_USER_INPUT, message);
}

/** Compile-time proof that a switch handles every member of its enum; a new code fails to compile. */
function assertUnreachable(value: never): never {
  throw new Error(`unhandled database error code ${String(value)}`);
}
