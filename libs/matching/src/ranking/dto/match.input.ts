import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Relative weights of the score components; non-negative, not all zero, normalized to sum 1' })
export class MatchWeightsInput {
  @Field(() => Float, { nullable: true, description: 'default 0.5' })
  proximity?: number | null;
  @Field(() => Float, { nullable: true, description: 'default 0.3' })
  certification?: number | null;
  @Field(() => Float, { nullable: true, description: 'default 0.1' })
  capability?: number | null;
  @Field(() => Float, { nullable: true, description: 'default 0.1' })
  freshness?: number | null;
}

@InputType()
export class MatchInput {
  @Field(() => ID)
  plantId: string;
  @Field(() => String)
  process: string;
  @Field(() => [String], { nullable: true, description: 'A supplier lacking a valid one of these is excluded' })
  requiredCertifications?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Raise the score, never exclude' })
  preferredCertifications?: string[] | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Exclude suppliers farther than this (great-circle); must be >= 0',
  })
  maxDistanceKm?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 20, at most 100' })
  first?: number | null;
  @Field(() => MatchWeightsInput, {
    nullable: true,
    description: 'Override the default weights (proximity 0.5, certification 0.3, capability 0.1, freshness 0.1)',
  })
  weights?: MatchWeightsInput | null;
}
