import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import * as net from 'net';
import { Client } from 'pg';
// Only plain database code here: this file also runs in Jest's global setup, outside the test
// sandbox, where loading Nest or GraphQL classes would split them across two JavaScript realms.
import { DatabaseServer, startEmbeddedPostgres } from '../../libs/core/src/database/database-server';

/**
 * Where the tests' PostgreSQL comes from:
 *   TEST_DB=container  -> @testcontainers/postgresql (needs a Docker engine)
 *   DATABASE_URL set   -> that server (databases are created and dropped on it)
 *   otherwise          -> an embedded PostgreSQL in a temporary folder
 */
export async function startTestServer(): Promise<{ adminUrl: string; stop: () => Promise<void>; kind: string }> {
  if (process.env.TEST_DB === 'container') {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    const url = new URL(container.getConnectionUri());
    url.pathname = '/postgres';
    return { adminUrl: url.toString(), stop: async () => void (await container.stop()), kind: 'testcontainers' };
  }
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, stop: () => Promise.resolve(), kind: 'DATABASE_URL' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const server: DatabaseServer = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port, database: 'postgres' });
  return {
    adminUrl: server.url,
    kind: 'embedded',
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
