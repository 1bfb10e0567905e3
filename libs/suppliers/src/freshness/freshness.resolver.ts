import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, CurrentPrincipal, GraphqlContext, Principal, Role, Roles } from '@enlace/core';
import { Supplier, SupplierConnection } from '../models/supplier.model';
import { SupplierService } from '../supplier.service';
import { FreshnessService } from './freshness.service';
import { ExpiringCertification, ExpiringCertificationConnection } from './models/expiring-certification.model';

@Resolver(() => ExpiringCertification)
export class FreshnessResolver {
  constructor(
    private readonly freshness: FreshnessService,
    private readonly suppliers: SupplierService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => SupplierConnection, {
    description:
      'ADMIN: profiles not confirmed (confirmSupplierProfile) within the last `days` days; never-confirmed first, then oldest confirmation',
  })
  staleSupplierProfiles(
    @Args('days', { type: () => Int }) days: number,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, default 20, at most 100' })
    first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Supplier>> {
    return this.freshness.staleProfiles(days, first, after);
  }

  @Roles(Role.ADMIN, Role.SUPPLIER)
  @Query(() => ExpiringCertificationConnection, {
    description:
      "Certificates valid today that expire within `withinDays` days, soonest first, for renewal reminders. ADMIN sees all; a SUPPLIER account only its own profile's",
  })
  expiringCertifications(
    @CurrentPrincipal() principal: Principal,
    @Args('withinDays', { type: () => Int }) withinDays: number,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, default 20, at most 100' })
    first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<ExpiringCertification>> {
    return this.freshness.expiring(principal, withinDays, first, after);
  }

  @ResolveField(() => Supplier)
  async supplier(@Parent() e: ExpiringCertification, @Context() ctx: GraphqlContext): Promise<Supplier> {
    return (await this.suppliers.byId(e.supplierId, ctx.loaders))!;
  }
}
