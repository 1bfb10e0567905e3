import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CertificationScheme {
  @Field(() => String, { description: 'e.g. "IATF-16949", "ISO-9001", "CQI-23"' })
  code: string;
  @Field(() => String)
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'The scheme that replaced this one, e.g. "IATF-16949" for "ISO-TS-16949"',
  })
  supersededBy: string | null;
  @Field(() => String, { description: 'certificate, process-audit, label or self-assessment' })
  kind: string;
  @Field(() => Int, { nullable: true, description: 'Usual validity of a certificate, in years' })
  validityYears: number | null;
  @Field(() => String, { nullable: true, description: 'For a CQI self-assessment: the process it applies to' })
  processCode: string | null;
}
