import { EntityManager } from 'typeorm';
import { AuditEntry } from './store-rows';

/** The `supplier_audit` statement of the store, on the caller's transaction (the change's own). */
export async function insertAuditEntries(m: EntityManager, entries: AuditEntry[]): Promise<void> {
  await m.query(
    `INSERT INTO supplier_audit (supplier_id, actor_user_id, actor_email, action, version, changes)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::jsonb[])`,
    [
      entries.map((e) => e.supplierId),
      entries.map((e) => e.actor.userId),
      entries.map((e) => e.actor.email),
      entries.map((e) => e.action),
      entries.map((e) => e.version),
      entries.map((e) => JSON.stringify(e.changes)),
    ],
  );
}
