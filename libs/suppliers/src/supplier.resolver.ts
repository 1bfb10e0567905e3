import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, GraphqlContext, Public, requireUuid } from '@enlace/core';
import { CatalogService, State } from '@enlace/catalog';
import { Supplier, SupplierConnection } from './models/supplier.model';
import { SupplierCapability } from './models/supplier-capability.model';
import { Certification } from './certifications/models/certification.model';
import { SuppliersArgs } from './dto/supplier-filter.input';
import { SupplierService } from './supplier.service';

@Resolver(() => Supplier)
export class SupplierResolver {
  constructor(
    private readonly service: SupplierService,
    private readonly catalog: CatalogService,
  ) {}

  @Public()
  @Query(() => SupplierConnection, { description: 'Suppliers by name (or by relevance when searching), with filters' })
  suppliers(@Args() args: SuppliersArgs): Promise<Connection<Supplier>> {
    return this.service.list(args);
  }

  @Public()
  @Query(() => Supplier, { nullable: true })
  supplier(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<Supplier | null> {
    return this.service.byId(requireUuid(id, 'id'), ctx.loaders);
  }

  @ResolveField(() => State)
  async state(@Parent() s: Supplier): Promise<State> {
    return (await this.catalog.state(s.stateCode))!;
  }

  @ResolveField(() => [SupplierCapability])
  capabilities(@Parent() s: Supplier, @Context() ctx: GraphqlContext): Promise<SupplierCapability[]> {
    return s.capabilities ? Promise.resolve(s.capabilities) : this.service.capabilities(s.id, ctx.loaders);
  }

  @ResolveField(() => [Certification])
  certifications(@Parent() s: Supplier, @Context() ctx: GraphqlContext): Promise<Certification[]> {
    return s.certifications ? Promise.resolve(s.certifications) : this.service.certifications(s.id, ctx.loaders);
  }
}
