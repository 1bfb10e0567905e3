import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../database/query-rows';

/** One counter and the most hits it may hold in a window. */
export interface RateLimit {
  key: string;
  limit: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** The first counter over its limit (when refused), else the first counter. */
  count: number;
  limit: number;
  retryAfterSeconds: number;
}

interface CounterRow {
  key: string;
  hits: number;
  remaining: number;
}

/** The verdict over counters just counted: refused when any of them is over its limit. */
export function decide(limits: readonly RateLimit[], rows: readonly CounterRow[]): RateLimitDecision {
  const verdicts = limits.map((l) => {
    const row = rows.find((r) => r.key === l.key);
    return { limit: l.limit, count: row?.hits ?? 0, retryAfterSeconds: Math.max(1, row?.remaining ?? 1) };
  });
  const over = verdicts.find((v) => v.count > v.limit);
  const shown = over ?? verdicts[0] ?? { limit: 0, count: 0, retryAfterSeconds: 1 };
  return { allowed: !over, ...shown };
}

/**
 * Counters kept in PostgreSQL, so a limit holds across every API instance that shares the database.
 * Each key has one window that opens at its first hit and lasts `windowSeconds`; a hit after it
 * closed opens a new one. So no burst gets more than the limit, as one straddling the edge of
 * clock-aligned windows would. A check counts first and decides on the counts the same statement
 * returns, so concurrent requests can never all slip under a limit; stale rows are swept now and then.
 */
@Injectable()
export class RateLimiter {
  private checks = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts one hit on every counter (one statement; rows are locked in key order, so concurrent
   * checks of overlapping counters never deadlock) and says whether all are within their limits.
   */
  async hitAll(limits: readonly RateLimit[], windowSeconds: number): Promise<RateLimitDecision> {
    const keys = [...new Set(limits.map((l) => l.key))].sort();
    const rows = await queryRows<CounterRow>(
      this.db,
      `INSERT INTO rate_limit_counters AS c (key, window_start, hits)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.hits + 1 ELSE 1 END,
         window_start = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.window_start ELSE now() END
       RETURNING key, hits, ceil(extract(epoch FROM (window_start + make_interval(secs => $2) - now())))::int AS remaining`,
      [keys, windowSeconds],
    );
    if (++this.checks % 1000 === 0) void this.sweep();
    return decide(limits, rows);
  }

  /** Takes back one hit of the open window (an attempt that turned out to be legitimate). */
  async refund(key: string): Promise<void> {
    await this.db.query(`UPDATE rate_limit_counters SET hits = hits - 1 WHERE key = $1 AND hits > 0`, [key]);
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
