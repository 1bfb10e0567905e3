import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "A key for machine-to-machine use, sent like a token (`Authorization: Bearer <secret>`); it acts with its owner's role",
})
export class ApiKey {
  @Field(() => ID)
  id: string;
  @Field(() => String)
  name: string;
  @Field(() => String, { description: 'The first characters of the secret, to recognise it in a list' })
  prefix: string;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Recorded at most once a minute' })
  lastUsedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;
  @Field(() => String, { description: 'The secret, shown this once (only its hash is stored)' })
  secret: string;
}
