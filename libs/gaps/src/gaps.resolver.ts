import { Args, Context, Float, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, Language, Public, Region, Role, Roles } from '@enlace/core';
import { Plant, PlantService } from '@enlace/catalog';
import { Supplier, SupplierService } from '@enlace/suppliers';
import { GapsService } from './gaps.service';
import { GapInput } from './dto/gap.input';
import { CapabilityGap } from './models/capability-gap.model';
import { CandidatePlant, DevelopmentCandidate } from './models/development-candidate.model';
import {
  CapabilityGapReport,
  NearbyLogisticsNode,
  RemoteCertifiedSupplier,
} from './models/capability-gap-report.model';
import { GapSnapshot } from './models/gap-snapshot.model';
import { GapBriefService } from './brief/gap-brief.service';
import { GapBrief } from './brief/models/gap-brief.model';

@Resolver(() => CapabilityGap)
export class GapsResolver {
  constructor(
    private readonly gaps: GapsService,
    private readonly briefs: GapBriefService,
  ) {}

  /** Aggregates only (no supplier identities): public, like the catalogue. */
  @Public()
  @Query(() => [CapabilityGap], {
    description:
      'Capability gaps per (region, process) such that some plant of the region sources the process, ordered by gapScore descending, ' +
      'then demand descending (then region, process). Certification validity as of today. See the README, "Capability gaps".',
  })
  capabilityGaps(
    @Args('input', { type: () => GapInput, nullable: true }) input?: GapInput | null,
  ): Promise<CapabilityGap[]> {
    return this.gaps.gaps(input?.region ?? null, input?.radiusKm);
  }

  @Roles(Role.INVESTMENT_ANALYST, Role.ADMIN)
  @Query(() => [DevelopmentCandidate], {
    description:
      'INVESTMENT_ANALYST and ADMIN only. Suppliers with the process within radiusKm (default 250) of plants of the region that source it, ' +
      'but without a valid IATF-16949; nearest the most demand first (then nearest plant). first: default 20, at most 100.',
  })
  supplierDevelopmentCandidates(
    @Args('region', { type: () => Region }) region: Region,
    @Args('process', { type: () => String }) process: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('radiusKm', { type: () => Float, nullable: true }) radiusKm?: number | null,
  ): Promise<DevelopmentCandidate[]> {
    return this.gaps.developmentCandidates(region, process, first, radiusKm);
  }

  @Roles(Role.INVESTMENT_ANALYST, Role.ADMIN)
  @Query(() => CapabilityGapReport, {
    description:
      "INVESTMENT_ANALYST and ADMIN only. The region's gaps, with the nearest certified suppliers in other regions per gap and the " +
      "ports and border crossings nearest to the region's plants.",
  })
  capabilityGapReport(
    @Args('region', { type: () => Region }) region: Region,
    @Args('radiusKm', { type: () => Float, nullable: true }) radiusKm?: number | null,
  ): Promise<CapabilityGapReport> {
    return this.gaps.report(region, radiusKm);
  }

  @Roles(Role.INVESTMENT_ANALYST, Role.ADMIN)
  @Query(() => [GapSnapshot], {
    description:
      'INVESTMENT_ANALYST and ADMIN only. The recorded daily snapshots (`npm run cli -- gaps snapshot`) of one gap, oldest first. radiusKm: default 250.',
  })
  gapHistory(
    @Args('region', { type: () => Region }) region: Region,
    @Args('process', { type: () => String }) process: string,
    @Args('radiusKm', { type: () => Float, nullable: true }) radiusKm?: number | null,
  ): Promise<GapSnapshot[]> {
    return this.gaps.history(region, process, radiusKm);
  }

  @Roles(Role.INVESTMENT_ANALYST, Role.ADMIN)
  @Query(() => GapBrief, {
    description:
      "INVESTMENT_ANALYST and ADMIN only. A region's investor brief as a PDF (US Letter, base64) in the language asked for (default ES): " +
      "its gaps (as capabilityGapReport), a map of the states by their region's largest gap with its plants, the top gap's development " +
      'candidates (as supplierDevelopmentCandidates), certified suppliers elsewhere, ports and border crossings. radiusKm: default 250.',
  })
  capabilityGapBrief(
    @Args('region', { type: () => Region }) region: Region,
    @Args('radiusKm', { type: () => Float, nullable: true }) radiusKm?: number | null,
    @Args('language', { type: () => Language, nullable: true }) language?: Language | null,
  ): Promise<GapBrief> {
    return this.briefs.brief(region, radiusKm, language);
  }
}

@Resolver(() => DevelopmentCandidate)
export class DevelopmentCandidateResolver {
  constructor(private readonly suppliers: SupplierService) {}

  @ResolveField(() => Supplier)
  async supplier(@Parent() c: DevelopmentCandidate, @Context() ctx: GraphqlContext): Promise<Supplier> {
    return (await this.suppliers.byId(c.supplierId, ctx.loaders))!;
  }
}

@Resolver(() => CandidatePlant)
export class CandidatePlantResolver {
  constructor(private readonly plants: PlantService) {}

  @ResolveField(() => Plant)
  async plant(@Parent() c: CandidatePlant): Promise<Plant> {
    return (await this.plants.byId(c.plantId))!;
  }
}

@Resolver(() => RemoteCertifiedSupplier)
export class RemoteCertifiedSupplierResolver {
  constructor(
    private readonly suppliers: SupplierService,
    private readonly plants: PlantService,
  ) {}

  @ResolveField(() => Supplier)
  async supplier(@Parent() r: RemoteCertifiedSupplier, @Context() ctx: GraphqlContext): Promise<Supplier> {
    return (await this.suppliers.byId(r.supplierId, ctx.loaders))!;
  }

  @ResolveField(() => Plant)
  async nearestPlant(@Parent() r: RemoteCertifiedSupplier): Promise<Plant> {
    return (await this.plants.byId(r.nearestPlantId))!;
  }
}

@Resolver(() => NearbyLogisticsNode)
export class NearbyLogisticsNodeResolver {
  constructor(private readonly plants: PlantService) {}

  @ResolveField(() => Plant)
  async nearestPlant(@Parent() n: NearbyLogisticsNode): Promise<Plant> {
    return (await this.plants.byId(n.nearestPlantId))!;
  }
}
