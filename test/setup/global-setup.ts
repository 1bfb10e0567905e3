import { startTestServer } from './test-database';

/** Starts the tests' PostgreSQL server; each test file then clones a migrated template from it. */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  process.env.ENLACE_TEST_ADMIN_URL = server.adminUrl;
  process.env.ENLACE_TEST_TEMPLATE = `enlace_tpl_${process.pid}`;
  process.env.ENLACE_TEST_DB_KIND = server.kind;
  (globalThis as Record<string, unknown>).__enlaceTestServer = server;
}
