import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Assumed size of a list whose size no `first` argument gives. */
  defaultListSize: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 30, maxCost: 25_000, defaultListSize: 10 };

/** Maximum tokens in a document, enforced by the parser itself (before any AST is kept). */
export const MAX_TOKENS = 3_000;

function refuse(ctx: ValidationContext, message: string, node?: OperationDefinitionNode) {
  ctx.reportError(
    new GraphQLError(message, {
      nodes: node ? [node] : undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX' },
    }),
  );
}

function intArg(field: FieldNode, name: string, variables: Record<string, unknown> | undefined): number | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) {
    // rankSuppliers(input: { first }) and similar inputs.
    for (const a of field.arguments ?? []) {
      if (a.value.kind === Kind.OBJECT) {
        const f = a.value.fields.find((x) => x.name.value === name);
        if (f) return valueInt(f.value, variables);
      }
      if (a.value.kind === Kind.VARIABLE) {
        const v = variables?.[a.value.name.value];
        if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)[name] === 'number')
          return (v as Record<string, number>)[name];
      }
    }
    return null;
  }
  return valueInt(arg.value, variables);
}

function valueInt(v: ValueNode, variables: Record<string, unknown> | undefined): number | null {
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const x = variables?.[v.name.value];
    return typeof x === 'number' ? x : null;
  }
  return null;
}

/**
 * Depth (15: the standard introspection query needs 14), alias and cost limits, checked during validation (before anything executes). Cost counts
 * every field once per object it may be resolved for: a list field multiplies the cost of its
 * selection by its page size (`first`, else the default page of 20 for connections, else
 * `defaultListSize`).
 */
export function queryLimitsRule(limits: QueryLimits, variables?: () => Record<string, unknown> | undefined) {
  return (ctx: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of ctx.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const vars = variables?.();

    const walk = (
      set: SelectionSetNode,
      depth: number,
      seen: Set<string>,
    ): { depth: number; cost: number; aliases: number } => {
      let maxDepth = depth;
      let cost = 0;
      let aliases = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          if (!sel.selectionSet) {
            cost += 1;
            continue;
          }
          const inner = walk(sel.selectionSet, depth + 1, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          aliases += inner.aliases;
          // Introspection is bounded by the schema (and off in production): depth only, no cost.
          if (sel.name.value.startsWith('__')) continue;
          const first = intArg(sel, 'first', vars);
          const isConnection = sel.selectionSet.selections.some(
            (s) => s.kind === Kind.FIELD && s.name.value === 'edges',
          );
          const plural = /(s|matches|History)$/.test(sel.name.value);
          // The page size of a connection multiplies its edges; `edges` itself then counts once.
          const multiplier =
            first ?? (isConnection ? 20 : sel.name.value === 'edges' ? 1 : plural ? limits.defaultListSize : 1);
          cost += 1 + multiplier * inner.cost;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const inner = walk(sel.selectionSet, depth, seen);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const frag = fragments.get(sel.name.value);
          if (!frag || seen.has(frag.name.value)) continue; // cycles are reported by NoFragmentCycles
          const inner = walk(frag.selectionSet, depth, new Set([...seen, frag.name.value]));
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
          aliases += inner.aliases;
        }
      }
      return { depth: maxDepth, cost, aliases };
    };

    return {
      OperationDefinition(op) {
        const r = walk(op.selectionSet, 0, new Set());
        if (r.depth > limits.maxDepth)
          refuse(ctx, `Query is too deep: depth ${r.depth} exceeds ${limits.maxDepth}`, op);
        if (r.aliases > limits.maxAliases)
          refuse(ctx, `Query uses too many aliases: ${r.aliases} exceeds ${limits.maxAliases}`, op);
        if (r.cost > limits.maxCost)
          refuse(
            ctx,
            `Query is too expensive: estimated cost ${r.cost} exceeds ${limits.maxCost}; ask for smaller pages or fewer fields`,
            op,
          );
      },
    };
  };
}
