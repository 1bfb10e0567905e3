import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { CostDefaults, operationCost } from './query-cost';

export interface QueryLimits extends CostDefaults {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 30, maxCost: 25_000, defaultListSize: 10 };

/** Maximum tokens in a document, enforced by the parser itself (before any AST is kept). */
export const MAX_TOKENS = 3_000;

function tooComplex(message: string, node?: OperationDefinitionNode, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, {
    nodes: node ? [node] : undefined,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX', ...extra },
  });
}

interface Shape {
  depth: number;
  aliases: number;
}

/**
 * Depth (15: the standard introspection query needs 14) and alias limits, checked during
 * validation. Neither depends on variables, so a document Apollo has validated once (and caches)
 * stays valid. A fragment's shape is computed once per name, so spreading fragments inside
 * fragments cannot make this walk exponential.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of ctx.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const fragmentShapes = new Map<string, Shape>();

    const fragmentShape = (name: string): Shape => {
      const known = fragmentShapes.get(name);
      if (known) return known;
      fragmentShapes.set(name, { depth: 0, aliases: 0 }); // cycles are reported by NoFragmentCycles
      const frag = fragments.get(name);
      const shape = frag ? walk(frag.selectionSet) : { depth: 0, aliases: 0 };
      fragmentShapes.set(name, shape);
      return shape;
    };

    /** Depth below `set` (a field with a selection adds one level) and aliases inside it. */
    const walk = (set: SelectionSetNode): Shape => {
      let depth = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        let inner: Shape = { depth: 0, aliases: 0 };
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          if (sel.selectionSet) {
            const below = walk(sel.selectionSet);
            inner = { depth: below.depth + 1, aliases: below.aliases };
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) inner = walk(sel.selectionSet);
        else inner = fragmentShape(sel.name.value);
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
      }
      return { depth, aliases };
    };

    return {
      OperationDefinition(op) {
        const r = walk(op.selectionSet);
        if (r.depth > limits.maxDepth)
          ctx.reportError(tooComplex(`Query is too deep: depth ${r.depth} exceeds ${limits.maxDepth}`, op));
        if (r.aliases > limits.maxAliases)
          ctx.reportError(tooComplex(`Query uses too many aliases: ${r.aliases} exceeds ${limits.maxAliases}`, op));
      },
    };
  };
}

/**
 * The cost limit, checked once the operation is known and before it executes, with the variables
 * of this request (POST body or GET parameters, declared defaults applied): the same query costs
 * the same whether its page size is a literal, a variable or a variable's default. Refused: HTTP
 * 400, GRAPHQL_VALIDATION_FAILED with `reason: QUERY_TOO_COMPLEX`, `cost` and `maxCost`.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          const error = operation ? costRefusal(schema, document, operation, request.variables, limits) : null;
          return error ? Promise.reject(error) : Promise.resolve();
        },
      }),
  };
}

/** The cost limit's refusal of an operation with its variables, or null when it is within the limit. */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const cost = operationCost(schema, document, operation, variables ?? undefined, limits);
  if (cost === null || cost <= limits.maxCost) return null;
  return tooComplex(
    `Query is too expensive: estimated cost ${cost} exceeds ${limits.maxCost}; ask for smaller pages or fewer fields`,
    operation,
    { cost, maxCost: limits.maxCost, http: { status: 400 } },
  );
}
