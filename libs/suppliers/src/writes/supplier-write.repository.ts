import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CapabilityValue, CertificationValue, ProfileFields } from './supplier-validation';
import { Tier } from '../models/tier';

/** TypeORM answers UPDATE/DELETE ... RETURNING with [rows, affected]; INSERT/SELECT with rows. */
function returned<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}

export interface LockedSupplier extends ProfileFields {
  id: string;
  version: number;
  profileConfirmedAt: Date | null;
}

/** SQL for supplier writes; every method runs on the caller's transaction manager. */
@Injectable()
export class SupplierWriteRepository {
  /** Locks the profile row for the rest of the transaction and returns its editable state. */
  async lock(m: EntityManager, id: string, withCapabilities: boolean): Promise<LockedSupplier | null> {
    const [r] = await m.query(
      `SELECT id, name, rfc, tier, state_code, city, lat, lng, contact_email, contact_phone, website, profile_confirmed_at, version
         FROM suppliers WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!r) return null;
    const s: LockedSupplier = {
      id: r.id,
      name: r.name,
      rfc: r.rfc,
      tier: r.tier as Tier | null,
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
    const rows = await m.query(
      `SELECT process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = $1 ORDER BY position, process_code`,
      [id],
    );
    return rows.map((r: { process_code: string; materials: string[]; notes: string | null }) => ({
      process: r.process_code,
      materials: r.materials,
      notes: r.notes,
    }));
  }

  /** Another profile holding this RFC, if any. */
  async rfcHolder(m: EntityManager, rfc: string, exceptId: string | null): Promise<string | null> {
    const [r] = await m.query(`SELECT id FROM suppliers WHERE rfc = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [
      rfc,
      exceptId,
    ]);
    return r?.id ?? null;
  }

  async insert(m: EntityManager, f: ProfileFields): Promise<{ id: string; version: number }> {
    const [r] = await m.query(
      `INSERT INTO suppliers (name, rfc, tier, state_code, city, lat, lng, contact_email, contact_phone, website)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, version`,
      [
        f.name,
        f.rfc,
        f.tier,
        f.stateCode,
        f.city,
        f.location.lat,
        f.location.lng,
        f.contactEmail,
        f.contactPhone,
        f.website,
      ],
    );
    return r;
  }

  /** The version check and the write in one statement: null when the version moved on. */
  async updateIfVersion(
    m: EntityManager,
    id: string,
    expectedVersion: number,
    f: ProfileFields,
  ): Promise<number | null> {
    const rows = returned<{ version: number }>(
      await m.query(
        `UPDATE suppliers SET name = $3, rfc = $4, tier = $5, state_code = $6, city = $7, lat = $8, lng = $9,
              contact_email = $10, contact_phone = $11, website = $12, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING version`,
        [
          id,
          expectedVersion,
          f.name,
          f.rfc,
          f.tier,
          f.stateCode,
          f.city,
          f.location.lat,
          f.location.lng,
          f.contactEmail,
          f.contactPhone,
          f.website,
        ],
      ),
    );
    return rows[0]?.version ?? null;
  }

  async bumpVersion(m: EntityManager, id: string): Promise<number> {
    const [r] = returned<{ version: number }>(
      await m.query(`UPDATE suppliers SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [
        id,
      ]),
    );
    return r.version;
  }

  async confirm(m: EntityManager, id: string): Promise<{ version: number; profileConfirmedAt: Date }> {
    const [r] = returned<{ version: number; profile_confirmed_at: Date }>(
      await m.query(
        `UPDATE suppliers SET profile_confirmed_at = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, profile_confirmed_at`,
        [id],
      ),
    );
    return { version: r.version, profileConfirmedAt: r.profile_confirmed_at };
  }

  async replaceCapabilities(m: EntityManager, id: string, list: CapabilityValue[]): Promise<void> {
    await m.query(`DELETE FROM supplier_capabilities WHERE supplier_id = $1`, [id]);
    if (!list.length) return;
    await m.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position)
       SELECT $1, x.e->>'process', ARRAY(SELECT jsonb_array_elements_text(x.e->'materials')), x.e->>'notes', x.ord - 1
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(e, ord)`,
      [id, JSON.stringify(list)],
    );
  }

  async insertCertification(m: EntityManager, supplierId: string, c: CertificationValue): Promise<string> {
    const [r] = await m.query(
      `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [supplierId, c.scheme, c.certificateNumber, c.issuer, c.issuedOn, c.expiresOn],
    );
    return r.id;
  }

  async certificationOwner(m: EntityManager, id: string): Promise<string | null> {
    const [r] = await m.query(`SELECT supplier_id FROM certifications WHERE id = $1`, [id]);
    return r?.supplier_id ?? null;
  }

  /** Deletes the certificate if it (still) belongs to the supplier; returns what was deleted. */
  async deleteCertification(
    m: EntityManager,
    id: string,
    supplierId: string,
  ): Promise<(CertificationValue & { id: string }) | null> {
    const [r] = returned<Record<string, string | null>>(
      await m.query(
        `DELETE FROM certifications WHERE id = $1 AND supplier_id = $2
       RETURNING id, scheme_code, certificate_number, issuer, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(expires_on, 'YYYY-MM-DD') AS expires_on`,
        [id, supplierId],
      ),
    );
    return r
      ? {
          id: r.id!,
          scheme: r.scheme_code!,
          certificateNumber: r.certificate_number,
          issuer: r.issuer,
          issuedOn: r.issued_on,
          expiresOn: r.expires_on,
        }
      : null;
  }
}
