import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { MatchingModule } from '@enlace/matching';
import { CertificationImpactService } from './impact/certification-impact.service';
import { CertificationImpactResolver } from './impact/certification-impact.resolver';
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
  imports: [CatalogModule, SuppliersModule, MatchingModule],
  providers: [
    GapsRepository,
    GapsService,
    GapBriefService,
    CertificationImpactService,
    CertificationImpactResolver,
    GapsResolver,
    DevelopmentCandidateResolver,
    CandidatePlantResolver,
    RemoteCertifiedSupplierResolver,
    NearbyLogisticsNodeResolver,
  ],
  exports: [GapsService],
})
export class GapsModule {}
