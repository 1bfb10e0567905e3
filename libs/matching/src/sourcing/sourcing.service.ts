import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, isUuid, Principal, requireUuid, Role } from '@enlace/core';
import { Plant, PlantService } from '@enlace/catalog';
import { RankingService } from '../ranking/ranking.service';
import { SupplierMatch } from '../ranking/models/supplier-match.model';
import { RankParams } from '../ranking/scoring';
import { SourcingRequestInput } from './dto/sourcing-request.input';
import {
  AwardSnapshotEntry,
  SourcingOpportunity,
  SourcingRequest,
  SourcingRequestStatus,
} from './models/sourcing-request.model';
import { SourcingRequestRepository, SourcingRequestRow } from './sourcing-request.repository';

/** How many ranked suppliers an award keeps in its snapshot. */
export const AWARD_SNAPSHOT_SIZE = 100;

function toRequest(r: SourcingRequestRow): SourcingRequest {
  return {
    id: r.id,
    plantId: r.plant_id,
    process: r.process_code,
    requiredCertifications: r.required_schemes,
    preferredCertifications: r.preferred_schemes,
    annualVolume: r.annual_volume,
    maxDistanceKm: r.max_distance_km,
    status: r.status as SourcingRequestStatus,
    createdAt: r.created_at,
    awardedSupplierId: r.awarded_supplier_id,
    awardedAt: r.awarded_at,
    cancelledAt: r.cancelled_at,
    awardSnapshot: (r.award_snapshot as AwardSnapshotEntry[] | null) ?? null,
  };
}

function sameOem(a: string | null, b: string): boolean {
  return !!a && a.trim().toLowerCase() === b.trim().toLowerCase();
}

