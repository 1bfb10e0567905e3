import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SourcingRequestInput {
  @Field(() => ID)
  plantId: string;
  @Field(() => String)
  process: string;
  @Field(() => [String], { nullable: true })
  requiredCertifications?: string[] | null;
  @Field(() => [String], { nullable: true })
  preferredCertifications?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Pieces per year; more than 0' })
  annualVolume?: number | null;
  @Field(() => Float, { nullable: true, description: 'Must be >= 0' })
  maxDistanceKm?: number | null;
}
