import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class SupplierCapability {
  @Field(() => String, { description: 'A Process code' })
  process: string;
  @Field(() => [String])
  materials: string[];
  @Field(() => String, { nullable: true })
  notes: string | null;
}
