import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from 'pino';
import { GraphQLFormattedError } from 'graphql';
import { AppConfig, formatGraphqlError, Metrics, RequestLoaders } from '@enlace/core';
import { DEFAULT_LIMITS, MAX_TOKENS, queryCostPlugin, queryLimitsRule } from './graphql/limits';
import { observabilityPlugin } from './graphql/observability.plugin';
import { websocketOptions } from './graphql/websocket.options';

export function graphqlOptions(config: AppConfig, metrics: Metrics, logger: Logger): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
    formatGraphqlError(formatted, error, {
      includeStack: false,
      onUnexpected: (e, requestId) =>
        logger.error(
          { err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e), requestId },
          'unexpected error',
        ),
    });
  return {
    autoSchemaFile: true,
    sortSchema: false,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // Our observability plugin sets 429 for TOO_MANY_REQUESTS; keep Nest from resetting it to 200.
    preserveHttpStatusForExecutionErrors: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [queryLimitsRule(DEFAULT_LIMITS)],
    plugins: [
      observabilityPlugin(metrics, logger),
      queryCostPlugin(DEFAULT_LIMITS),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    // Subscriptions over WebSocket (graphql-transport-ws) on the same path; the credential comes in
    // connection_init's payload and stands in for the Authorization header, so the same guard applies.
    // The socket goes in the context, so a subscription can be ended when its user's access changes.
    subscriptions: { 'graphql-ws': websocketOptions(DEFAULT_LIMITS, formatError) },
    context: (arg: {
      req?: unknown;
      res?: unknown;
      connectionParams?: Record<string, unknown>;
      extra?: { socket?: unknown };
    }) => {
      if (arg.req) return { req: arg.req, res: arg.res, loaders: new RequestLoaders() };
      const authorization = arg.connectionParams?.authorization;
      return {
        req: { headers: { authorization: typeof authorization === 'string' ? authorization : undefined } },
        socket: arg.extra?.socket,
        loaders: new RequestLoaders(),
      };
    },
    formatError,
  };
}
