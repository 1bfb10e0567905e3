import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Serialises concurrent starters (several API instances, the CLI) on one advisory lock. */
const MIGRATION_LOCK = 7_263_541;

/**
 * Applies pending migrations on a short-lived connection of its own, without the application's
 * statement_timeout (a backfill on a large database may take longer than any request should).
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const base = dataSource.options as PostgresConnectionOptions;
  const extra = (base.extra ?? {}) as Record<string, unknown>;
  const ds = new DataSource({
    ...base,
    entities: [],
    subscribers: [],
    extra: { ...extra, statement_timeout: undefined, max: 2, application_name: 'enlace-migrations' },
  });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
