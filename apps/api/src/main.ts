import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, startDatabaseServer } from '@enlace/core';
import { AppModule } from './app.module';

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
  const log = new Logger('Enlace');
  if (!config.databaseUrl) log.log(`starting embedded PostgreSQL in ${config.dataDir}/pg on port ${config.embeddedPgPort}`);
  const db = await startDatabaseServer(config);
  let app;
  try {
    app = await NestFactory.create(AppModule.forRoot(config, db.url), { logger: ['error', 'warn', 'log'] });
    await app.listen(config.port);
  } catch (e) {
    await db.stop();
    throw e;
  }
  log.log(`GraphQL at http://localhost:${config.port}/graphql (database: ${db.embedded ? 'embedded' : 'DATABASE_URL'})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: shutting down`);
    const timer = setTimeout(() => process.exit(1), 15000);
    timer.unref();
    try {
      await app.close();
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
