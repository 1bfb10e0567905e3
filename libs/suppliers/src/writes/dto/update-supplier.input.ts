import { Field, InputType } from '@nestjs/graphql';
import { GeoPointInput } from '@enlace/core';
import { Tier } from '../../models/tier';
import { SupplierCapabilityInput } from './create-supplier.input';

/** Only the fields given change; null clears an optional field (rfc, tier, contact details). */
@InputType()
export class UpdateSupplierInput {
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Tier, { nullable: true })
  tier?: Tier | null;
  @Field(() => String, { nullable: true })
  stateCode?: string | null;
  @Field(() => String, { nullable: true })
  city?: string | null;
  @Field(() => GeoPointInput, { nullable: true })
  location?: GeoPointInput | null;
  @Field(() => [SupplierCapabilityInput], { nullable: true, description: 'Replaces the whole list when given' })
  capabilities?: SupplierCapabilityInput[] | null;
  @Field(() => String, { nullable: true, description: 'Mexican tax id (RFC); null clears it' })
  rfc?: string | null;
  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
  @Field(() => String, { nullable: true })
  website?: string | null;
}
