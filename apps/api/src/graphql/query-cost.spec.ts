import {
  buildSchema,
  getOperationAST,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { listComplexity, RANKING_COST, requestedPageSize } from '@enlace/core';
import { operationCost } from './query-cost';

const base = buildSchema(`
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Item { id: ID! tags: [String!]! parts: [Part!]! }
  type Part { name: String! }
  type ItemEdge { node: Item! cursor: String! }
  type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
  input Page { first: Int }
  type Query {
    items(first: Int, after: String): ItemConnection!
    list(first: Int): [Item!]!
    paged(input: Page): [Item!]!
    all: [Item!]!
    one: Item
  }
`);

/** The base schema plus a field priced by metadata, as @nestjs/graphql's `complexity` sets it. */
const Ranked = new GraphQLObjectType({ name: 'Ranked', fields: { score: { type: GraphQLInt } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: () => ({
      ...base.getQueryType()!.toConfig().fields,
      ranking: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Ranked))),
        args: { first: { type: GraphQLInt }, label: { type: GraphQLString } },
        extensions: {
          complexity: listComplexity({ size: (a) => requestedPageSize(a.first), fixed: RANKING_COST }),
        },
      },
    }),
  }),
});

const cost = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables, { defaultListSize: 10 });
};

describe('operationCost', () => {
  it('multiplies a connection by its page and counts its edges once', () => {
    // items: 1 + 100 × (edges: 1 + (node: 1 + id 1)) = 1 + 100 × 3
    expect(cost(`{ items(first: 100) { edges { node { id } } } }`)).toBe(301);
    expect(cost(`{ items { edges { node { id } } } }`)).toBe(1 + 20 * 3);
  });

  it('gives a literal, a variable and a variable default the same cost', () => {
    const literal = cost(`{ items(first: 100) { edges { node { id } } } }`);
    expect(cost(`query($n: Int) { items(first: $n) { edges { node { id } } } }`, { n: 100 })).toBe(literal);
    expect(cost(`query($n: Int = 100) { items(first: $n) { edges { node { id } } } }`)).toBe(literal);
    expect(cost(`query($n: Int = 5) { items(first: $n) { edges { node { id } } } }`, { n: 100 })).toBe(literal);
  });

  it('prices lists from the schema: `first` (also inside an input), else the default size; scalar lists once', () => {
    expect(cost(`{ list(first: 7) { id } }`)).toBe(1 + 7);
    expect(cost(`{ list { id } }`)).toBe(1 + 20);
    expect(cost(`{ paged(input: { first: 3 }) { id } }`)).toBe(1 + 3);
    expect(cost(`{ all { id tags } }`)).toBe(1 + 10 * 2);
    expect(cost(`{ all { parts { name } } }`)).toBe(1 + 10 * (1 + 10));
    expect(cost(`{ one { id } }`)).toBe(2);
  });

  it('counts page sizes within 0..100, so a negative or huge `first` cannot shift the total', () => {
    expect(cost(`{ list(first: -1000000) { id } one { id } }`)).toBe(1 + 0 + 2);
    expect(cost(`{ list(first: 100000) { id } }`)).toBe(1 + 100);
  });

  it('uses declared complexity metadata', () => {
    expect(cost(`{ ranking(first: 5) { score } }`)).toBe(1 + RANKING_COST + 5);
    expect(cost(`query($n: Int = 50) { ranking(first: $n) { score } }`)).toBe(1 + RANKING_COST + 50);
  });

  it('follows fragments and @skip/@include with the variables', () => {
    const q = `query($big: Boolean!) { ...F list(first: 100) @include(if: $big) { id } }
      fragment F on Query { one { ...G } } fragment G on Item { id tags }`;
    expect(cost(q, { big: false })).toBe(1 + 2);
    expect(cost(q, { big: true })).toBe(1 + 2 + 1 + 100);
  });

  it('is null when the variables do not coerce (execution refuses them)', () => {
    expect(cost(`query($n: Int!) { list(first: $n) { id } }`)).toBeNull();
    expect(cost(`query($n: Int) { list(first: $n) { id } }`, { n: 'x' })).toBeNull();
  });
});
