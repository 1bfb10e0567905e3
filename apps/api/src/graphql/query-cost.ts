import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, requestedPageSize } from '@enlace/core';

export interface CostDefaults {
  /** Assumed length of a list of objects that takes no `first` and declares no complexity. */
  defaultListSize: number;
}

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  variables: Variables;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** A fragment's cost depends only on the fragment and the variables: computed once per name. */
  fragmentCosts: Map<string, number>;
  defaults: CostDefaults;
}

/**
 * The cost of one operation with the variables it is executed with (the request's values, the
 * declared defaults where none is given), in the units of `libs/core/src/graphql/complexity.ts`.
 * Null when the variables do not coerce: execution refuses such a request before resolving anything.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Variables | undefined,
  defaults: CostDefaults,
): number | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walk: Walk = { schema, variables: coerced.coerced, fragments, fragmentCosts: new Map(), defaults };
  return selectionCost(walk, operation.selectionSet, root);
}

function selectionCost(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType): number {
  let total = 0;
  for (const sel of set.selections) {
    if (!included(sel, w.variables)) continue;
    if (sel.kind === Kind.FIELD) total += fieldCost(w, sel, parent);
    else if (sel.kind === Kind.INLINE_FRAGMENT)
      total += selectionCost(w, sel.selectionSet, compositeNamed(w.schema, sel.typeCondition?.name.value) ?? parent);
    else total += fragmentCost(w, sel.name.value);
  }
  return total;
}

function fragmentCost(w: Walk, name: string): number {
  const known = w.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = w.fragments.get(name);
  const type = compositeNamed(w.schema, fragment?.typeCondition.name.value);
  w.fragmentCosts.set(name, 0); // cycles are refused by validation; this only guards the walk
  const cost = fragment && type ? selectionCost(w, fragment.selectionSet, type) : 0;
  w.fragmentCosts.set(name, cost);
  return cost;
}

function fieldCost(w: Walk, node: FieldNode, parent: GraphQLCompositeType): number {
  // Introspection is bounded by the schema (and off in production): the depth limit covers it.
  if (node.name.value.startsWith('__')) return 0;
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!field) return 0; // validation has refused unknown fields already
  const args = argumentsOf(field, node, w.variables);
  const childType = getNamedType(field.type);
  const childComplexity =
    node.selectionSet && isCompositeType(childType) ? selectionCost(w, node.selectionSet, childType) : 0;
  const declared = field.extensions?.complexity as ComplexityEstimator | number | undefined;
  if (typeof declared === 'number') return declared + childComplexity;
  const estimated =
    typeof declared === 'function' ? declared({ type: parent, field, args, childComplexity }) : undefined;
  if (typeof estimated === 'number') return estimated;
  return 1 + multiplier(w.defaults, parent, field, args) * childComplexity;
}

/**
 * How many times a field's selection is resolved, from its schema type: a connection (a type with
 * a list of `edges` and a `pageInfo`) and a list that takes `first` by the page asked for (default
 * 20); the `edges` of a connection once (the connection counted its page); any other list by
 * `defaultListSize`; a single object once.
 */
function multiplier(
  defaults: CostDefaults,
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Variables,
): number {
  const type = getNullableType(field.type);
  if (isListType(type)) {
    if (isConnection(parent)) return 1;
    return acceptsFirst(field) ? requestedPageSize(firstOf(args)) : defaults.defaultListSize;
  }
  return isConnection(getNamedType(type)) ? requestedPageSize(firstOf(args), DEFAULT_PAGE_SIZE) : 1;
}

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return !!fields.edges && !!fields.pageInfo && isListType(getNullableType(fields.edges.type));
}

/** `first` as an argument, or as a field of an input argument (`rankSuppliers(input: { first })`). */
function acceptsFirst(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => {
    const t = getNamedType(a.type);
    return a.name === 'first' || (isInputObjectType(t) && !!t.getFields().first);
  });
}

function firstOf(args: Variables): unknown {
  if (args.first !== undefined) return args.first;
  for (const v of Object.values(args)) if (v && typeof v === 'object' && 'first' in v) return v.first;
  return undefined;
}

/** The field's arguments; where they do not coerce, execution refuses that field: price it by its defaults. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): Variables {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

function compositeNamed(schema: GraphQLSchema, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

function included(sel: SelectionNode, variables: Variables): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, sel, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, sel, variables)?.if !== false;
}
