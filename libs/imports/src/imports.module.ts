import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { ImportService } from './import.service';
import { ExportService } from './export.service';
import { ImportsResolver } from './imports.resolver';

@Module({
  imports: [CatalogModule, SuppliersModule],
  providers: [ImportService, ExportService, ImportsResolver],
  exports: [ImportService, ExportService],
})
export class ImportsModule {}
