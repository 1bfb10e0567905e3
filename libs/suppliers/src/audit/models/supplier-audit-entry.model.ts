import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@enlace/core';

@ObjectType({ description: 'One changed field of an audited supplier change; values are JSON text' })
export class FieldChange {
  @Field(() => String, {
    description: 'e.g. "name", "location", "capabilities", "certification", "profileConfirmedAt"',
  })
  field: string;
  @Field(() => String, {
    nullable: true,
    description: 'The value before the change, as JSON (null when there was none)',
  })
  oldValue: string | null;
  @Field(() => String, { nullable: true, description: 'The value after the change, as JSON (null when removed)' })
  newValue: string | null;
}

@ObjectType({ description: "An entry of a supplier profile's audit trail: who changed what, when" })
export class SupplierAuditEntry {
  @Field(() => ID)
  id: string;
  @Field(() => GraphQLISODateTime)
  at: Date;
  @Field(() => String, {
    description:
      'CREATE, UPDATE, ADD_CERTIFICATION, REMOVE_CERTIFICATION, CONFIRM_PROFILE, IMPORT_CREATE or IMPORT_UPDATE (SupplierAuditAction)',
  })
  action: string;
  @Field(() => ID, { nullable: true, description: 'The account that made the change; null for system changes' })
  actorId: string | null;
  @Field(() => String, { nullable: true })
  actorEmail: string | null;
  @Field(() => Int, { description: "The profile's version after the change" })
  version: number;
  @Field(() => [FieldChange])
  changes: FieldChange[];
}

export const { EdgeType: SupplierAuditEntryEdge, ConnectionType: SupplierAuditEntryConnection } = connectionTypes(
  SupplierAuditEntry,
  'SupplierAuditEntry',
);
