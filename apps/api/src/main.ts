import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cluster from 'cluster';
import { Server } from 'http';
import { ConfigError, createRootLogger, loadConfig, PinoNestLogger, startDatabaseServer } from '@enlace/core';
import { AppModule } from './app.module';
import { configureHttp, configureServerTimeouts } from './http/configure-http';
import { runPrimary } from './cluster/primary';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const logger = createRootLogger(config.logLevel);
  if (config.apiWorkers > 1 && cluster.isPrimary) return runPrimary(config, logger);
  if (!config.databaseUrl)
    logger.info(`starting embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
  // The API drains requests on SIGTERM before it stops the embedded cluster (see shutdown below).
  const db = await startDatabaseServer(config, undefined, false);
  let app: INestApplication<Server> | undefined;
  try {
    app = await NestFactory.create<INestApplication<Server>>(AppModule.forRoot(config, db.url, logger), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
    });
    configureHttp(app, config);
    configureServerTimeouts(app);
    await app.listen(config.port);
  } catch (e) {
    await app?.close().catch(() => undefined);
    await db.stop();
    throw e;
  }
  logger.info(
    `GraphQL at http://localhost:${config.port}/graphql (database: ${db.embedded ? 'embedded' : 'DATABASE_URL'})`,
  );

  // SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the pool, stop the
  // embedded database, exit 0 (or 1 if that takes longer than 15 s).
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 15 s; exiting');
      void db.stop().finally(() => process.exit(1));
    }, 15000);
    timer.unref();
    try {
      await app.close();
    } catch (e) {
      logger.error({ err: (e as Error).message }, 'error while closing');
    } finally {
      await db.stop();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  console.error(`Enlace failed to start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
