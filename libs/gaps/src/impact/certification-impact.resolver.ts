import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, Role, Roles } from '@enlace/core';
import { CertificationImpactService } from './certification-impact.service';
import { CertificationImpact } from './models/certification-impact.model';

@Resolver(() => CertificationImpact)
export class CertificationImpactResolver {
  constructor(private readonly impacts: CertificationImpactService) {}

  @Roles(Role.ADMIN, Role.INVESTMENT_ANALYST, Role.SUPPLIER)
  @Query(() => CertificationImpact, {
    description:
      "ADMIN, INVESTMENT_ANALYST, or that supplier's own account (else FORBIDDEN). What holding `scheme` valid from today for 3 years " +
      "would change for the supplier: its place in the top 100 of every plant within 500 km that sources one of its processes (rankSuppliers' " +
      'scoring with the scheme required, every other supplier unchanged), the OPEN requests it qualifies for now and would, and the indicative cost.',
  })
  certificationImpact(
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @Args('scheme', { type: () => String }) scheme: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<CertificationImpact> {
    return this.impacts.impact(supplierId, scheme, p);
  }
}
