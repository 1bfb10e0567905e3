import { IntrinsicException } from '@nestjs/common';

/** Error codes clients see in `extensions.code` (the public contract). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database is down or unreachable: retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The operation ran past the statement or request timeout. */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * A failure the client can act on. Thrown by services; mapped to a GraphQL error in one place
 * (formatGraphqlError). `field` names the argument or input field at fault.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message); // IntrinsicException: an expected outcome, not logged as a server error
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);
  }
  static notFound(what: string, id: string, field?: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} not found`, field);
  }
  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, undefined, { retryAfterSeconds });
  }
  static conflict(message: string, field?: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, field);
  }
}
