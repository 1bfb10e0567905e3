import { Field, ObjectType } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@ObjectType({ description: 'A Mexican state' })
export class State {
  @Field(() => String, { description: 'ISO 3166-2 code, e.g. "MX-GUA"' })
  code: string;
  @Field(() => String)
  name: string;
  @Field(() => Region)
  region: Region;
  @Field(() => String, { description: "INEGI's two-digit state code (DENUE cve_ent)" })
  inegiCode: string;
}
