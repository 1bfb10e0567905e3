import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Plant } from '@enlace/catalog';

@ObjectType({ description: "A supplier's place in a plant's ranking now and with a certificate" })
export class PlantRankChange {
  @Field(() => Plant)
  plant: Plant;
  @Field(() => String, { description: 'The process (one of the supplier’s that the plant sources)' })
  process: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "1-based place in the plant's top 100 for the process with the scheme required (rankSuppliers' scoring exactly); null when outside it or not qualifying",
  })
  rankNow: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The same if the supplier held the scheme valid from today for 3 years, every other supplier unchanged',
  })
  rankWith: number | null;
  @Field(() => Float, { description: 'Great-circle distance from the supplier to the plant, km' })
  distanceKm: number;
}

@ObjectType({
  description:
    'What a certificate would be worth to a supplier: the business case for certifying (the industry association co-funds up to 50% of the cost)',
})
export class CertificationImpact {
  @Field(() => String)
  scheme: string;
  @Field(() => [PlantRankChange], {
    description:
      "Plants within 500 km that source one of the supplier's processes (for a CQI assessment: its own process), nearest first",
  })
  plants: PlantRankChange[];
  @Field(() => Int, { description: 'OPEN sourcing requests the supplier qualifies for today' })
  openRequestsNow: number;
  @Field(() => Int, { description: '... and would qualify for with the certificate' })
  openRequestsWith: number;
  @Field(() => Float, { description: 'Indicative total, USD, as in supplierDevelopmentCandidates' })
  estimatedCostUsd: number;
  @Field(() => Float, { description: 'The share a co-funding programme would pay, USD' })
  coFundedUsd: number;
}
