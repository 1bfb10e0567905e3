import { Type } from '@nestjs/common';
import { Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';

/** Relay's PageInfo. Connections page forwards only (`first`, `after`). */
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description:
      'True when the page was asked for `after` a valid cursor (the edges up to that cursor come before it), false on a first page; Relay allows this for connections paged forwards',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor; null when the page is empty" })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor; null when the page is empty" })
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

/**
 * A count, or how to count when the client asks: `totalCount`'s field middleware calls it only
 * when the field is selected, so a page without `totalCount` costs no count query.
 */
export type Count = number | (() => Promise<number>);

export interface Connection<T, C extends Count = Count> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: C;
}

/** `count` run at most once, on the first ask (aliases of `totalCount` share it). */
export function countOnAsk(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | null = null;
  return () => (counted ??= count());
}

/** Field middleware of `totalCount`: runs the count when the connection holds how to count. */
const countWhenAsked: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionTypes<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;
    @Field(() => String)
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
    @Field(() => Int, { middleware: [countWhenAsked] })
    totalCount: Count;
  }
  return { EdgeType, ConnectionType };
}

/**
 * Turns rows fetched with limit+1 into a connection. `after` is the cursor the page was asked for,
 * already decoded (so valid) by the caller: a page after a cursor has something before it (the
 * cursor's own row at least), which Relay lets `hasPreviousPage` report without another query.
 */
export function toConnection<R, T, C extends Count>(
  rows: R[],
  limit: number,
  totalCount: C,
  toNode: (r: R) => T,
  toCursor: (r: R) => string,
  after: string | null | undefined,
): Connection<T, C> {
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ node: toNode(r), cursor: toCursor(r) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: !!after,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    totalCount,
  };
}
