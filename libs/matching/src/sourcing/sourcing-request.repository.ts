import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRow, queryRows } from '@enlace/core';

export interface SourcingRequestRow {
  id: string;
  plant_id: string;
  oem: string;
  process_code: string;
  required_schemes: string[];
  preferred_schemes: string[];
  annual_volume: number | null;
  max_distance_km: number | null;
  status: 'OPEN' | 'AWARDED' | 'CANCELLED';
  created_by: string | null;
  created_at: Date;
  awarded_supplier_id: string | null;
  awarded_at: Date | null;
  cancelled_at: Date | null;
  award_snapshot: unknown[] | null;
}

const SELECT = `SELECT r.id, r.plant_id, o.name AS oem, r.process_code, r.required_schemes, r.preferred_schemes, r.annual_volume,
       r.max_distance_km, r.status, r.created_by, r.created_at, r.awarded_supplier_id, r.awarded_at, r.cancelled_at, r.award_snapshot
  FROM sourcing_requests r JOIN plants p ON p.id = r.plant_id JOIN oems o ON o.id = p.oem_id`;

@Injectable()
export class SourcingRequestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    m: EntityManager,
    r: {
      plantId: string;
      process: string;
      required: string[];
      preferred: string[];
      annualVolume: number | null;
      maxDistanceKm: number | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const row = await queryRow<{ id: string }>(
      m,
      `INSERT INTO sourcing_requests (plant_id, process_code, required_schemes, preferred_schemes, annual_volume, max_distance_km, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [r.plantId, r.process, r.required, r.preferred, r.annualVolume, r.maxDistanceKm, r.createdBy],
    );
    return row!.id;
  }

  async byId(id: string, m: EntityManager = this.db.manager, lock = false): Promise<SourcingRequestRow | null> {
    const row = await queryRow<SourcingRequestRow>(m, `${SELECT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [
      id,
    ]);
    return row ?? null;
  }

  /** Requests, newest first; `oem` limits them to one OEM's plants (case-insensitive). */
  list(status: string | null, oem: string | null): Promise<SourcingRequestRow[]> {
    return queryRows<SourcingRequestRow>(
      this.db,
      `${SELECT} WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR lower(o.name) = lower($2)) ORDER BY r.created_at DESC, r.id`,
      [status, oem],
    );
  }

  /** OPEN requests for processes the supplier offers. */
  openForProcessesOf(supplierId: string): Promise<SourcingRequestRow[]> {
    return queryRows<SourcingRequestRow>(
      this.db,
      `${SELECT} WHERE r.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM supplier_capabilities sc WHERE sc.supplier_id = $1 AND sc.process_code = r.process_code)
        ORDER BY r.created_at DESC, r.id`,
      [supplierId],
    );
  }

  async award(m: EntityManager, id: string, supplierId: string, by: string | null, snapshot: unknown): Promise<void> {
    await m.query(
      `UPDATE sourcing_requests SET status = 'AWARDED', awarded_supplier_id = $2, awarded_by = $3, awarded_at = now(), award_snapshot = $4::jsonb WHERE id = $1`,
      [id, supplierId, by, JSON.stringify(snapshot)],
    );
  }

  async cancel(m: EntityManager, id: string, by: string | null): Promise<void> {
    await m.query(
      `UPDATE sourcing_requests SET status = 'CANCELLED', cancelled_by = $2, cancelled_at = now() WHERE id = $1`,
      [id, by],
    );
  }
}
