import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@enlace/core';
import { CertificationStatus } from '../certification-status';

@ObjectType()
export class Certification {
  @Field(() => ID)
  id: string;
  @Field(() => String, { description: 'A CertificationScheme code' })
  scheme: string;
  @Field(() => String, { nullable: true })
  certificateNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Certification body' })
  issuer: string | null;
  @Field(() => DateScalar, { nullable: true })
  issuedOn: string | null;
  @Field(() => DateScalar, { nullable: true })
  expiresOn: string | null;
  @Field(() => CertificationStatus, { description: 'Derived from dates and the scheme, as of today' })
  status: CertificationStatus;

  supplierId: string;
}
