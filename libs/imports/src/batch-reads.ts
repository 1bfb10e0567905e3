import { EntityManager } from 'typeorm';
import { CandidateCapability, CandidateCertification, canonicalTimestampSql, SupplierCandidate } from './candidate';
import { BatchReads, ExistingSupplier } from './batch-plan';

/**
 * Reads what a batch's rows match, in the batch's transaction (before anything is written): the
 * matched suppliers' profiles, capabilities and (for template rows) certificates, and the holders
 * of the batch's RFCs. A handful of statements per batch whatever its size.
 */
export async function readBatch(m: EntityManager, batch: SupplierCandidate[]): Promise<BatchReads> {
  const matches = await matchRows(m, batch);
  const ids = [...new Set(matches.filter((x): x is string => !!x))];
  const rfcs = [...new Set(batch.map((c) => c.rfc).filter((x): x is string => !!x))];
  const withCertificates = batch.some((c) => c.mode === 'enlace');
  return {
    matches,
    existing: await existingSuppliers(m, ids),
    capabilities: await capabilitiesOf(m, ids),
    certifications: await certificationsOf(m, withCertificates ? ids : []),
    rfcOwners: await rfcOwners(m, rfcs),
  };
}

/**
 * The supplier each row matches, by position: DENUE rows by (source, source_id); template rows by
 * (source, source_id), else id, else RFC. Scalar subqueries: one unique-index probe per row whatever
 * the table size (a join let the planner hash the whole suppliers table for every batch).
 */
async function matchRows(m: EntityManager, batch: SupplierCandidate[]): Promise<Array<string | null>> {
  const rows = await m.query<Array<{ ord: number; id: string | null }>>(
    `SELECT x.ord,
            CASE WHEN x.source IS NOT NULL THEN (SELECT a.id FROM suppliers a WHERE a.source = x.source AND a.source_id = x.source_id)
                 ELSE COALESCE((SELECT b.id FROM suppliers b WHERE x.id IS NOT NULL AND b.id = x.id),
                               (SELECT c.id FROM suppliers c WHERE x.rfc IS NOT NULL AND c.rfc = x.rfc)) END AS id
       FROM unnest($1::int[], $2::text[], $3::text[], $4::uuid[], $5::text[]) AS x(ord, source, source_id, id, rfc)`,
    [
      batch.map((_, i) => i),
      batch.map((c) => c.source),
      batch.map((c) => c.sourceId),
      batch.map((c) => c.id),
      batch.map((c) => c.rfc),
    ],
  );
  const matches: Array<string | null> = batch.map(() => null);
  for (const r of rows) matches[Number(r.ord)] = r.id;
  return matches;
}

async function existingSuppliers(m: EntityManager, ids: string[]): Promise<Map<string, ExistingSupplier>> {
  if (!ids.length) return new Map();
  const rows = await m.query<ExistingSupplier[]>(
    `SELECT id, name, rfc, tier, state_code AS "stateCode", city, lat, lng, employees, contact_email AS "contactEmail",
            contact_phone AS "contactPhone", website, version, ${canonicalTimestampSql('profile_confirmed_at')} AS "profileConfirmedAt"
       FROM suppliers WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function capabilitiesOf(m: EntityManager, ids: string[]): Promise<Map<string, CandidateCapability[]>> {
  if (!ids.length) return new Map();
  const rows = await m.query<Array<CandidateCapability & { supplierId: string }>>(
    `SELECT supplier_id AS "supplierId", process_code AS process, materials, notes
       FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position, process_code`,
    [ids],
  );
  return groupBySupplier(rows, ({ supplierId: _, ...cap }) => cap);
}

async function certificationsOf(m: EntityManager, ids: string[]): Promise<Map<string, CandidateCertification[]>> {
  if (!ids.length) return new Map();
  const rows = await m.query<Array<CandidateCertification & { supplierId: string }>>(
    `SELECT supplier_id AS "supplierId", scheme_code AS scheme, certificate_number AS "certificateNumber", issuer,
            issued_on AS "issuedOn", expires_on AS "expiresOn", recorded_status AS "recordedStatus"
       FROM certifications WHERE supplier_id = ANY($1::uuid[])`,
    [ids],
  );
  return groupBySupplier(rows, ({ supplierId: _, ...cert }) => cert);
}

async function rfcOwners(m: EntityManager, rfcs: string[]): Promise<Map<string, { id: string; name: string }>> {
  if (!rfcs.length) return new Map();
  const rows = await m.query<Array<{ id: string; name: string; rfc: string }>>(
    `SELECT id, name, rfc FROM suppliers WHERE rfc = ANY($1::text[])`,
    [rfcs],
  );
  return new Map(rows.map((r) => [r.rfc, { id: r.id, name: r.name }]));
}

function groupBySupplier<R extends { supplierId: string }, T>(rows: R[], value: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.supplierId);
    if (list) list.push(value(r));
    else out.set(r.supplierId, [value(r)]);
  }
  return out;
}
