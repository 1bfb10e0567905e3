import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk capability inserts (the import) can supply every column the per-row BEFORE trigger
 * `enlace_capability_geo` would fill in (geo, confirmed_at, cert_schemes, cert_expires), computed
 * set-wise for the whole batch. They say so with the transaction-local setting
 * `enlace.capability_facts_given = 'on'` around that one INSERT; the trigger's WHEN clause then
 * skips the per-row call (two lookups and a certificate summary per row). Every other insert, and
 * every change of supplier_id, still runs the trigger exactly as before.
 */
export class CapabilityFactsGiven1765100000000 implements MigrationInterface {
  name = 'CapabilityFactsGiven1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS supplier_capabilities_geo ON supplier_capabilities`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_geo BEFORE INSERT ON supplier_capabilities
      FOR EACH ROW WHEN (NEW.geo IS NULL OR current_setting('enlace.capability_facts_given', true) IS DISTINCT FROM 'on')
      EXECUTE FUNCTION public.enlace_capability_geo()`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_geo_move BEFORE UPDATE OF supplier_id ON supplier_capabilities
      FOR EACH ROW EXECUTE FUNCTION public.enlace_capability_geo()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS supplier_capabilities_geo_move ON supplier_capabilities`);
    await q.query(`DROP TRIGGER IF EXISTS supplier_capabilities_geo ON supplier_capabilities`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_geo BEFORE INSERT OR UPDATE OF supplier_id ON supplier_capabilities
      FOR EACH ROW EXECUTE FUNCTION public.enlace_capability_geo()`);
  }
}
