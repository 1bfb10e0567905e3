import cluster, { Worker } from 'cluster';
import { Logger } from 'pino';
import { AppConfig, startDatabaseServer } from '@enlace/core';

const RESTART_DELAY_MS = 1000;
const STOP_TIMEOUT_MS = 20_000;

/**
 * API_WORKERS > 1: this process starts the database (the embedded one when there is no
 * DATABASE_URL) and forks that many workers, each a whole API on the same port (Node's cluster
 * hands them the connections in turn) with its own pool of DB_POOL_SIZE connections. A worker that
 * dies is started again; SIGTERM/SIGINT stop the workers (each drains its requests), then the database.
 */
export async function runPrimary(config: AppConfig, logger: Logger): Promise<void> {
  const db = await startDatabaseServer(config, undefined, false);
  let stopping = false;
  const fork = (): Worker => cluster.fork({ DATABASE_URL: db.url });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error(`API worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, RESTART_DELAY_MS).unref();
  });
  for (let i = 0; i < config.apiWorkers; i++) fork();
  logger.info(`${config.apiWorkers} API workers on port ${config.port}`);

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping the API workers`);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())));
    workers.forEach((w) => w.process.kill('SIGTERM'));
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref());
    await Promise.race([Promise.all(exited), timeout]);
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
