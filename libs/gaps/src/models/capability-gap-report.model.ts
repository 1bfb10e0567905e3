import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar, GeoPoint, Region } from '@enlace/core';
import { Plant } from '@enlace/catalog';
import { Supplier } from '@enlace/suppliers';
import { CapabilityGap } from './capability-gap.model';

@ObjectType({
  description: 'A certified supplier outside the region that plants of the region would otherwise have to buy from',
})
export class RemoteCertifiedSupplier {
  @Field(() => ID)
  supplierId: string;
  @Field(() => Supplier)
  supplier?: Supplier;
  @Field(() => Region, { description: "The supplier's region (never the report's region)" })
  region: Region;
  @Field(() => ID)
  nearestPlantId: string;
  @Field(() => Plant, { description: 'The nearest plant of the report region that sources the process' })
  nearestPlant?: Plant;
  @Field(() => Float, { description: 'Great-circle distance to that plant, km' })
  distanceKm: number;
}

@ObjectType()
export class CapabilityGapReportEntry {
  @Field(() => CapabilityGap)
  gap: CapabilityGap;
  @Field(() => [RemoteCertifiedSupplier], {
    description:
      'The nearest suppliers in OTHER regions with the process and a valid IATF-16949 (up to 3), nearest first',
  })
  nearestCertifiedElsewhere: RemoteCertifiedSupplier[];
}

@ObjectType({ description: 'A seaport or border crossing and the nearest plant of the region' })
export class NearbyLogisticsNode {
  @Field(() => String)
  name: string;
  @Field(() => String, { description: 'seaport or border-crossing' })
  kind: string;
  @Field(() => String, { description: 'ISO 3166-2 state code' })
  stateCode: string;
  @Field(() => GeoPoint)
  location: GeoPoint;
  @Field(() => ID)
  nearestPlantId: string;
  @Field(() => Plant)
  nearestPlant?: Plant;
  @Field(() => Float, { description: 'Great-circle distance to the nearest plant of the region, km' })
  distanceKm: number;
}

@ObjectType({
  description:
    "The basis of an investor brief: a region's capability gaps, where certified supply is instead, and its ports and border crossings",
})
export class CapabilityGapReport {
  @Field(() => Region)
  region: Region;
  @Field(() => Float)
  radiusKm: number;
  @Field(() => DateScalar, { description: 'The day the certifications were evaluated' })
  asOf: string;
  @Field(() => [CapabilityGapReportEntry], { description: 'Ordered as capabilityGaps' })
  gaps: CapabilityGapReportEntry[];
  @Field(() => [NearbyLogisticsNode], {
    description: "Every seaport and border crossing, nearest to the region's plants first",
  })
  logisticsNodes: NearbyLogisticsNode[];
}
