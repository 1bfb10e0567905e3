import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, Region } from '@enlace/core';

@ObjectType({ description: 'A capability gap as recorded on one day by `npm run cli -- gaps snapshot`' })
export class GapSnapshot {
  @Field(() => DateScalar)
  date: string;
  @Field(() => Region)
  region: Region;
  @Field(() => String)
  process: string;
  @Field(() => Float)
  radiusKm: number;
  @Field(() => Int)
  plantsInRegion: number;
  @Field(() => Float)
  demand: number;
  @Field(() => Int)
  certifiedSuppliers: number;
  @Field(() => Int)
  developmentCandidates: number;
  @Field(() => Float)
  gapScore: number;
}
