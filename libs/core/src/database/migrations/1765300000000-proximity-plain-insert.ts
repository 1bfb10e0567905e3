import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement trigger that adds a new capability's distances to the plants of each region
 * (supplier_region_proximity) inserted them with ON CONFLICT DO UPDATE: a speculative insertion per
 * row (arbiter probe, speculative token, confirmation record), about four per capability. A new
 * capability has no distances yet: the delete and update triggers remove a key's rows when the key
 * goes, and the full refresh rebuilds the table. So the trigger now first removes whatever rows the
 * new keys might still have (one probe of the primary key per capability, which finds nothing unless
 * something went wrong elsewhere) and then inserts plainly: the same rows, self-healing as before,
 * at a fraction of the cost and write-ahead log of the import's heaviest statement.
 */
export class ProximityPlainInsert1765300000000 implements MigrationInterface {
  name = 'ProximityPlainInsert1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_capability_proximity_insert() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- an index probe per new supplier id whatever the table statistics say (no hash of the table)
        DELETE FROM public.supplier_region_proximity x
         WHERE x.supplier_id = ANY (ARRAY(SELECT n.supplier_id FROM enlace_new_capabilities n))
           AND EXISTS (SELECT 1 FROM enlace_new_capabilities n WHERE n.supplier_id = x.supplier_id AND n.process_code = x.process_code);
        INSERT INTO public.supplier_region_proximity (supplier_id, process_code, region, nearest_chord_m)
        SELECT n.supplier_id, n.process_code, rp.region,
               (SELECT min(public.cube_distance(n.geo, g)) FROM unnest(rp.geos) g)
          FROM enlace_new_capabilities n
          JOIN public.gap_region_plants rp ON rp.process_code = n.process_code;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_capability_proximity_insert() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO public.supplier_region_proximity (supplier_id, process_code, region, nearest_chord_m)
        SELECT n.supplier_id, n.process_code, rp.region,
               (SELECT min(public.cube_distance(n.geo, g)) FROM unnest(rp.geos) g)
          FROM enlace_new_capabilities n
          JOIN public.gap_region_plants rp ON rp.process_code = n.process_code
        ON CONFLICT (supplier_id, process_code, region) DO UPDATE SET nearest_chord_m = EXCLUDED.nearest_chord_m;
        RETURN NULL;
      END $$`);
  }
}
