import { ApolloServerPlugin } from '@apollo/server';
import { Logger } from 'pino';
import { Metrics, requestContext } from '@enlace/core';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_DISTINCT_OPERATIONS = 200;

/** An error's `extensions.code` (always a string here; anything else is reported as UNKNOWN). */
function errorCode(code: unknown): string {
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/**
 * One structured log line and metrics per GraphQL operation (name, duration, outcome, error codes);
 * TOO_MANY_REQUESTS answers with HTTP 429 and Retry-After. Never logs variables or tokens.
 */
export function observabilityPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin {
  const known = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (known.has(name)) return name;
    if (known.size >= MAX_DISTINCT_OPERATIONS) return 'other';
    known.add(name);
    return name;
  };
  // Apollo's hooks return promises; these do no asynchronous work, so they resolve at once.
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        didResolveOperation({ operationName, operation }) {
          const store = requestContext.getStore();
          if (store) store.operationName = operationName ?? operation?.name?.value ?? undefined;
          return Promise.resolve();
        },
        willSendResponse({ response, operationName, operation, errors }) {
          const op = label(operationName ?? operation?.name?.value);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = [...new Set((body?.errors ?? []).map((e) => errorCode(e.extensions?.code)))];
          const tooMany = (body?.errors ?? []).find((e) => e.extensions?.code === 'TOO_MANY_REQUESTS');
          if (tooMany) {
            response.http.status = 429;
            const retry = Number(tooMany.extensions?.retryAfterSeconds);
            if (retry > 0) response.http.headers.set('retry-after', String(retry));
          }
          const outcome = codes.length === 0 ? 'ok' : codes.includes('INTERNAL_SERVER_ERROR') ? 'failed' : 'error';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlRequests.inc({ operation: op, outcome });
          metrics.graphqlDuration.observe({ operation: op }, seconds);
          logger.info(
            {
              operation: op,
              operationType: operation?.operation,
              durationMs: Math.round(seconds * 1000 * 10) / 10,
              outcome,
              errorCodes: codes.length ? codes : undefined,
              errors: errors?.length,
            },
            'graphql',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
