import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, Language, Region } from '@enlace/core';

@ObjectType({
  description:
    "A region's investor brief as a PDF (US Letter): its gaps, a map, the top gap's development candidates, certified supply elsewhere, ports and border crossings",
})
export class GapBrief {
  @Field(() => String, { description: 'A file name for it, e.g. "enlace-brief-BAJIO-2026-12-02-es.pdf"' })
  filename: string;
  @Field(() => String, { description: 'application/pdf' })
  contentType: string;
  @Field(() => String, { description: 'The PDF, base64-encoded' })
  base64: string;
  @Field(() => Int)
  sizeBytes: number;
  @Field(() => DateScalar, { description: 'The day the certifications were evaluated' })
  asOf: string;
  @Field(() => Float)
  radiusKm: number;
  @Field(() => Region)
  region: Region;
  @Field(() => Language)
  language: Language;
}
