import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { GapsRepository } from './gaps.repository';
import { GapsService } from './gaps.service';
import { GapBriefService } from './brief/gap-brief.service';
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
    GapBriefService,
    GapsResolver,
    DevelopmentCandidateResolver,
    CandidatePlantResolver,
    RemoteCertifiedSupplierResolver,
    NearbyLogisticsNodeResolver,
  ],
  exports: [GapsService],
})
export class GapsModule {}
