import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { ReferenceDataLoader } from '@enlace/catalog';
import { AccountsBootstrap } from '@enlace/accounts';
import { SupplierGenerator, SupplierRepository } from '@enlace/suppliers';

/** Start-up work that needs the migrated database: reference data, bootstrap accounts, demo data. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly log = new Logger('Startup');
  ready = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reference: ReferenceDataLoader,
    private readonly accounts: AccountsBootstrap,
    private readonly generator: SupplierGenerator,
    private readonly suppliers: SupplierRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reference.load();
    await this.accounts.ensureAdmin();
    if (this.config.seedDemo) await this.seedDemoSuppliers();
    if (this.config.seedDemo) await this.accounts.seedDemo();
    this.ready = true;
    this.log.log(`ready (${this.config.nodeEnv})`);
  }

  /** SEED_DEMO: 2,000 synthetic suppliers with source 'demo', once (not again on the next start). */
  private async seedDemoSuppliers(): Promise<void> {
    if (await this.suppliers.anyFromSource('demo', 'demo-')) return;
    const r = await this.generator.generate(2000, 'demo', { source: 'demo' });
    this.log.log(`demo suppliers: ${r.inserted} added in ${r.seconds.toFixed(1)} s`);
  }
}
