import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { ReferenceDataLoader } from '@enlace/catalog';
import { AccountsBootstrap } from '@enlace/accounts';

/** Start-up work that needs the migrated database: reference data, bootstrap accounts, demo data. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly log = new Logger('Startup');
  ready = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reference: ReferenceDataLoader,
    private readonly accounts: AccountsBootstrap,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reference.load();
    await this.accounts.ensureAdmin();
    if (this.config.seedDemo) await this.accounts.seedDemo();
    this.ready = true;
    this.log.log(`ready (${this.config.nodeEnv})`);
  }
}
