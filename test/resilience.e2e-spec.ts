import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as net from 'net';
import { inspect } from 'util';
import { spawn, ChildProcess } from 'child_process';
import { startCluster, ClusterHandle } from './support/pg-cluster';
import { DataSource } from 'typeorm';
import { freePort } from './setup/test-database';
import { createTestDatabase, startTestApp, TestApp, TestDatabase } from './support/test-app';

const ROOT = path.resolve(__dirname, '..');

// A server on a fresh database hashes the bootstrap admin's password before it serves: one scrypt at
// N = 2^17, a fraction of a second alone but tens of seconds on a loaded 2-core machine.
jest.setTimeout(240_000);

async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last: Error | undefined;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}: ${last === undefined ? '' : inspect(last)}`);
}

describe('database faults', () => {
  let dir: string;
  let port: number;
  let pg: ClusterHandle;
  let t: TestApp;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-fault-'));
    fs.chmodSync(dir, 0o755);
    port = await freePort();
    pg = await startCluster(path.join(dir, 'pg'), port);
    t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '1500' }, { databaseUrl: pg.url });
  });
  afterAll(async () => {
    await t?.close();
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('times a runaway statement out cleanly and returns its connection to the pool', async () => {
    const ds = t.app.get(DataSource);
    const started = Date.now();
    await expect(ds.query('SELECT pg_sleep(10)')).rejects.toMatchObject({ driverError: { code: '57014' } });
    expect(Date.now() - started).toBeLessThan(5000);
    const r = await t.gql(`{ plants(first: 1) { totalCount } }`);
    expect(r.data.plants.totalCount).toBe(29);
  });

  it('fails fast while PostgreSQL is down, answers 503 on /health and /health/ready (200 on /health/live), and recovers by itself', async () => {
    expect((await t.gql(`{ plants(first: 1) { totalCount } }`)).data.plants.totalCount).toBe(29);
    await pg.stop();

    const started = Date.now();
    const down = await t.gql(`{ plants(first: 1) { totalCount } }`);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(down.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat/);
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });
    const ready = await fetch(`${t.baseUrl}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([503, expect.objectContaining({ database: 'down' })]);
    const live = await fetch(`${t.baseUrl}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);

    pg = await startCluster(path.join(dir, 'pg'), port);
    await until(
      'recovery',
      async () => (await t.gql(`{ plants(first: 1) { totalCount } }`)).data?.plants?.totalCount === 29,
      20000,
    );
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(200);
  });
});

describe('process lifecycle', () => {
  function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
    let out = '';
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', TS_NODE_PROJECT: 'tsconfig.json', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    return { child, output: () => out };
  }
  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  /** Sends headers and part of a body, then SIGTERM, then the rest: the request is in flight. */
  async function requestAcrossSigterm(
    port: number,
    child: ChildProcess,
  ): Promise<{ response: string; startedAt: number }> {
    const body = JSON.stringify({ query: '{ plants(first: 2) { totalCount } }' });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let response = '';
    socket.on('data', (d) => (response += d.toString()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 200));
    const startedAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow(); // no longer accepting
    socket.write(body.slice(10));
    await new Promise((r) => socket.once('close', r));
    return { response, startedAt };
  }

  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('on SIGTERM stops accepting, finishes the request in flight and exits 0', async () => {
    const port = await freePort();
    const { child, output } = startServer({ DATABASE_URL: db.url, PORT: String(port) });
    const code = exited(child);
    await until(
      'the server',
      async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200,
      150000,
    ).catch((e) => {
      throw new Error(`${e.message}\n${output()}`);
    });

    const { response, startedAt: started } = await requestAcrossSigterm(port, child);
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('"totalCount":29');
    expect(await code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15000);
  });

  it('stops the embedded PostgreSQL cleanly on exit and never leaves it running', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-life-'));
    fs.chmodSync(dataDir, 0o755);
    const port = await freePort();
    const { child, output } = startServer({
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATABASE_URL: '',
    });
    const code = exited(child);
    try {
      await until(
        'the embedded server',
        async () => (await fetch(`http://127.0.0.1:${port}/health`)).status === 200,
        180000,
      ).catch((e) => {
        throw new Error(`${e.message}\n${output()}`);
      });
      const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
      const pgPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      const { response } = await requestAcrossSigterm(port, child);
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain('"totalCount":29');
      expect(await code).toBe(0);
      expect(output()).not.toMatch(/terminating connection/); // the cluster outlived the pool
      expect(fs.existsSync(pidFile)).toBe(false);
      expect(() => process.kill(pgPid, 0)).toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
