import { adminQuery } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __enlaceTestServer?: { stop(): Promise<void> } }).__enlaceTestServer;
  const admin = process.env.ENLACE_TEST_ADMIN_URL;
  const template = process.env.ENLACE_TEST_TEMPLATE;
  if (admin && template)
    await adminQuery(admin, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => undefined);
  await server?.stop();
}
