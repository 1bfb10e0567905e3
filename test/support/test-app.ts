import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AddressInfo } from 'net';
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { AppConfig, createRootLogger, loadConfig, PinoNestLogger, SqlLogger } from '@enlace/core';
import { configureHttp, configureServerTimeouts } from '../../apps/api/src/http/configure-http';
import { AppModule } from '../../apps/api/src/app.module';
import { adminQuery, withDatabase } from '../setup/test-database';
import { ensureTemplate } from '../setup/template';

/**
 * A JSON body from the API as the end-to-end tests read it: untyped, like supertest's bodies, so a
 * test walks `r.data.plants.edges[0].node` and lets `expect` check the shape (eslint.config.mjs
 * turns the no-unsafe-* rules off for tests for the same reason). Pass a type to `gql<T>` where
 * a test wants one.
 */
export type ApiJson = any;

export interface GqlResponse<T = ApiJson> {
  status: number;
  data?: T;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }>;
}

export interface TestDatabase {
  name: string;
  url: string;
  /** Runs SQL directly against the test database (for arrangement and for asserting nothing changed). */
  query<T = ApiJson>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated, reference-loaded template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.ENLACE_TEST_ADMIN_URL!;
  const template = process.env.ENLACE_TEST_TEMPLATE!;
  await ensureTemplate(admin, template);
  const name = `enlace_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(admin, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (e) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200 + attempt * 100));
    }
  }
  const url = withDatabase(admin, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    name,
    url,
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async drop() {
      await client.end();
      await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  baseUrl: string;
  config: AppConfig;
  gql<T = ApiJson>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Number of SQL statements the app has sent so far. */
  sqlCount(): number;
  close(): Promise<void>;
}

/** A handle on a database the test did not create (nothing to drop). */
export async function existingDatabase(url: string): Promise<TestDatabase> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return {
    name: new URL(url).pathname.slice(1),
    url,
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async drop() {
      await client.end().catch(() => undefined);
    },
  };
}

/** Starts the API on a fresh clone of the template (or on `databaseUrl`, migrated at start). */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { databaseUrl?: string; logSink?: (line: string) => void } = {},
): Promise<TestApp> {
  const db = opts.databaseUrl ? await existingDatabase(opts.databaseUrl) : await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'warn', ...env });
  const logger = createRootLogger(
    config.logLevel,
    opts.logSink ? { write: (line: string) => opts.logSink!(line) } : undefined,
  );
  const app = await NestFactory.create(AppModule.forRoot(config, db.url, logger), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  configureHttp(app, config);
  configureServerTimeouts(app);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const sql = app.get(SqlLogger);
  return {
    app,
    db,
    baseUrl,
    config,
    async gql(query, variables, token) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return { ...body, status: res.status };
    },
    sqlCount: () => sql.statements,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
