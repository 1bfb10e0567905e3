/**
 * Anything that runs SQL the TypeORM way: a DataSource, an EntityManager (inside a transaction)
 * or a QueryRunner. Their `query` returns `any`.
 */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a statement that returns rows (SELECT, or a write with RETURNING) and types them as `T`.
 * The one place a row type is asserted: the SQL's column list and `T` must agree, which each
 * repository keeps beside its statement.
 */
export async function queryRows<T>(runner: SqlRunner, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await runner.query(sql, [...params])) as T[];
}

/** Like `queryRows`, for a statement that returns at most one row: that row, or `undefined`. */
export async function queryRow<T>(
  runner: SqlRunner,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T | undefined> {
  const rows = await queryRows<T>(runner, sql, params);
  return rows[0];
}
