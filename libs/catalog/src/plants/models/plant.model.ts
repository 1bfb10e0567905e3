import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionTypes, GeoPoint, Region } from '@enlace/core';
import { State } from '../../models/state.model';

@ObjectType({ description: 'An OEM assembly, engine or truck plant' })
export class Plant {
  @Field(() => ID)
  id: string;
  @Field(() => String, { description: 'e.g. "General Motors"' })
  oem: string;
  @Field(() => String, { description: 'e.g. "Silao Complex"' })
  name: string;
  @Field(() => String)
  city: string;
  @Field(() => State)
  state: State;
  @Field(() => Region)
  region: Region;
  @Field(() => GeoPoint)
  location: GeoPoint;
  @Field(() => [String])
  products: string[];
  @Field(() => [String], { description: 'Process codes this plant buys from suppliers (its demand)' })
  sourcedProcesses: string[];
  @Field(() => String, { description: 'vehicle-assembly, powertrain or heavy-truck' })
  kind: string;
  @Field(() => Int, { nullable: true, description: 'Year production started' })
  since: number | null;
  @Field(() => String, {
    description: 'How reliable the location is: confirmed, approximate, city-level, weak-source, general-knowledge',
  })
  confidence: string;
  @Field(() => String, { nullable: true })
  source: string | null;
}

export const { EdgeType: PlantEdge, ConnectionType: PlantConnection } = connectionTypes(Plant, 'Plant');
