import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RateLimitDecision {
  allowed: boolean;
  count: number;
  limit: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so a limit holds across every API instance that shares
 * the database. One statement per check; old windows are swept now and then.
 */
@Injectable()
export class RateLimiter {
  private checks = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Counts one hit for `key` in the current window and says whether it is within `limit`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const [row] = await this.db.query(
      `INSERT INTO rate_limit_counters (key, window_start, hits)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits, extract(epoch FROM (window_start + make_interval(secs => $2) - now()))::int AS remaining`,
      [key, windowSeconds],
    );
    if (++this.checks % 1000 === 0) void this.sweep();
    return { allowed: row.hits <= limit, count: row.hits, limit, retryAfterSeconds: Math.max(1, row.remaining) };
  }

  /** Reads the current window's count without adding to it. */
  async peek(key: string, windowSeconds: number): Promise<number> {
    const rows = await this.db.query(
      `SELECT hits FROM rate_limit_counters WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM now()) / $2) * $2)`,
      [key, windowSeconds],
    );
    return rows[0]?.hits ?? 0;
  }

  async reset(key: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_counters WHERE key = $1`, [key]);
  }

  private async sweep(): Promise<void> {
    await this.db
      .query(`DELETE FROM rate_limit_counters WHERE window_start < now() - interval '1 day'`)
      .catch(() => undefined);
  }
}
