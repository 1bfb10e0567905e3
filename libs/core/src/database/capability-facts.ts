import { EntityManager } from 'typeorm';

/**
 * Runs `insert`, a bulk INSERT into supplier_capabilities that supplies every column the per-row
 * BEFORE trigger would compute (geo, confirmed_at, cert_schemes, cert_expires), with that trigger's
 * row calls skipped (the transaction-local setting its WHEN clause reads, migration 1765100000000).
 * Must run inside the caller's transaction; a failed insert aborts it, setting and all.
 */
export async function insertWithCapabilityFacts<T>(m: EntityManager, insert: () => Promise<T>): Promise<T> {
  await m.query(`SELECT set_config('enlace.capability_facts_given', 'on', true)`);
  const result = await insert();
  await m.query(`SELECT set_config('enlace.capability_facts_given', 'off', true)`);
  return result;
}
