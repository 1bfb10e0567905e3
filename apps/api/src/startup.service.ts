import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { ReferenceDataLoader } from '@enlace/catalog';

/** Start-up work that needs the migrated database: reference data, bootstrap accounts, demo data. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly log = new Logger('Startup');
  ready = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reference: ReferenceDataLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reference.load();
    this.ready = true;
    this.log.log(`ready (${this.config.nodeEnv})`);
  }
}
