import { GraphQLError, GraphQLFormattedError, parse, visit } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode } from './domain-error';
import { domainErrorFromDatabase } from './database-errors';
import { classifyInfrastructureError } from './infrastructure-errors';
import { currentRequestId } from '../observability/request-context';

export interface ErrorFormatterOptions {
  includeStack: boolean;
  onUnexpected?: (error: unknown, requestId?: string) => void;
}

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
]);

/**
 * The one place where thrown errors become client errors. Domain errors keep their code and
 * message, and so do the database errors that domainErrorFromDatabase maps (a unique violation or a
 * serialization failure no service caught); GraphQL's own request errors pass through; anything
 * else is INTERNAL_SERVER_ERROR with a generic message (never SQL, driver text or stack traces).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorFormatterOptions,
  requestId: string | undefined = currentRequestId(),
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const domain = original instanceof DomainError ? original : domainErrorFromDatabase(original);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: domain.code,
        ...(domain.field ? { field: domain.field } : {}),
        ...(domain.details ?? {}),
      },
    };
  }
  const valueError = badLiteralValue(original);
  if (valueError) {
    return { message: valueError, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code as string | undefined;
  // Request errors raised as GraphQLErrors (parsing, validation, variable coercion) are safe to show.
  if (code && PASS_THROUGH.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
    const { stacktrace: _s, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: options.includeStack ? formatted.extensions : ext };
  }
  const infra = classifyInfrastructureError(original);
  if (infra) {
    options.onUnexpected?.(original, requestId);
    return {
      message:
        infra === 'TIMEOUT'
          ? `The operation took too long and was cancelled${requestId ? ` (request ${requestId})` : ''}`
          : `The database is unavailable; try again shortly${requestId ? ` (request ${requestId})` : ''}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: infra, ...(requestId ? { requestId } : {}) },
    };
  }
  options.onUnexpected?.(original, requestId);
  return {
    message: requestId ? `Internal server error (request ${requestId})` : 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}

const BAD_VALUE =
  /^(Value .* does not exist in ".*" enum\.|Expected value of type ".*", found .*|Enum ".*" cannot represent .*|(Int|Float|String|Boolean|ID) cannot represent .*)/;

/**
 * graphql-js reports a bad literal argument (an unknown enum value, a string for an Int) as a
 * validation failure without naming the argument. Such errors are bad user input: name the argument
 * path (e.g. "filter.region") by finding the literal in the document.
 */
function badLiteralValue(error: unknown): string | null {
  if (
    !(error instanceof GraphQLError) ||
    error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' ||
    !BAD_VALUE.test(error.message)
  )
    return null;
  const start = error.nodes?.[0]?.loc?.start;
  const body = error.source?.body;
  let path = null as string | null; // assigned inside the visitor, which narrowing cannot see
  if (start !== undefined && body) {
    try {
      const stack: string[] = [];
      visit(parse(body), {
        Argument: { enter: (n) => void stack.push(n.name.value), leave: () => void stack.pop() },
        ObjectField: { enter: (n) => void stack.push(n.name.value), leave: () => void stack.pop() },
        enter(node) {
          if (node.loc && node.loc.start === start && path === null && stack.length) path = stack.join('.');
        },
      });
    } catch {
      path = null;
    }
  }
  return path ? `${path}: ${error.message}` : error.message;
}
