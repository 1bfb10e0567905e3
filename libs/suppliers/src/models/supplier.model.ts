import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes, GeoPoint, Region } from '@enlace/core';
import { State } from '@enlace/catalog';
import { Tier } from './tier';
import { SupplierCapability } from './supplier-capability.model';
import { Certification } from '../certifications/models/certification.model';

@ObjectType({ description: 'An auto-parts supplier plant' })
export class Supplier {
  @Field(() => ID)
  id: string;
  @Field(() => String)
  name: string;
  @Field(() => String, { nullable: true, description: 'Mexican tax id (RFC), unique where present' })
  rfc: string | null;
  @Field(() => Tier, { nullable: true })
  tier: Tier | null;
  @Field(() => State)
  state?: State;
  @Field(() => String)
  city: string;
  @Field(() => Region)
  region: Region;
  @Field(() => GeoPoint)
  location: GeoPoint;
  @Field(() => [SupplierCapability])
  capabilities?: SupplierCapability[];
  @Field(() => [Certification])
  certifications?: Certification[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the supplier last confirmed its profile is current',
  })
  profileConfirmedAt: Date | null;
  @Field(() => Int, { description: 'Optimistic-lock version; bumps on every change' })
  version: number;
  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
  @Field(() => String, { nullable: true, description: 'Staff band, e.g. "51 a 100 personas" (DENUE per_ocu)' })
  employees: string | null;
  @Field(() => String, { nullable: true, description: 'Where the record came from, e.g. "denue"' })
  source: string | null;

  stateCode: string;
}

export const { EdgeType: SupplierEdge, ConnectionType: SupplierConnection } = connectionTypes(Supplier, 'Supplier');
