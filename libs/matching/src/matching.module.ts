import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { RankingBoundsStartup } from './ranking/ranking-bounds.startup';
import { RankingService } from './ranking/ranking.service';
import { RankingResolver } from './ranking/ranking.resolver';
import { SourcingRequestRepository } from './sourcing/sourcing-request.repository';
import { SourcingService } from './sourcing/sourcing.service';
import { SourcingOpportunityResolver, SourcingRequestResolver } from './sourcing/sourcing.resolver';

@Module({
  imports: [CatalogModule, SuppliersModule],
  providers: [
    RankingBoundsStartup,
    RankingService,
    RankingResolver,
    SourcingRequestRepository,
    SourcingService,
    SourcingRequestResolver,
    SourcingOpportunityResolver,
  ],
  exports: [RankingService, SourcingService],
})
export class MatchingModule {}
