import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { installPgTypeParsers } from './pg-types';
import { Logger } from 'typeorm';

export function typeOrmOptions(
  url: string,
  config: Pick<AppConfig, 'dbPoolSize' | 'statementTimeoutMs'>,
  logger?: Logger,
) {
  installPgTypeParsers();
  return {
    type: 'postgres' as const,
    url,
    autoLoadEntities: true,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    logger,
    maxQueryExecutionTime: 1000,
    extra: {
      max: config.dbPoolSize,
      connectionTimeoutMillis: 5000,
      statement_timeout: config.statementTimeoutMs || undefined,
      // A transaction left open by an instance that hung or lost its network (its locks would hold
      // outbox rows and deliveries) ends after a minute; none of ours waits that long between statements.
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
      application_name: 'enlace',
    },
  } satisfies DataSourceOptions & { autoLoadEntities: boolean };
}
