import { EntityManager } from 'typeorm';
import { ProfileFields } from '../writes/supplier-validation';
import { NewSupplierRow, ProfileRow } from './store-rows';
import { returned } from './returned';

/** The `suppliers` statements of the store: each function one statement, on the caller's transaction. */

const NEW_COLUMNS = `id, name, rfc, tier, state_code, city, lat, lng, employees, contact_email, contact_phone, website, profile_confirmed_at, source, source_id`;
const NEW_ROWS = `unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::text[], $15::text[])`;

function newRowParams(rows: NewSupplierRow[]): unknown[] {
  return [...profileParams(rows), rows.map((r) => r.source), rows.map((r) => r.sourceId)];
}

function profileParams(rows: ProfileRow[]): unknown[] {
  return [
    rows.map((r) => r.id),
    rows.map((r) => r.name),
    rows.map((r) => r.rfc),
    rows.map((r) => r.tier),
    rows.map((r) => r.stateCode),
    rows.map((r) => r.city),
    rows.map((r) => r.lat),
    rows.map((r) => r.lng),
    rows.map((r) => r.employees),
    rows.map((r) => r.contactEmail),
    rows.map((r) => r.contactPhone),
    rows.map((r) => r.website),
    rows.map((r) => r.profileConfirmedAt),
  ];
}

/** Inserts new suppliers set-wise; a unique violation (same source id or RFC) fails the statement. */
export async function insertSuppliers(m: EntityManager, rows: NewSupplierRow[]): Promise<void> {
  await m.query(`INSERT INTO suppliers (${NEW_COLUMNS}) SELECT * FROM ${NEW_ROWS}`, newRowParams(rows));
}

/** Inserts the suppliers whose (source, source_id) and RFC are free; returns the ids inserted. */
export async function insertSuppliersIfAbsent(m: EntityManager, rows: NewSupplierRow[]): Promise<string[]> {
  const inserted = await m.query<Array<{ id: string }>>(
    `INSERT INTO suppliers (${NEW_COLUMNS}) SELECT * FROM ${NEW_ROWS} ON CONFLICT DO NOTHING RETURNING id`,
    newRowParams(rows),
  );
  return inserted.map((r) => r.id);
}

/** Rewrites the profiles set-wise (source and source id stay), each with version + 1. */
export async function updateSuppliers(m: EntityManager, rows: ProfileRow[]): Promise<void> {
  await m.query(
    `UPDATE suppliers s SET name = x.name, rfc = x.rfc, tier = x.tier, state_code = x.state_code, city = x.city, lat = x.lat, lng = x.lng,
            employees = x.employees, contact_email = x.contact_email, contact_phone = x.contact_phone, website = x.website,
            profile_confirmed_at = x.profile_confirmed_at, version = s.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
         AS x(id, name, rfc, tier, state_code, city, lat, lng, employees, contact_email, contact_phone, website, profile_confirmed_at)
      WHERE s.id = x.id`,
    profileParams(rows),
  );
}

/** The editable profile fields in the column order of the single-row insert and update below. */
function editableParams(f: ProfileFields): unknown[] {
  return [
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
  ];
}

/** Inserts one profile with a database-chosen id (version 1). */
export async function insertSupplier(m: EntityManager, f: ProfileFields): Promise<{ id: string; version: number }> {
  const [r] = await m.query<Array<{ id: string; version: number }>>(
    `INSERT INTO suppliers (name, rfc, tier, state_code, city, lat, lng, contact_email, contact_phone, website)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, version`,
    editableParams(f),
  );
  return r;
}

/** The version check and the write in one statement: null when the version moved on. */
export async function updateSupplierIfVersion(
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
      [id, expectedVersion, ...editableParams(f)],
    ),
  );
  return rows[0]?.version ?? null;
}

export async function bumpVersion(m: EntityManager, id: string): Promise<number> {
  const [r] = returned<{ version: number }>(
    await m.query(`UPDATE suppliers SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [
      id,
    ]),
  );
  return r.version;
}

export async function confirmProfile(
  m: EntityManager,
  id: string,
): Promise<{ version: number; profileConfirmedAt: Date }> {
  const [r] = returned<{ version: number; profile_confirmed_at: Date }>(
    await m.query(
      `UPDATE suppliers SET profile_confirmed_at = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, profile_confirmed_at`,
      [id],
    ),
  );
  return { version: r.version, profileConfirmedAt: r.profile_confirmed_at };
}
