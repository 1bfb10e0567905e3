import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '@enlace/core';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token for the Authorization header (JWT, HS256)' })
  token: string;
  @Field(() => Role)
  role: Role;
}
