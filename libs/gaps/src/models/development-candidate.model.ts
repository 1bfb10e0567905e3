import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Plant } from '@enlace/catalog';
import { Supplier } from '@enlace/suppliers';

@ObjectType({ description: 'A plant a development candidate could serve' })
export class CandidatePlant {
  @Field(() => ID)
  plantId: string;
  @Field(() => Plant)
  plant?: Plant;
  @Field(() => Float, { description: 'Great-circle distance from the supplier to the plant, km' })
  distanceKm: number;
}

@ObjectType({
  description:
    'A supplier with the process near demand but without a valid IATF-16949: a candidate for the certification programme that co-funds 50%. ' +
    'Costs are indicative estimates in US dollars (see the README, "Capability gaps").',
})
export class DevelopmentCandidate {
  @Field(() => ID)
  supplierId: string;
  @Field(() => Supplier)
  supplier?: Supplier;
  @Field(() => Float, {
    description: 'Demand weight (plants 1, OPEN requests 0.5) of the region within the radius of this supplier',
  })
  nearDemand: number;
  @Field(() => Float, { description: 'Distance to the nearest such plant, km' })
  nearestDistanceKm: number;
  @Field(() => [CandidatePlant], {
    description: 'The plants of the region sourcing the process within the radius, nearest first',
  })
  plants: CandidatePlant[];
  @Field(() => [String], {
    description:
      'What it lacks: "IATF-16949" and, where the process has one, its CQI assessment (e.g. "CQI-23") when not held valid',
  })
  missingCertifications: string[];
  @Field(() => Boolean, { description: 'Holds a valid ISO 9001 (IATF 16949 then costs less)' })
  holdsIso9001: boolean;
  @Field(() => Float, {
    description:
      'Indicative cost of closing what it lacks, USD (IATF 16949: 30,000, or 18,000 over a valid ISO 9001; a CQI assessment: 4,000)',
  })
  indicativeCostUsd: number;
  @Field(() => Float, { description: "The programme's co-funded share (50%), USD" })
  coFundedUsd: number;
  @Field(() => Float, { description: 'What the supplier pays itself, USD' })
  supplierShareUsd: number;
}
