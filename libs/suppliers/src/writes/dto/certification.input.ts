import { Field, InputType } from '@nestjs/graphql';
import { DateScalar } from '@enlace/core';

@InputType()
export class CertificationInput {
  @Field(() => String, { description: 'A CertificationScheme code, e.g. "IATF-16949"' })
  scheme: string;
  @Field(() => String, { nullable: true })
  certificateNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Certification body' })
  issuer?: string | null;
  @Field(() => DateScalar, { nullable: true })
  issuedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Must not precede issuedOn' })
  expiresOn?: string | null;
}
