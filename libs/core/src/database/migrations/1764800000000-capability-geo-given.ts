import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk capability inserts (the import) compute the supplier's earth point themselves and pass it as
 * `geo`: the per-row BEFORE INSERT trigger then skips its supplier lookup. A change of supplier_id
 * (UPDATE) and an INSERT without geo still copy the supplier's point as before.
 */
export class CapabilityGeoGiven1764800000000 implements MigrationInterface {
  name = 'CapabilityGeoGiven1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_capability_geo() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.geo IS NOT NULL THEN
          RETURN NEW;
        END IF;
        SELECT s.geo INTO NEW.geo FROM public.suppliers s WHERE s.id = NEW.supplier_id;
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_capability_geo() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.geo INTO NEW.geo FROM public.suppliers s WHERE s.id = NEW.supplier_id;
        RETURN NEW;
      END $$`);
  }
}
