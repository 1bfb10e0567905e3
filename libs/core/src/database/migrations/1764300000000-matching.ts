import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking and sourcing requests.
 *
 * Process-aware spatial index: supplier_capabilities gets a copy of its supplier's earth point
 * (`geo`), kept in step by triggers (set on insert of a capability, rewritten when a supplier's
 * lat/lng change), and a GiST index on (process_code, geo) via btree_gist. A KNN scan
 * `WHERE process_code = $1 ORDER BY geo <-> $plant` then walks only suppliers that have the
 * process, nearest first, which is what the exact top-k ranking consumes.
 */
export class Matching1764300000000 implements MigrationInterface {
  name = 'Matching1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supplier_capabilities ADD COLUMN geo public.cube`);
    await q.query(`UPDATE supplier_capabilities sc SET geo = s.geo FROM suppliers s WHERE s.id = sc.supplier_id`);
    await q.query(`
      CREATE FUNCTION public.enlace_capability_geo() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.geo INTO NEW.geo FROM public.suppliers s WHERE s.id = NEW.supplier_id;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_geo BEFORE INSERT OR UPDATE OF supplier_id ON supplier_capabilities
      FOR EACH ROW EXECUTE FUNCTION public.enlace_capability_geo()`);
    await q.query(`
      CREATE FUNCTION public.enlace_supplier_geo_sync() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.supplier_capabilities SET geo = NEW.geo WHERE supplier_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER suppliers_geo_sync AFTER UPDATE OF lat, lng ON suppliers
      FOR EACH ROW WHEN (OLD.lat IS DISTINCT FROM NEW.lat OR OLD.lng IS DISTINCT FROM NEW.lng)
      EXECUTE FUNCTION public.enlace_supplier_geo_sync()`);
    await q.query(`ALTER TABLE supplier_capabilities ALTER COLUMN geo SET NOT NULL`);
    await q.query(
      `CREATE INDEX supplier_capabilities_process_geo_idx ON supplier_capabilities USING gist (process_code, geo)`,
    );

    await q.query(`
      CREATE TABLE sourcing_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plant_id uuid NOT NULL REFERENCES plants(id),
        process_code text NOT NULL REFERENCES processes(code),
        required_schemes text[] NOT NULL DEFAULT '{}',
        preferred_schemes text[] NOT NULL DEFAULT '{}',
        annual_volume int CHECK (annual_volume > 0),
        max_distance_km double precision CHECK (max_distance_km >= 0),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','AWARDED','CANCELLED')),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        awarded_supplier_id uuid REFERENCES suppliers(id),
        awarded_by uuid REFERENCES users(id),
        awarded_at timestamptz,
        cancelled_by uuid REFERENCES users(id),
        cancelled_at timestamptz,
        award_snapshot jsonb,
        CHECK ((status = 'AWARDED') = (awarded_supplier_id IS NOT NULL AND awarded_at IS NOT NULL)),
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX sourcing_requests_plant_idx ON sourcing_requests (plant_id, created_at DESC)`);
    await q.query(`CREATE INDEX sourcing_requests_status_idx ON sourcing_requests (status, process_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sourcing_requests`);
    await q.query(`DROP TRIGGER IF EXISTS suppliers_geo_sync ON suppliers`);
    await q.query(`DROP TRIGGER IF EXISTS supplier_capabilities_geo ON supplier_capabilities`);
    await q.query(`DROP INDEX IF EXISTS supplier_capabilities_process_geo_idx`);
    await q.query(`ALTER TABLE supplier_capabilities DROP COLUMN IF EXISTS geo`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_supplier_geo_sync()`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_capability_geo()`);
  }
}
