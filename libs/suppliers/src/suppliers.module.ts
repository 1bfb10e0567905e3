import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SupplierRepository } from './supplier.repository';
import { SupplierService } from './supplier.service';
import { SupplierResolver } from './supplier.resolver';
import { SupplierGenerator } from './synthetic/supplier-generator';
import { SupplierValidation } from './writes/supplier-validation';
import { SupplierWriteReads } from './writes/supplier-write-reads.repository';
import { SupplierWriteService } from './writes/supplier-write.service';
import { SupplierAdminResolver } from './writes/supplier-admin.resolver';
import { SupplierAuditRepository } from './audit/supplier-audit.repository';
import { SupplierStore } from './store/supplier.store';
import { SupplierHistoryService } from './audit/supplier-history.service';
import { FreshnessRepository } from './freshness/freshness.repository';
import { FreshnessService } from './freshness/freshness.service';
import { FreshnessResolver } from './freshness/freshness.resolver';
import { SupplierContactResolver } from './access/supplier-contact.resolver';

/** Write side: validation, versioned writes with audit, freshness reminders, contact visibility. */
const WRITE_PROVIDERS = [
  SupplierValidation,
  SupplierWriteReads,
  SupplierWriteService,
  SupplierAdminResolver,
  SupplierAuditRepository,
  SupplierHistoryService,
  FreshnessRepository,
  FreshnessService,
  FreshnessResolver,
  SupplierContactResolver,
];

@Module({
  imports: [CatalogModule],
  providers: [
    SupplierStore,
    SupplierRepository,
    SupplierService,
    SupplierResolver,
    SupplierGenerator,
    ...WRITE_PROVIDERS,
  ],
  exports: [
    SupplierStore,
    SupplierRepository,
    SupplierService,
    SupplierGenerator,
    SupplierWriteService,
    SupplierValidation,
    SupplierAuditRepository,
  ],
})
export class SuppliersModule {}
