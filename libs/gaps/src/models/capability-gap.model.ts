import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@ObjectType({
  description:
    'Where plants of a region buy a process that few certified suppliers nearby offer. Computed as of today for every ' +
    '(region, process) such that some plant of the region sources the process. See the README, "Capability gaps".',
})
export class CapabilityGap {
  @Field(() => Region)
  region: Region;

  @Field(() => String, { description: 'A Process code' })
  process: string;

  @Field(() => Int, { description: 'Plants of the region whose sourced processes (demand) include the process' })
  plantsInRegion: number;

  @Field(() => Float, {
    description:
      'Demand weight: 1 per plant of the region sourcing the process, plus 0.5 per OPEN sourcing request for the process at a plant of the region',
  })
  demand: number;

  @Field(() => Int, {
    description:
      'Distinct suppliers with the process and a valid IATF-16949 today (ISO-TS-16949 never counts) within radiusKm of at least one of those plants, in any region',
  })
  certifiedSuppliers: number;

  @Field(() => Int, {
    description: 'Distinct suppliers with the process within radiusKm of those plants but without a valid IATF-16949',
  })
  developmentCandidates: number;

  @Field(() => Float, {
    description:
      'In [0, 1]; 1 = demand with no certified supply. 1 − covered demand / demand, where each plant (weight 1) and each OPEN request ' +
      '(weight 0.5, at its plant) is covered min(1, n / 3) with n the certified suppliers within radiusKm of that plant. More certified supply never raises it.',
  })
  gapScore: number;
}
