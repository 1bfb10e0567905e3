import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { GapsRepository } from './gaps.repository';
import { GapsService } from './gaps.service';
import {
  CandidatePlantResolver,
  DevelopmentCandidateResolver,
  GapsResolver,
  NearbyLogisticsNodeResolver,
  RemoteCertifiedSupplierResolver,
} from './gaps.resolver';

@Module({
  imports: [CatalogModule, SuppliersModule],
  providers: [
    GapsRepository,
    GapsService,
    GapsResolver,
    DevelopmentCandidateResolver,
    CandidatePlantResolver,
    RemoteCertifiedSupplierResolver,
    NearbyLogisticsNodeResolver,
  ],
  exports: [GapsService],
})
export class GapsModule {}
