import { randomUUID } from 'crypto';
import { addDays, todayIn } from '@enlace/core';
import { TestDatabase } from './test-app';

export interface SupplierSpec {
  id?: string;
  name?: string;
  rfc?: string | null;
  tier?: 'TIER_1' | 'TIER_2' | 'TIER_3' | null;
  stateCode?: string;
  city?: string;
  lat?: number;
  lng?: number;
  profileConfirmedAt?: Date | null;
  capabilities?: Array<{ process: string; materials?: string[]; notes?: string | null }>;
  certifications?: Array<{
    scheme: string;
    issuedOn?: string | null;
    expiresOn?: string | null;
    recordedStatus?: 'SUSPENDED' | 'WITHDRAWN' | null;
    number?: string;
  }>;
}

let counter = 0;

/** Inserts a supplier (with capabilities and certificates) directly, for arranging read tests. */
export async function insertSupplier(db: TestDatabase, spec: SupplierSpec = {}): Promise<string> {
  const id = spec.id ?? randomUUID();
  counter++;
  await db.query(
    `INSERT INTO suppliers (id, name, rfc, tier, state_code, city, lat, lng, profile_confirmed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      spec.name ?? `Proveedor de Prueba ${counter}`,
      spec.rfc ?? null,
      spec.tier ?? null,
      spec.stateCode ?? 'MX-GUA',
      spec.city ?? 'León',
      spec.lat ?? 21.12,
      spec.lng ?? -101.68,
      spec.profileConfirmedAt ?? null,
    ],
  );
  let pos = 0;
  for (const c of spec.capabilities ?? []) {
    await db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position) VALUES ($1, $2, $3, $4, $5)`,
      [id, c.process, c.materials ?? [], c.notes ?? null, pos++],
    );
  }
  for (const c of spec.certifications ?? []) {
    await db.query(
      `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issued_on, expires_on, recorded_status) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, c.scheme, c.number ?? null, c.issuedOn ?? null, c.expiresOn ?? null, c.recordedStatus ?? null],
    );
  }
  return id;
}

/**
 * YYYY-MM-DD `days` from today in the application's time zone (the tests run with the default,
 * America/Mexico_City), the day the API counts from: a UTC date is a day ahead in the evening there.
 */
export function daysFromToday(days: number): string {
  return addDays(todayIn('America/Mexico_City'), days);
}
