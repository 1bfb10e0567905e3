import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@ArgsType()
export class PlantsArgs {
  @Field(() => Region, { nullable: true })
  region?: Region | null;
  @Field(() => String, { nullable: true, description: 'OEM name, case-insensitive, e.g. "Nissan"' })
  oem?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size, default 20, at most 100' })
  first?: number | null;
  @Field(() => String, { nullable: true })
  after?: string | null;
}
