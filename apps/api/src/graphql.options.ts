import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Logger } from 'pino';
import { AppConfig, formatGraphqlError, Metrics, RequestLoaders } from '@enlace/core';
import { DEFAULT_LIMITS, MAX_TOKENS, queryCostPlugin, queryLimitsRule } from './graphql/limits';
import { observabilityPlugin } from './graphql/observability.plugin';

export function graphqlOptions(config: AppConfig, metrics: Metrics, logger: Logger): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
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
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, {
        includeStack: false,
        onUnexpected: (e, requestId) =>
          logger.error(
            { err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e), requestId },
            'unexpected error',
          ),
      }),
  };
}
