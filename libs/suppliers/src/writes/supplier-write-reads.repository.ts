import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CapabilityValue, ProfileFields } from './supplier-validation';
import { Tier } from '../models/tier';

export interface LockedSupplier extends ProfileFields {
  id: string;
  version: number;
  profileConfirmedAt: Date | null;
}

interface LockedRow {
  id: string;
  name: string;
  rfc: string | null;
  tier: Tier | null;
  state_code: string;
  city: string;
  lat: number;
  lng: number;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  profile_confirmed_at: Date | null;
  version: number;
}

/**
 * The reads of the versioned supplier writes, on the caller's transaction manager (the writes
 * themselves go through SupplierStore).
 */
@Injectable()
export class SupplierWriteReads {
  /** Locks the profile row for the rest of the transaction and returns its editable state. */
  async lock(m: EntityManager, id: string, withCapabilities: boolean): Promise<LockedSupplier | null> {
    const [r] = await m.query<LockedRow[]>(
      `SELECT id, name, rfc, tier, state_code, city, lat, lng, contact_email, contact_phone, website, profile_confirmed_at, version
         FROM suppliers WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!r) return null;
    const s: LockedSupplier = {
      id: r.id,
      name: r.name,
      rfc: r.rfc,
      tier: r.tier,
      stateCode: r.state_code,
      city: r.city,
      location: { lat: r.lat, lng: r.lng },
      contactEmail: r.contact_email,
      contactPhone: r.contact_phone,
      website: r.website,
      profileConfirmedAt: r.profile_confirmed_at,
      version: r.version,
    };
    if (withCapabilities) s.capabilities = await this.capabilities(m, id);
    return s;
  }

  async capabilities(m: EntityManager, id: string): Promise<CapabilityValue[]> {
    const rows = await m.query<Array<{ process_code: string; materials: string[]; notes: string | null }>>(
      `SELECT process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = $1 ORDER BY position, process_code`,
      [id],
    );
    return rows.map((r) => ({ process: r.process_code, materials: r.materials, notes: r.notes }));
  }

  /** Another profile holding this RFC, if any. */
  async rfcHolder(m: EntityManager, rfc: string, exceptId: string | null): Promise<string | null> {
    const [r] = await m.query<Array<{ id: string }>>(
      `SELECT id FROM suppliers WHERE rfc = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [rfc, exceptId],
    );
    return r?.id ?? null;
  }

  async certificationOwner(m: EntityManager, id: string): Promise<string | null> {
    const [r] = await m.query<Array<{ supplier_id: string }>>(`SELECT supplier_id FROM certifications WHERE id = $1`, [
      id,
    ]);
    return r?.supplier_id ?? null;
  }
}
