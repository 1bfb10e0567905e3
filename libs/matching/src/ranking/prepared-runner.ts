import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { SqlRunner } from './ranking-engine';

/**
 * Runs the ranking's statements as named prepared statements on the connection pool, so that each
 * connection parses and plans a statement shape once (planning cost about as much as executing the
 * KNN batches). The engine's statement texts depend only on the shape of a query (how many
 * schemes, which kind of batch), never on its values, so the set of names stays small.
 * Transactions keep using their EntityManager (see RankingService.runner).
 */
export function preparedRunner(db: DataSource): SqlRunner {
  const driver = db.driver as PostgresDriver;
  const names = new Map<string, string>();
  return async (sql, params) => {
    let name = names.get(sql);
    if (!name) {
      name = `enlace_rank_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
      if (names.size < 1000) names.set(sql, name);
    }
    const result = await driver.master.query({ name, text: sql, values: params });
    return result.rows;
  };
}
