import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Language, Role } from '@enlace/core';

@ObjectType({ description: 'An account' })
export class User {
  @Field(() => ID)
  id: string;
  @Field(() => String)
  email: string;
  @Field(() => Role)
  role: Role;
  @Field(() => Boolean, { description: "An inactive user's tokens and API keys stop working at once" })
  active: boolean;
  @Field(() => ID, { nullable: true, description: 'SUPPLIER accounts: the profile they may edit' })
  supplierId: string | null;
  @Field(() => String, { nullable: true, description: 'OEM_BUYER accounts: their OEM' })
  oem: string | null;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => Language, { description: 'What notifications and their e-mails are written in (ES by default)' })
  language: Language;
  @Field(() => Boolean, {
    description: 'Notifications by e-mail in one daily digest instead of a mail each (when the server mails)',
  })
  emailDigest: boolean;
  @Field(() => String, {
    description: 'Pass as `after` to `users` to continue after this user (its `id` works as well)',
  })
  cursor: string;
}
