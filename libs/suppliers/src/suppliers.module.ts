import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SupplierRepository } from './supplier.repository';
import { SupplierService } from './supplier.service';
import { SupplierResolver } from './supplier.resolver';
import { SupplierGenerator } from './synthetic/supplier-generator';

@Module({
  imports: [CatalogModule],
  providers: [SupplierRepository, SupplierService, SupplierResolver, SupplierGenerator],
  exports: [SupplierRepository, SupplierService, SupplierGenerator],
})
export class SuppliersModule {}
