import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '@enlace/core';
import { StartupService } from '../startup.service';

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms))),
  ]).finally(() => clearTimeout(timer));
}

type Reply = { status(code: number): Reply; json(body: unknown): void };

@Controller('health')
export class HealthController {
  /** Once migrations are current they stay current for this process. */
  private migrated = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly startup: StartupService,
  ) {}

  /** Liveness: 200 while the process serves HTTP, whatever the state of the database. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness (`/health/ready`, and `/health` for existing probes): 200 once the database is
   * reachable, migrated and the reference data is loaded; 503 otherwise.
   */
  @Public()
  @Get(['', 'ready'])
  async ready(@Res() res: Reply): Promise<void> {
    let database: 'up' | 'down' = 'down';
    let migrations: 'current' | 'pending' | 'unknown' = 'unknown';
    try {
      await withTimeout(this.db.query('SELECT 1'), 2000);
      database = 'up';
      if (!this.migrated) this.migrated = !(await withTimeout(this.db.showMigrations(), 2000));
      migrations = this.migrated ? 'current' : 'pending';
    } catch {
      database = 'down';
    }
    const ready = database === 'up' && migrations === 'current' && this.startup.ready;
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? 'ok' : 'unavailable',
      database,
      migrations,
      referenceData: this.startup.ready ? 'loaded' : 'pending',
    });
  }
}
