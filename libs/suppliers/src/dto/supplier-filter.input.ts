import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@InputType()
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Fuzzy on name: typos and missing accents tolerated' })
  search?: string | null;
  @Field(() => Region, { nullable: true })
  region?: Region | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2 state code, e.g. "MX-NLE"' })
  stateCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A Process code' })
  process?: string | null;
  @Field(() => String, { nullable: true, description: 'Holds a certificate of this scheme that is valid today' })
  certification?: string | null;
}

@ArgsType()
export class SuppliersArgs {
  @Field(() => SupplierFilter, { nullable: true })
  filter?: SupplierFilter | null;
  @Field(() => Int, { nullable: true, description: 'Page size, default 20, at most 100' })
  first?: number | null;
  @Field(() => String, { nullable: true })
  after?: string | null;
}
