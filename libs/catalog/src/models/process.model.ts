import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One entry of the capability taxonomy' })
export class Process {
  @Field({ description: 'Stable kebab-case code, e.g. "injection-molding"' })
  code: string;
  @Field({ description: 'English name' })
  name: string;
  @Field({ description: 'Spanish name' })
  nameEs: string;
  @Field(() => String, { nullable: true, description: 'The AIAG special-process assessment, e.g. "CQI-23"' })
  assessment: string | null;
}
