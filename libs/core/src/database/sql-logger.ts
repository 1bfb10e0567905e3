import { Logger as NestLogger } from '@nestjs/common';
import { Logger, QueryRunner } from 'typeorm';

/**
 * TypeORM logger: counts statements (tests use it to prove there is no N+1), reports slow
 * queries and failures to the application log without echoing parameters.
 */
export class SqlLogger implements Logger {
  statements = 0;
  private readonly out = new NestLogger('SQL');

  constructor(private readonly slowMs = 1000) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.warn(`query failed: ${error instanceof Error ? error.message : error} in: ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowMs) this.out.warn(`slow query (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.out.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
  }
}
