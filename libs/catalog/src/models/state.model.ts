import { Field, ObjectType } from '@nestjs/graphql';
import { Region } from '@enlace/core';

@ObjectType({ description: 'A Mexican state' })
export class State {
  @Field({ description: 'ISO 3166-2 code, e.g. "MX-GUA"' })
  code: string;
  @Field()
  name: string;
  @Field(() => Region)
  region: Region;
  @Field({ description: "INEGI's two-digit state code (DENUE cve_ent)" })
  inegiCode: string;
}
