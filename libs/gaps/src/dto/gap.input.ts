import { Field, Float, InputType } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@InputType({ description: 'Which capability gaps to compute' })
export class GapInput {
  @Field(() => Region, { nullable: true, description: 'All regions when null' })
  region?: Region | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Supply counts within this great-circle distance (km) of a plant; default 250, must be > 0',
  })
  radiusKm?: number | null;
}
