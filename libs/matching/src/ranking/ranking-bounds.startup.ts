import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@enlace/core';
import { applyCodeConstants } from './ranking-bounds';

/** On start, brings rank_key's static bounds to the code's constants when they changed (see applyCodeConstants). */
@Injectable()
export class RankingBoundsStartup implements OnApplicationBootstrap {
  private readonly log = new Logger('RankingBounds');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    const outcome = await applyCodeConstants(this.db, this.clock.today());
    if (outcome === 'rebased')
      this.log.log(`ranking bounds rewritten with the code's constants in ${Date.now() - started} ms`);
    if (outcome === 'stale')
      this.log.warn(
        "ranking bounds were computed with other constants than the code's: the ranking does without them (exact, slower) until `npm run cli -- ranking rebase`",
      );
  }
}
