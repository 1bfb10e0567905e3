import { Module } from '@nestjs/common';
import { CatalogService } from './catalog.service';
import { CatalogResolver } from './catalog.resolver';
import { ReferenceDataLoader } from './reference/reference-data.loader';
import { PlantRepository } from './plants/plant.repository';
import { PlantService } from './plants/plant.service';
import { PlantResolver } from './plants/plant.resolver';

@Module({
  providers: [CatalogService, CatalogResolver, ReferenceDataLoader, PlantRepository, PlantService, PlantResolver],
  exports: [CatalogService, ReferenceDataLoader, PlantService],
})
export class CatalogModule {}
