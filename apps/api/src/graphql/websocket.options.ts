import { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import {
  execute,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  parse,
  specifiedRules,
  subscribe,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { costRefusal, MAX_TOKENS, QueryLimits, queryLimitsRule } from './limits';

type WsOptions = GraphQLWsSubscriptionsConfig &
  Pick<ServerOptions, 'parse' | 'validate' | 'execute' | 'subscribe' | 'onError'>;

/**
 * graphql-ws (graphql-transport-ws) on /graphql with the limits of HTTP: the parser's token limit,
 * depth and aliases at validation, the cost with the operation's variables before it runs; errors
 * (refusals included) get the same extensions.code as over HTTP. Nest passes these options on to
 * graphql-ws's server as they are.
 */
export function websocketOptions(
  limits: QueryLimits,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): GraphQLWsSubscriptionsConfig {
  const formatted = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const withinCost =
    (run: (args: ExecutionArgs) => ReturnType<ServerOptions['subscribe'] & object>) => (args: ExecutionArgs) => {
      const operation = getOperationAST(args.document, args.operationName);
      const refusal = operation && costRefusal(args.schema, args.document, operation, args.variableValues, limits);
      return refusal ? { errors: [refusal] } : run(args);
    };
  const options: WsOptions = {
    path: '/graphql',
    parse: (source) => parse(source, { maxTokens: MAX_TOKENS }),
    validate: (schema, document) => validate(schema, document, [...specifiedRules, queryLimitsRule(limits)]),
    execute: withinCost(execute),
    subscribe: withinCost(subscribe),
    onError: (_ctx, _id, _payload, errors) => formatted(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: formatted(result.errors) } : undefined,
  };
  return options;
}
