import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@enlace/core';
import { MatchInput } from './dto/match.input';
import { SupplierMatch } from './models/supplier-match.model';
import { RankingService } from './ranking.service';

@Resolver(() => SupplierMatch)
export class RankingResolver {
  constructor(private readonly ranking: RankingService) {}

  @Public()
  @Query(() => [SupplierMatch], {
    description:
      'The best qualifying suppliers for a plant and process, exactly (not from a sample): ordered by score descending, then distance, then id. Public, like the catalogue. See README "Ranking".',
  })
  rankSuppliers(@Args('input', { type: () => MatchInput }) input: MatchInput): Promise<SupplierMatch[]> {
    return this.ranking.rank(input);
  }
}
