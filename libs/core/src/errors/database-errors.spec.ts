import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error';
import { domainErrorFromDatabase, PgErrorCode, sqlState } from './database-errors';
import { formatGraphqlError } from './format-graphql-error';

/** What node-postgres throws, wrapped by TypeORM as it is in a transaction. */
function pgError(code: string, constraint?: string): QueryFailedError {
  const driverError = Object.assign(new Error(`SQL text that must never reach a client (${code})`), {
    code,
    constraint,
  });
  return new QueryFailedError('INSERT INTO suppliers ...', [], driverError);
}

describe('domainErrorFromDatabase', () => {
  it('maps every PgErrorCode to a domain error', () => {
    const expected: Record<PgErrorCode, ErrorCode> = {
      [PgErrorCode.UNIQUE_VIOLATION]: ErrorCode.CONFLICT,
      [PgErrorCode.FOREIGN_KEY_VIOLATION]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.CHECK_VIOLATION]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.STRING_DATA_RIGHT_TRUNCATION]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.INVALID_TEXT_REPRESENTATION]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.INVALID_DATETIME_FORMAT]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.DATETIME_FIELD_OVERFLOW]: ErrorCode.BAD_USER_INPUT,
      [PgErrorCode.SERIALIZATION_FAILURE]: ErrorCode.CONFLICT,
      [PgErrorCode.DEADLOCK_DETECTED]: ErrorCode.CONFLICT,
    };
    for (const code of Object.values(PgErrorCode)) {
      const mapped = domainErrorFromDatabase(pgError(code));
      expect(mapped).toBeInstanceOf(DomainError);
      expect({ code, mapped: mapped?.code }).toEqual({ code, mapped: expected[code] });
      expect(mapped?.message).not.toMatch(/SQL text|INSERT/);
    }
  });

  it('names the constraint, or the field and message its caller gives it', () => {
    expect(domainErrorFromDatabase(pgError('23505', 'suppliers_source_key'))?.message).toBe(
      'conflicts with an existing record (suppliers_source_key)',
    );
    expect(domainErrorFromDatabase(pgError('23503', 'capabilities_process_fkey'))?.message).toBe(
      'refers to something unknown (capabilities_process_fkey)',
    );
    const rfc = domainErrorFromDatabase(pgError('23505', 'suppliers_rfc_key'), {
      suppliers_rfc_key: { field: 'input.rfc', message: 'Another supplier already has this RFC' },
    });
    expect(rfc).toMatchObject({
      code: ErrorCode.CONFLICT,
      field: 'input.rfc',
      message: 'Another supplier already has this RFC',
    });
  });

  it('marks serialization failures and deadlocks as retryable conflicts', () => {
    expect(domainErrorFromDatabase(pgError('40001'))).toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { retryable: true },
    });
  });

  it('leaves other errors alone (null), reading codes through wrappers and causes', () => {
    expect(domainErrorFromDatabase(pgError('42P01'))).toBeNull(); // undefined table: a server fault
    expect(domainErrorFromDatabase(new Error('boom'))).toBeNull();
    expect(domainErrorFromDatabase(undefined)).toBeNull();
    expect(sqlState(new Error('wrapped', { cause: { code: '23505' } }))).toBe('23505');
    expect(sqlState(pgError('57014'))).toBe('57014');
    expect(sqlState('not an error')).toBeNull();
  });
});

describe('formatGraphqlError and database errors', () => {
  const format = (error: unknown) =>
    formatGraphqlError({ message: 'raw', extensions: {} }, error, { includeStack: false }, 'req-1');

  it('answers a database error no service caught with its domain error, never the SQL', () => {
    const unique = format(new GraphQLError('raw', { originalError: pgError('23505', 'users_email_key') }));
    expect(unique).toEqual({
      message: 'conflicts with an existing record (users_email_key)',
      locations: undefined,
      path: undefined,
      extensions: { code: 'CONFLICT' },
    });
    const retry = format(pgError('40001'));
    expect(retry.extensions).toEqual({ code: 'CONFLICT', retryable: true });
    expect(JSON.stringify(retry)).not.toMatch(/SQL text|INSERT/);
  });

  it('keeps other database errors INTERNAL_SERVER_ERROR', () => {
    expect(format(pgError('42P01')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
  });
});
