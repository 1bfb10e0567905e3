import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { RankingService } from './ranking/ranking.service';
import { RankingResolver } from './ranking/ranking.resolver';

@Module({
  imports: [CatalogModule, SuppliersModule],
  providers: [RankingService, RankingResolver],
  exports: [RankingService],
})
export class MatchingModule {}
