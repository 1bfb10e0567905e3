import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SupplierRepository } from './supplier.repository';
import { SupplierService } from './supplier.service';
import { SupplierResolver } from './supplier.resolver';

@Module({
  imports: [CatalogModule],
  providers: [SupplierRepository, SupplierService, SupplierResolver],
  exports: [SupplierRepository, SupplierService],
})
export class SuppliersModule {}
