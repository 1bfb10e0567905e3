import { DynamicModule, Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { typeOrmOptions } from './typeorm-options';
import { SqlLogger } from './sql-logger';
import { runMigrations } from './migrate';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { PgListener } from './pg-listener';

@Injectable()
export class DatabaseMigrator implements OnModuleInit {
  private readonly log = new Logger('Migrations');
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const applied = await runMigrations(this.dataSource);
    if (applied.length) this.log.log(`applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** Connects TypeORM to `url` and applies pending migrations before the application starts. */
  static forRoot(url: string): DynamicModule {
    const sqlLogger = new SqlLogger();
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => typeOrmOptions(url, config, sqlLogger),
        }),
      ],
      providers: [{ provide: SqlLogger, useValue: sqlLogger }, DatabaseMigrator, RateLimiter, PgListener],
      exports: [SqlLogger, RateLimiter, PgListener],
    };
  }
}
