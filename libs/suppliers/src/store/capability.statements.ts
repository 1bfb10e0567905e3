import { EntityManager } from 'typeorm';
import { CapabilityValue } from '../writes/supplier-validation';
import { NewCapabilityRow } from './store-rows';

/** The `supplier_capabilities` statements of the store: each function one statement, on the caller's transaction. */

/** A capability row with its supplier's facts, as the per-row insert trigger would look them up. */
export interface CapabilityFactsRow extends NewCapabilityRow {
  lat: number;
  lng: number;
  confirmedAt: string | Date | null;
}

/** A PostgreSQL array literal with every element quoted (`{"PP","A \"B\""}`), cast to text[] in SQL. */
export function textArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

export async function deleteCapabilitiesOf(m: EntityManager, supplierIds: string[]): Promise<void> {
  await m.query(`DELETE FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[])`, [supplierIds]);
}

/**
 * Inserts one supplier's list in order (position = index); the per-row trigger copies the
 * supplier's facts (geo, confirmed_at, certificate summary).
 */
export async function insertCapabilityList(
  m: EntityManager,
  supplierId: string,
  list: CapabilityValue[],
): Promise<void> {
  await m.query(
    `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position)
     SELECT $1, x.e->>'process', ARRAY(SELECT jsonb_array_elements_text(x.e->'materials')), x.e->>'notes', x.ord - 1
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(e, ord)`,
    [supplierId, JSON.stringify(list)],
  );
}

/**
 * Inserts capability rows set-wise with every column the per-row BEFORE trigger would fill in,
 * computed here: geo (the supplier's lat/lng, the same expression as suppliers.geo), confirmed_at
 * (the supplier's profile_confirmed_at) and the certificate summary of the suppliers in
 * `certificatesOf` (those that keep certificates already stored; a new supplier has none yet: its
 * certificates, inserted afterwards, are summarised onto these rows by the statement triggers on
 * certifications). The trigger's row calls are skipped through the transaction-local setting its
 * WHEN clause reads (migration 1765100000000), switched on for this one INSERT only; a failed insert
 * aborts the transaction, setting and all.
 */
export async function insertCapabilitiesWithFacts(
  m: EntityManager,
  rows: CapabilityFactsRow[],
  certificatesOf: string[],
): Promise<void> {
  await m.query(`SELECT set_config('enlace.capability_facts_given', 'on', true)`);
  await m.query(
    `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position, geo, confirmed_at, cert_schemes, cert_expires)
     SELECT x.sid, x.process, x.mats::text[], x.notes, x.pos, public.enlace_earth(x.lat, x.lng), x.confirmed,
            COALESCE(cs.schemes, '{}'), COALESCE(cs.expires, '{}')
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int2[], $6::float8[], $7::float8[], $8::timestamptz[])
            AS x(sid, process, mats, notes, pos, lat, lng, confirmed)
       LEFT JOIN public.enlace_cert_summary($9::uuid[]) cs ON cs.supplier_id = x.sid`,
    [
      rows.map((r) => r.supplierId),
      rows.map((r) => r.process),
      rows.map((r) => textArrayLiteral(r.materials)),
      rows.map((r) => r.notes),
      rows.map((r) => r.position),
      rows.map((r) => r.lat),
      rows.map((r) => r.lng),
      rows.map((r) => r.confirmedAt),
      certificatesOf,
    ],
  );
  await m.query(`SELECT set_config('enlace.capability_facts_given', 'off', true)`);
}
