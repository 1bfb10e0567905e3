import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class GeoPoint {
  @Field(() => Float)
  lat: number;
  @Field(() => Float)
  lng: number;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  lat: number;
  @Field(() => Float)
  lng: number;
}
