import { Field, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@enlace/core';
import { Certification } from '../../certifications/models/certification.model';
import { Supplier } from '../../models/supplier.model';

@ObjectType({ description: 'A certificate that lapses soon, with its supplier (for renewal reminders)' })
export class ExpiringCertification {
  @Field(() => Certification)
  certification: Certification;
  @Field(() => Supplier)
  supplier?: Supplier;
  @Field(() => Int, { description: 'Days from today until expiresOn (0 = expires today)' })
  daysLeft: number;

  supplierId: string;
}

export const { EdgeType: ExpiringCertificationEdge, ConnectionType: ExpiringCertificationConnection } = connectionTypes(
  ExpiringCertification,
  'ExpiringCertification',
);
