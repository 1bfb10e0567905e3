import { MigrationInterface, QueryRunner } from 'typeorm';

/** Shared rate-limit counters (fixed windows), so limits hold across API instances. */
export class RateLimits1764600000000 implements MigrationInterface {
  name = 'RateLimits1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits int NOT NULL DEFAULT 0,
        PRIMARY KEY (key, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counters`);
  }
}