@Injectable()
export class SourcingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: SourcingRequestRepository,
    private readonly ranking: RankingService,
    private readonly plants: PlantService,
  ) {}

  private userId(p: Principal): string | null {
    return isUuid(p.userId) ? p.userId : null;
  }

  private mayManage(p: Principal, oem: string): boolean {
    return p.role === Role.ADMIN || (p.role === Role.OEM_BUYER && sameOem(p.oem, oem));
  }

  async create(input: SourcingRequestInput, p: Principal): Promise<SourcingRequest> {
    if (input.annualVolume !== null && input.annualVolume !== undefined && !(input.annualVolume > 0)) {
      throw DomainError.badInput('input.annualVolume', `must be more than 0, got ${input.annualVolume}`);
    }
    const { plant, params } = await this.ranking.prepare({ ...input, first: null }, 'input');
    if (!this.mayManage(p, plant.oem))
      throw DomainError.forbidden(`Only buyers of ${plant.oem} (or admins) may open requests for ${plant.name}`);
    const id = await this.db.transaction((m) =>
      this.repo.insert(m, {
        plantId: plant.id,
        process: params.process,
        required: params.required,
        preferred: params.preferred,
        annualVolume: input.annualVolume ?? null,
        maxDistanceKm: params.maxDistanceKm,
        createdBy: this.userId(p),
      }),
    );
    return toRequest((await this.repo.byId(id))!);
  }

  async list(status: SourcingRequestStatus | null | undefined, p: Principal): Promise<SourcingRequest[]> {
    if (p.role === Role.SUPPLIER)
      throw DomainError.forbidden('Suppliers see requests through openSourcingRequestsForMe');
    const oem = p.role === Role.OEM_BUYER ? (p.oem ?? '\u0000') : null;
    return (await this.repo.list(status ?? null, oem)).map(toRequest);
  }

  /** One request, for those who may list it (a buyer: its own OEM's; admins and analysts: any); null when none. */
  async one(id: string, p: Principal): Promise<SourcingRequest | null> {
    if (p.role === Role.SUPPLIER)
      throw DomainError.forbidden('Suppliers see requests through openSourcingRequestsForMe');
    const row = await this.repo.byId(requireUuid(id, 'id'));
    if (!row) return null;
    if (p.role === Role.OEM_BUYER && !sameOem(p.oem, row.oem))
      throw DomainError.forbidden(`Only buyers of ${row.oem} (or admins and analysts) may see this request`);
    return toRequest(row);
  }

  /** The live ranking for a request (same as rankSuppliers with its parameters). */
  async matches(r: SourcingRequest, first: number | null | undefined): Promise<SupplierMatch[]> {
    const n = first ?? 20;
    if (!Number.isInteger(n) || n < 1 || n > 100)
      throw DomainError.badInput('first', `must be between 1 and 100, got ${n}`);
    return this.ranking.rank(this.criteria(r, n));
  }

  private criteria(r: SourcingRequest, first: number) {
    return {
      plantId: r.plantId,
      process: r.process,
      requiredCertifications: r.requiredCertifications,
      preferredCertifications: r.preferredCertifications,
      maxDistanceKm: r.maxDistanceKm,
      first,
    };
  }

  private async requireManaged(
    id: string,
    p: Principal,
    lockWith?: import('typeorm').EntityManager,
  ): Promise<SourcingRequestRow> {
    const row = await this.repo.byId(requireUuid(id, 'id'), lockWith, !!lockWith);
    if (!row) throw DomainError.notFound('Sourcing request', id, 'id');
    if (!this.mayManage(p, row.oem))
      throw DomainError.forbidden(`Only buyers of ${row.oem} (or admins) may change this request`);
    if (row.status !== 'OPEN')
      throw DomainError.conflict(`Sourcing request ${id} is ${row.status}; only OPEN requests can change`, 'id');
    return row;
  }

  async award(id: string, supplierId: string, p: Principal): Promise<SourcingRequest> {
    const sid = requireUuid(supplierId, 'supplierId');
    await this.db.transaction(async (m) => {
      const row = await this.requireManaged(id, p, m);
      const req = toRequest(row);
      const { plant, params } = await this.ranking.prepare(this.criteria(req, AWARD_SNAPSHOT_SIZE));
      const mine = await this.ranking.matchOne(plant, params, sid, m);
      if (!mine)
        throw DomainError.badInput(
          'supplierId',
          `supplier ${sid} does not qualify for this request (process, distance or required certificates)`,
        );
      const ranking = await this.ranking.rankPrepared(plant, params, m);
      const snapshot: AwardSnapshotEntry[] = ranking.map((x, i) => ({
        rank: i + 1,
        supplierId: x.supplier.id,
        supplierName: x.supplier.name,
        score: x.score,
        distanceKm: x.distanceKm,
      }));
      if (!snapshot.some((e) => e.supplierId === sid)) {
        snapshot.push({
          rank: 0,
          supplierId: sid,
          supplierName: mine.supplier.name,
          score: mine.score,
          distanceKm: mine.distanceKm,
        });
      }
      await this.repo.award(m, row.id, sid, this.userId(p), snapshot);
    });
    return toRequest((await this.repo.byId(id.toLowerCase()))!);
  }

  async cancel(id: string, p: Principal): Promise<SourcingRequest> {
    await this.db.transaction(async (m) => {
      const row = await this.requireManaged(id, p, m);
      await this.repo.cancel(m, row.id, this.userId(p));
    });
    return toRequest((await this.repo.byId(id.toLowerCase()))!);
  }

  /** OPEN requests the calling supplier qualifies for, each with only the caller's own match. */
  async openForSupplier(p: Principal): Promise<SourcingOpportunity[]> {
    if (!p.supplierId) throw DomainError.forbidden('This account is not linked to a supplier profile');
    const out: SourcingOpportunity[] = [];
    for (const row of await this.repo.openForProcessesOf(p.supplierId)) {
      const r = toRequest(row);
      const { plant, params } = await this.ranking.prepare(this.criteria(r, 1));
      const mine = await this.ranking.matchOne(plant, params, p.supplierId);
      if (!mine) continue;
      out.push({
        id: r.id,
        plantId: r.plantId,
        process: r.process,
        requiredCertifications: r.requiredCertifications,
        preferredCertifications: r.preferredCertifications,
        annualVolume: r.annualVolume,
        maxDistanceKm: r.maxDistanceKm,
        createdAt: r.createdAt,
        myMatch: mine,
      });
    }
    return out;
  }

  /** The prepared ranking criteria of every OPEN request for one of the supplier's processes (what qualifying is judged on). */
  async openCriteriaFor(supplierId: string): Promise<Array<{ plant: Plant; params: RankParams }>> {
    const rows = await this.repo.openForProcessesOf(supplierId);
    return Promise.all(rows.map((row) => this.ranking.prepare(this.criteria(toRequest(row), 1))));
  }

  plant(plantId: string) {
    return this.plants.byId(plantId);
  }
}
