import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, DomainError, Region } from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import {
  CO_FUNDED_SHARE,
  COST_CQI_ASSESSMENT_USD,
  COST_IATF_FROM_SCRATCH_USD,
  COST_IATF_WITH_ISO9001_USD,
  DEFAULT_CANDIDATES,
  DEFAULT_GAP_RADIUS_KM,
  GAP_CERTIFICATION,
  MAX_CANDIDATES,
  MAX_GAP_RADIUS_KM,
  REPORT_REMOTE_SUPPLIERS,
} from './gaps.constants';
import { GapsRepository, SnapshotRow } from './gaps.repository';
import { CapabilityGap } from './models/capability-gap.model';
import { DevelopmentCandidate } from './models/development-candidate.model';
import { CapabilityGapReport } from './models/capability-gap-report.model';

const REGIONS = new Set<string>(Object.values(Region));

/** Checks a radius argument: default 250 km, must be a finite number > 0. */
export function resolveRadius(value: number | null | undefined, field: string): number {
  if (value === null || value === undefined) return DEFAULT_GAP_RADIUS_KM;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw DomainError.badInput(field, 'must be a number of kilometres');
  if (value <= 0) throw DomainError.badInput(field, `must be greater than 0, got ${value}`);
  if (value > MAX_GAP_RADIUS_KM)
    throw DomainError.badInput(field, `must be at most ${MAX_GAP_RADIUS_KM} km, got ${value}`);
  return value;
}

export function requireRegion(value: string | null | undefined, field: string): Region {
  if (typeof value !== 'string' || !REGIONS.has(value))
    throw DomainError.badInput(field, `must be one of ${[...REGIONS].join(', ')}, got "${value}"`);
  return value as Region;
}

/** The programme's share of a certification cost (USD, to the cent). */
export function coFundedOf(total: number): number {
  return Math.round(total * CO_FUNDED_SHARE * 100) / 100;
}

/** Indicative certification cost (USD) of what a candidate lacks, and the programme's share. */
export function certificationCost(
  holdsIso9001: boolean,
  lacksAssessment: boolean,
): { total: number; coFunded: number; own: number } {
  const total =
    (holdsIso9001 ? COST_IATF_WITH_ISO9001_USD : COST_IATF_FROM_SCRATCH_USD) +
    (lacksAssessment ? COST_CQI_ASSESSMENT_USD : 0);
  const coFunded = coFundedOf(total);
  return { total, coFunded, own: total - coFunded };
}

@Injectable()
export class GapsService {
  constructor(
    private readonly repo: GapsRepository,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async gaps(
    region: Region | null | undefined,
    radiusKm: number | null | undefined,
    radiusField = 'input.radiusKm',
  ): Promise<CapabilityGap[]> {
    const r = resolveRadius(radiusKm, radiusField);
    const reg = region === null || region === undefined ? null : requireRegion(region, 'input.region');
    return this.repo.gaps(reg, r, this.clock.today());
  }

  async developmentCandidates(
    region: Region,
    process: string,
    first: number | null | undefined,
    radiusKm?: number | null,
  ): Promise<DevelopmentCandidate[]> {
    const reg = requireRegion(region, 'region');
    const proc = await this.catalog.requireProcess(process, 'process');
    const limit = first ?? DEFAULT_CANDIDATES;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES)
      throw DomainError.badInput('first', `must be between 1 and ${MAX_CANDIDATES}, got ${limit}`);
    const r = resolveRadius(radiusKm, 'radiusKm');
    const assessment = proc.assessment && (await this.catalog.scheme(proc.assessment)) ? proc.assessment : null;
    const rows = await this.repo.candidates(reg, proc.code, r, this.clock.today(), limit, assessment);
    return rows.map((row) => {
      const lacksAssessment = assessment !== null && !row.holdsAssessment;
      const cost = certificationCost(row.holdsIso9001, lacksAssessment);
      return {
        supplierId: row.supplierId,
        nearDemand: row.nearDemand,
        nearestDistanceKm: row.nearestKm,
        plants: row.plants.map((p) => ({ plantId: p.plantId, distanceKm: p.distanceKm })),
        missingCertifications: lacksAssessment ? [GAP_CERTIFICATION, assessment] : [GAP_CERTIFICATION],
        holdsIso9001: row.holdsIso9001,
        indicativeCostUsd: cost.total,
        coFundedUsd: cost.coFunded,
        supplierShareUsd: cost.own,
      };
    });
  }

  async report(region: Region, radiusKm?: number | null): Promise<CapabilityGapReport> {
    const reg = requireRegion(region, 'region');
    const r = resolveRadius(radiusKm, 'radiusKm');
    const today = this.clock.today();
    return this.reportOf(reg, r, today, await this.repo.gaps(reg, r, today));
  }

  /**
   * The region's report and every region's gaps from one gap query (the brief draws the country's
   * map beside the region's report): the region's rows are a subset, in the same order.
   */
  async reportWithCountry(
    region: Region,
    radiusKm?: number | null,
  ): Promise<{ report: CapabilityGapReport; country: CapabilityGap[] }> {
    const reg = requireRegion(region, 'region');
    const r = resolveRadius(radiusKm, 'radiusKm');
    const today = this.clock.today();
    const country = await this.repo.gaps(null, r, today);
    const report = await this.reportOf(
      reg,
      r,
      today,
      country.filter((g) => g.region === reg),
    );
    return { report, country };
  }

  private async reportOf(reg: Region, r: number, today: string, gaps: CapabilityGap[]): Promise<CapabilityGapReport> {
    const [remote, nodes] = await Promise.all([
      this.repo.remoteCertified(reg, today, REPORT_REMOTE_SUPPLIERS),
      this.repo.logistics(reg),
    ]);
    const byProcess = new Map<string, typeof remote>();
    for (const x of remote) byProcess.set(x.process, [...(byProcess.get(x.process) ?? []), x]);
    return {
      region: reg,
      radiusKm: r,
      asOf: today,
      gaps: gaps.map((g) => ({
        gap: g,
        nearestCertifiedElsewhere: (byProcess.get(g.process) ?? []).map((x) => ({
          supplierId: x.supplierId,
          region: x.region,
          nearestPlantId: x.plantId,
          distanceKm: x.distanceKm,
        })),
      })),
      logisticsNodes: nodes.map((n) => ({
        name: n.name,
        kind: n.kind,
        stateCode: n.stateCode,
        location: { lat: n.lat, lng: n.lng },
        nearestPlantId: n.plantId,
        distanceKm: n.distanceKm,
      })),
    };
  }

  /** Records today's gaps for every region at the radius; re-running the same day replaces them. */
  async snapshot(radiusKm?: number | null): Promise<{ date: string; radiusKm: number; gaps: number }> {
    const r = resolveRadius(radiusKm, 'radiusKm');
    const date = this.clock.today();
    const n = await this.dataSource.transaction(async (m) => {
      await this.repo.lockSnapshots(m);
      const rows = await this.repo.gaps(null, r, date, m);
      await this.repo.deleteSnapshot(m, date, r);
      if (rows.length) await this.repo.insertSnapshot(m, date, r, rows);
      return rows.length;
    });
    return { date, radiusKm: r, gaps: n };
  }

  async history(region: Region, process: string, radiusKm?: number | null): Promise<SnapshotRow[]> {
    const reg = requireRegion(region, 'region');
    const proc = await this.catalog.requireProcess(process, 'process');
    return this.repo.history(reg, proc.code, resolveRadius(radiusKm, 'radiusKm'));
  }
}
