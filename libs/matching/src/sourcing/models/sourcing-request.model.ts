import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Plant } from '@enlace/catalog';
import { Supplier } from '@enlace/suppliers';
import { listComplexity, RANKING_COST, requestedPageSize } from '@enlace/core';
import { SupplierMatch } from '../../ranking/models/supplier-match.model';

export enum SourcingRequestStatus {
  OPEN = 'OPEN',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SourcingRequestStatus, {
  name: 'SourcingRequestStatus',
  description: 'OPEN, then AWARDED or CANCELLED (both final)',
});

@ObjectType({ description: 'One line of the ranking kept when a request was awarded' })
export class AwardSnapshotEntry {
  @Field(() => Int, { description: '1-based position in the ranking at award time' })
  rank: number;
  @Field(() => ID)
  supplierId: string;
  @Field(() => String)
  supplierName: string;
  @Field(() => Float)
  score: number;
  @Field(() => Float)
  distanceKm: number;
}

@ObjectType({ description: "An OEM buyer's request for quotation" })
export class SourcingRequest {
  @Field(() => ID)
  id: string;
  @Field(() => Plant)
  plant?: Plant;
  @Field(() => String, { description: 'A Process code' })
  process: string;
  @Field(() => [String])
  requiredCertifications: string[];
  @Field(() => [String])
  preferredCertifications: string[];
  @Field(() => Int, { nullable: true })
  annualVolume: number | null;
  @Field(() => Float, { nullable: true, description: 'Suppliers farther than this (great-circle km) do not qualify' })
  maxDistanceKm: number | null;
  @Field(() => SourcingRequestStatus)
  status: SourcingRequestStatus;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => [SupplierMatch], {
    description: 'The same ranking as rankSuppliers for this request, computed live (first: default 20, at most 100)',
    complexity: listComplexity({ size: (args) => requestedPageSize(args.first), fixed: RANKING_COST }),
  })
  matches?: SupplierMatch[];
  @Field(() => Supplier, { nullable: true, description: 'The supplier the request was awarded to' })
  awardedSupplier?: Supplier | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  awardedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt: Date | null;
  @Field(() => [AwardSnapshotEntry], {
    nullable: true,
    description: 'The ranking (top 100) at the moment of the award, kept for the record',
    complexity: listComplexity({ size: 100 }), // AWARD_SNAPSHOT_SIZE entries (and the awarded supplier)
  })
  awardSnapshot: AwardSnapshotEntry[] | null;

  plantId: string;
  awardedSupplierId: string | null;
}

@ObjectType({
  description: 'An OPEN sourcing request the calling supplier qualifies for; other suppliers are not shown',
})
export class SourcingOpportunity {
  @Field(() => ID, { description: 'The sourcing request id' })
  id: string;
  @Field(() => Plant)
  plant?: Plant;
  @Field(() => String)
  process: string;
  @Field(() => [String])
  requiredCertifications: string[];
  @Field(() => [String])
  preferredCertifications: string[];
  @Field(() => Int, { nullable: true })
  annualVolume: number | null;
  @Field(() => Float, { nullable: true })
  maxDistanceKm: number | null;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => SupplierMatch, { description: "The caller's own score, breakdown and reasons for this request" })
  myMatch: SupplierMatch;

  plantId: string;
}
