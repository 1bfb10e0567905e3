import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@enlace/core';

@InputType()
export class RegisterUserInput {
  @Field(() => String, { description: 'Login email; unique regardless of case' })
  email: string;
  @Field(() => String, { description: 'At least 12 characters' })
  password: string;
  @Field(() => Role)
  role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for SUPPLIER: the profile this account may edit' })
  supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for OEM_BUYER: an OEM name, e.g. "General Motors"' })
  oem?: string | null;
}
