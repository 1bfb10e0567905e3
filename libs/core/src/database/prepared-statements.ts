import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

const names = new Map<string, string>();

function nameOf(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `enlace_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size < 1000) names.set(sql, name);
  }
  return name;
}

/** A pg Pool or Client: runs a query given as a config (with a statement name). */
export interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `sql` as a named prepared statement on `pg`: each connection parses and plans it once. Only
 * for statements whose text depends on the shape of a query, never on its values (values are
 * parameters), so the set of names per connection stays small.
 */
export async function preparedQueryOn<T = unknown>(pg: PgQueryable, sql: string, params: unknown[]): Promise<T[]> {
  const result = await pg.query({ name: nameOf(sql), text: sql, values: params });
  return result.rows as T[];
}

/**
 * Runs a hot read as a named prepared statement on the connection pool (preparedQueryOn): for the
 * ranking's short KNN batches planning costs about as much as executing. Work inside a transaction
 * uses its EntityManager instead.
 */
export function preparedQuery<T = unknown>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  return preparedQueryOn<T>((db.driver as PostgresDriver).master as PgQueryable, sql, params);
}
