import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { installPgTypeParsers, MIGRATIONS, runMigrations, todayIn } from '@enlace/core';
import { CatalogService, ReferenceDataLoader } from '@enlace/catalog';
import { applyCodeConstants } from '@enlace/matching';
import { withDatabase } from './test-database';

/**
 * Makes sure the template database (migrated, reference data loaded) exists: the first test file
 * to get here builds it under an advisory lock, the others wait for it and then clone it.
 */
export async function ensureTemplate(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(7263599)');
    const ready = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1 AND datallowconn`, [name]);
    const marker = ready.rowCount ? await hasMarker(withDatabase(adminUrl, name)) : false;
    if (marker) return;
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    installPgTypeParsers();
    const ds = new DataSource({
      type: 'postgres',
      url: withDatabase(adminUrl, name),
      migrations: MIGRATIONS,
      migrationsTableName: 'typeorm_migrations',
    });
    await ds.initialize();
    try {
      await runMigrations(ds);
      await new ReferenceDataLoader(ds, new CatalogService(ds)).load();
      // as the API's start does: rank_key's bounds with the code's constants (no rows yet: instant)
      await applyCodeConstants(ds, todayIn('America/Mexico_City'));
      await ds.query(`CREATE TABLE enlace_test_template_ready (at timestamptz DEFAULT now())`);
    } finally {
      await ds.destroy();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(7263599)').catch(() => undefined);
    await admin.end();
  }
}

async function hasMarker(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT to_regclass('enlace_test_template_ready') IS NOT NULL AS ok`);
    return r.rows[0].ok;
  } finally {
    await c.end();
  }
}
