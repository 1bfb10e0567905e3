import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { AppConfig, formatGraphqlError, RequestLoaders } from '@enlace/core';

const log = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: false,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, {
        includeStack: false,
        onUnexpected: (e) => log.error(e instanceof Error ? e.stack ?? e.message : String(e)),
      }),
  };
}
