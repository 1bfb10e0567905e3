import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Connection, Public, requireUuid } from '@enlace/core';
import { Plant, PlantConnection } from './models/plant.model';
import { PlantsArgs } from './dto/plants.args';
import { PlantService } from './plant.service';

@Resolver(() => Plant)
export class PlantResolver {
  constructor(private readonly service: PlantService) {}

  @Public()
  @Query(() => PlantConnection, { description: 'OEM plants, ordered by OEM then name' })
  plants(@Args() args: PlantsArgs): Promise<Connection<Plant>> {
    return this.service.list(args);
  }

  @Public()
  @Query(() => Plant, { nullable: true })
  plant(@Args('id', { type: () => ID }) id: string): Promise<Plant | null> {
    return this.service.byId(requireUuid(id, 'id'));
  }
}
