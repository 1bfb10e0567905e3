import { EntityManager } from 'typeorm';
import { CertificationValue } from '../writes/supplier-validation';
import { NewCertificationRow } from './store-rows';
import { returned } from './returned';

/** The `certifications` statements of the store: each function one statement, on the caller's transaction. */

export async function insertCertifications(m: EntityManager, rows: NewCertificationRow[]): Promise<void> {
  await m.query(
    `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[])`,
    [
      rows.map((r) => r.supplierId),
      rows.map((r) => r.scheme),
      rows.map((r) => r.certificateNumber),
      rows.map((r) => r.issuer),
      rows.map((r) => r.issuedOn),
      rows.map((r) => r.expiresOn),
      rows.map((r) => r.recordedStatus),
    ],
  );
}

export async function deleteCertificationsOf(m: EntityManager, supplierIds: string[]): Promise<void> {
  await m.query(`DELETE FROM certifications WHERE supplier_id = ANY($1::uuid[])`, [supplierIds]);
}

/** Inserts one certificate (no recorded status); returns its id. */
export async function insertCertification(
  m: EntityManager,
  supplierId: string,
  c: CertificationValue,
): Promise<string> {
  const [r] = await m.query<Array<{ id: string }>>(
    `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [supplierId, c.scheme, c.certificateNumber, c.issuer, c.issuedOn, c.expiresOn],
  );
  return r.id;
}

/** Deletes the certificate if it (still) belongs to the supplier; returns what was deleted. */
export async function deleteCertification(
  m: EntityManager,
  id: string,
  supplierId: string,
): Promise<(CertificationValue & { id: string }) | null> {
  const [r] = returned<Record<'id' | 'scheme_code', string> & Record<string, string | null>>(
    await m.query(
      `DELETE FROM certifications WHERE id = $1 AND supplier_id = $2
       RETURNING id, scheme_code, certificate_number, issuer, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, to_char(expires_on, 'YYYY-MM-DD') AS expires_on`,
      [id, supplierId],
    ),
  );
  return r
    ? {
        id: r.id,
        scheme: r.scheme_code,
        certificateNumber: r.certificate_number,
        issuer: r.issuer,
        issuedOn: r.issued_on,
        expiresOn: r.expires_on,
      }
    : null;
}
