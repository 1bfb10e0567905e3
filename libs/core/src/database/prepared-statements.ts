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

/**
 * Runs a hot read as a named prepared statement on the connection pool: each connection parses and
 * plans the statement once (for the ranking's short KNN batches planning costs about as much as
 * executing). Only for statements whose text depends on the shape of a query, never on its values
 * (values are parameters), so the set of names per connection stays small. Work inside a
 * transaction uses its EntityManager instead.
 */
export async function preparedQuery<T = any>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const driver = db.driver as PostgresDriver;
  const result = await driver.master.query({ name: nameOf(sql), text: sql, values: params });
  return result.rows;
}
