import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One entry of the capability taxonomy' })
export class Process {
  @Field(() => String, { description: 'Stable kebab-case code, e.g. "injection-molding"' })
  code: string;
  @Field(() => String, { description: 'English name' })
  name: string;
  @Field(() => String, { description: 'Spanish name' })
  nameEs: string;
  @Field(() => String, { nullable: true, description: 'The AIAG special-process assessment, e.g. "CQI-23"' })
  assessment: string | null;
}
