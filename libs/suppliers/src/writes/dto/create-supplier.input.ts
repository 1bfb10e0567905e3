import { Field, InputType } from '@nestjs/graphql';
import { GeoPointInput } from '@enlace/core';
import { Tier } from '../../models/tier';

@InputType()
export class SupplierCapabilityInput {
  @Field(() => String, { description: 'A Process code, e.g. "injection-molding"' })
  process: string;
  @Field(() => [String], { nullable: true })
  materials?: string[] | null;
  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class CreateSupplierInput {
  @Field(() => String)
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'Mexican tax id (RFC): 3-4 letters, YYMMDD, 3 characters; unique',
  })
  rfc?: string | null;
  @Field(() => Tier, { nullable: true })
  tier?: Tier | null;
  @Field(() => String, { description: 'ISO 3166-2 state code, e.g. "MX-GUA"' })
  stateCode: string;
  @Field(() => String)
  city: string;
  @Field(() => GeoPointInput, { description: 'Must lie inside Mexico' })
  location: GeoPointInput;
  @Field(() => [SupplierCapabilityInput], { nullable: true })
  capabilities?: SupplierCapabilityInput[] | null;
  @Field(() => String, { nullable: true, description: 'Visible to buyers, analysts, admins and the supplier itself' })
  contactEmail?: string | null;
  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'http(s) URL' })
  website?: string | null;
}
