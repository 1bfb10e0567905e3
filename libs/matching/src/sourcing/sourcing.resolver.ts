import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentPrincipal,
  GraphqlContext,
  listComplexity,
  Principal,
  Role,
  Roles,
  SCORE_ONE_COST,
  UNPAGED_LIST_SIZE,
} from '@enlace/core';
import { Plant } from '@enlace/catalog';
import { Supplier, SupplierService } from '@enlace/suppliers';
import { SupplierMatch } from '../ranking/models/supplier-match.model';
import { SourcingRequestInput } from './dto/sourcing-request.input';
import { SourcingOpportunity, SourcingRequest, SourcingRequestStatus } from './models/sourcing-request.model';
import { SourcingService } from './sourcing.service';

@Resolver(() => SourcingRequest)
export class SourcingRequestResolver {
  constructor(
    private readonly sourcing: SourcingService,
    private readonly suppliers: SupplierService,
  ) {}

  @Roles(Role.ADMIN, Role.OEM_BUYER, Role.INVESTMENT_ANALYST)
  @Query(() => [SourcingRequest], {
    description:
      "Newest first. A buyer sees its own OEM's requests; admins and analysts all; suppliers are FORBIDDEN (see openSourcingRequestsForMe)",
    complexity: listComplexity({ size: UNPAGED_LIST_SIZE }),
  })
  sourcingRequests(
    @Args('status', { type: () => SourcingRequestStatus, nullable: true }) status: SourcingRequestStatus | null,
    @CurrentPrincipal() p: Principal,
  ): Promise<SourcingRequest[]> {
    return this.sourcing.list(status, p);
  }

  @Roles(Role.ADMIN, Role.OEM_BUYER, Role.INVESTMENT_ANALYST)
  @Query(() => SourcingRequest, {
    nullable: true,
    description: "One request (null when none has this id); a buyer may read its own OEM's only (else FORBIDDEN)",
  })
  sourcingRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<SourcingRequest | null> {
    return this.sourcing.one(id, p);
  }

  @Roles(Role.ADMIN, Role.OEM_BUYER)
  @Mutation(() => SourcingRequest, {
    description: "OEM_BUYER for its own OEM's plants (another OEM's plant is FORBIDDEN), or ADMIN. Starts OPEN.",
  })
  createSourcingRequest(
    @Args('input', { type: () => SourcingRequestInput }) input: SourcingRequestInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<SourcingRequest> {
    return this.sourcing.create(input, p);
  }

  @Roles(Role.ADMIN, Role.OEM_BUYER)
  @Mutation(() => SourcingRequest, {
    description:
      'OPEN -> AWARDED, recording who and when. The supplier must qualify for the request (else BAD_USER_INPUT); the ranking at that moment is kept as awardSnapshot. CONFLICT unless OPEN.',
  })
  awardSourcingRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('supplierId', { type: () => ID }) supplierId: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<SourcingRequest> {
    return this.sourcing.award(id, supplierId, p);
  }

  @Roles(Role.ADMIN, Role.OEM_BUYER)
  @Mutation(() => SourcingRequest, { description: 'OPEN -> CANCELLED, recording who and when. CONFLICT unless OPEN.' })
  cancelSourcingRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() p: Principal,
  ): Promise<SourcingRequest> {
    return this.sourcing.cancel(id, p);
  }

  @Roles(Role.SUPPLIER)
  @Query(() => [SourcingOpportunity], {
    description:
      "SUPPLIER accounts: the OPEN requests this supplier qualifies for, with its own match only (no other suppliers' names)",
    // The caller is scored against every OPEN request for its processes, kept or not.
    complexity: listComplexity({ size: UNPAGED_LIST_SIZE, perItem: SCORE_ONE_COST }),
  })
  openSourcingRequestsForMe(@CurrentPrincipal() p: Principal): Promise<SourcingOpportunity[]> {
    return this.sourcing.openForSupplier(p);
  }

  @ResolveField(() => Plant)
  async plant(@Parent() r: SourcingRequest): Promise<Plant> {
    return (await this.sourcing.plant(r.plantId))!;
  }

  @ResolveField(() => [SupplierMatch])
  matches(
    @Parent() r: SourcingRequest,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<SupplierMatch[]> {
    return this.sourcing.matches(r, first);
  }

  @ResolveField(() => Supplier, { nullable: true })
  awardedSupplier(@Parent() r: SourcingRequest, @Context() ctx: GraphqlContext): Promise<Supplier | null> {
    return r.awardedSupplierId ? this.suppliers.byId(r.awardedSupplierId, ctx.loaders) : Promise.resolve(null);
  }
}

@Resolver(() => SourcingOpportunity)
export class SourcingOpportunityResolver {
  constructor(private readonly sourcing: SourcingService) {}

  @ResolveField(() => Plant)
  async plant(@Parent() r: SourcingOpportunity): Promise<Plant> {
    return (await this.sourcing.plant(r.plantId))!;
  }
}
