import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@enlace/core';
import { CatalogService } from './catalog.service';
import { State } from './models/state.model';
import { Process } from './models/process.model';
import { CertificationScheme } from './models/certification-scheme.model';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [State], { description: 'All 32 states with their region' })
  states(): Promise<State[]> {
    return this.catalog.states();
  }

  @Public()
  @Query(() => [Process], { description: 'The capability taxonomy' })
  processes(): Promise<Process[]> {
    return this.catalog.processes();
  }

  @Public()
  @Query(() => [CertificationScheme])
  certificationSchemes(): Promise<CertificationScheme[]> {
    return this.catalog.schemes();
  }
}
