import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed supplier-to-region proximity for the capability-gap queries.
 *
 * `supplier_region_proximity` holds, for every capability row (supplier, process) and every region
 * with a plant that sources that process, the chord distance (metres, the same measure as cube's
 * `<->` on the earth points) from the supplier to the NEAREST such plant of the region. "Supplier
 * within r km of at least one of the region's plants sourcing p" is then exactly
 * `nearest_chord_m <= enlace_km_to_chord(r)`: one index range scan per (region, process) instead of
 * enumerating every (plant, nearby supplier) pair. Certification is NOT stored (validity depends on
 * the day); the queries split the rows by the valid IATF 16949 holders of the day.
 *
 * `gap_region_plants` is the plant side: per (region, process), the earth points of the region's
 * plants sourcing it. Plant data only changes when the reference data is (re)loaded:
 * `enlace_refresh_region_proximity_if_changed()` compares an md5 fingerprint of (region, process,
 * plant id, lat, lng) with the one stored in `gap_proximity_state` and recomputes everything only
 * when it differs (the reference loader calls it after its upsert, in the same transaction).
 *
 * Supplier side: statement-level triggers with transition tables on supplier_capabilities keep the
 * table in step set-wise (bulk inserts of many thousands of rows cost one INSERT ... SELECT):
 * insert computes the new rows, delete and truncate remove them; updates (a supplier move rewrites
 * `geo`, or a process change) recompute the changed rows through a row-level trigger whose WHEN
 * filter skips every update that changes neither (so whole-table updates of other columns cost
 * nothing here).
 */
export class GapProximity1764700000000 implements MigrationInterface {
  name = 'GapProximity1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gap_region_plants (
        process_code text NOT NULL,
        region text NOT NULL,
        geos public.cube[] NOT NULL,
        PRIMARY KEY (process_code, region)
      )`);
    await q.query(`
      CREATE TABLE gap_proximity_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        fingerprint text NOT NULL,
        refreshed_at timestamptz NOT NULL,
        refreshes bigint NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE supplier_region_proximity (
        supplier_id uuid NOT NULL,
        process_code text NOT NULL,
        region text NOT NULL,
        nearest_chord_m double precision NOT NULL,
        PRIMARY KEY (supplier_id, process_code, region)
      )`);
    await q.query(`
      CREATE INDEX supplier_region_proximity_near_idx
        ON supplier_region_proximity (region, process_code, nearest_chord_m) INCLUDE (supplier_id)`);

    await q.query(`
      CREATE FUNCTION public.enlace_region_plants_fingerprint() RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT md5(coalesce(string_agg(st.region || '|' || pp.process_code || '|' || p.id::text || '|' || p.lat::text || '|' || p.lng::text,
                                       ';' ORDER BY st.region, pp.process_code, p.id), ''))
          FROM public.plants p
          JOIN public.states st ON st.code = p.state_code
          JOIN public.plant_processes pp ON pp.plant_id = p.id $$`);

    await q.query(`
      CREATE FUNCTION public.enlace_refresh_region_proximity() RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- Writers of capabilities wait (taken first, so that no capability writer holds a lock we need next).
        LOCK TABLE public.supplier_capabilities IN SHARE MODE;
        DELETE FROM public.gap_region_plants;
        INSERT INTO public.gap_region_plants (process_code, region, geos)
        SELECT pp.process_code, st.region, array_agg(p.geo ORDER BY p.id)
          FROM public.plants p
          JOIN public.states st ON st.code = p.state_code
          JOIN public.plant_processes pp ON pp.plant_id = p.id
         GROUP BY pp.process_code, st.region;
        TRUNCATE public.supplier_region_proximity;
        INSERT INTO public.supplier_region_proximity (supplier_id, process_code, region, nearest_chord_m)
        SELECT sc.supplier_id, sc.process_code, rp.region,
               (SELECT min(public.cube_distance(sc.geo, g)) FROM unnest(rp.geos) g)
          FROM public.supplier_capabilities sc
          JOIN public.gap_region_plants rp ON rp.process_code = sc.process_code;
        INSERT INTO public.gap_proximity_state (id, fingerprint, refreshed_at)
        VALUES (true, public.enlace_region_plants_fingerprint(), clock_timestamp())
        ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, refreshed_at = EXCLUDED.refreshed_at,
                                       refreshes = public.gap_proximity_state.refreshes + 1;
      END $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_refresh_region_proximity_if_changed() RETURNS boolean
      LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM public.gap_proximity_state WHERE fingerprint = public.enlace_region_plants_fingerprint()) THEN
          RETURN false;
        END IF;
        PERFORM public.enlace_refresh_region_proximity();
        RETURN true;
      END $$`);

    await q.query(`
      CREATE FUNCTION public.enlace_capability_proximity_insert() RETURNS trigger
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
    await q.query(`
      CREATE FUNCTION public.enlace_capability_proximity_update() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- The old key's rows go unless the key still exists after the statement (e.g. swapped keys);
        -- the new row's distances are (re)computed either way.
        DELETE FROM public.supplier_region_proximity x
         WHERE x.supplier_id = OLD.supplier_id AND x.process_code = OLD.process_code
           AND NOT EXISTS (SELECT 1 FROM public.supplier_capabilities sc WHERE sc.supplier_id = OLD.supplier_id AND sc.process_code = OLD.process_code);
        INSERT INTO public.supplier_region_proximity (supplier_id, process_code, region, nearest_chord_m)
        SELECT NEW.supplier_id, NEW.process_code, rp.region,
               (SELECT min(public.cube_distance(NEW.geo, g)) FROM unnest(rp.geos) g)
          FROM public.gap_region_plants rp
         WHERE rp.process_code = NEW.process_code
        ON CONFLICT (supplier_id, process_code, region) DO UPDATE SET nearest_chord_m = EXCLUDED.nearest_chord_m;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_capability_proximity_delete() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM public.supplier_region_proximity x
         USING enlace_old_capabilities o
         WHERE x.supplier_id = o.supplier_id AND x.process_code = o.process_code;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_capability_proximity_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE public.supplier_region_proximity;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_proximity_insert AFTER INSERT ON supplier_capabilities
      REFERENCING NEW TABLE AS enlace_new_capabilities
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_capability_proximity_insert()`);
    // Row-level with a WHEN filter (transition tables cannot be combined with it): a supplier move
    // rewrites its few capability rows; updates that change neither geo nor the key (e.g. a
    // whole-table UPDATE of other columns) skip the trigger without calling it.
    await q.query(`
      CREATE TRIGGER supplier_capabilities_proximity_update AFTER UPDATE ON supplier_capabilities
      FOR EACH ROW WHEN (OLD.geo IS DISTINCT FROM NEW.geo OR OLD.process_code IS DISTINCT FROM NEW.process_code OR OLD.supplier_id IS DISTINCT FROM NEW.supplier_id)
      EXECUTE FUNCTION public.enlace_capability_proximity_update()`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_proximity_delete AFTER DELETE ON supplier_capabilities
      REFERENCING OLD TABLE AS enlace_old_capabilities
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_capability_proximity_delete()`);
    await q.query(`
      CREATE TRIGGER supplier_capabilities_proximity_truncate AFTER TRUNCATE ON supplier_capabilities
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_capability_proximity_truncate()`);

    // Backfill (also records the fingerprint of the plants present now).
    await q.query(`SELECT public.enlace_refresh_region_proximity()`);
    await q.query(`ANALYZE supplier_region_proximity`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER IF EXISTS supplier_capabilities_proximity_${t} ON supplier_capabilities`);
      await q.query(`DROP FUNCTION IF EXISTS public.enlace_capability_proximity_${t}()`);
    }
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_refresh_region_proximity_if_changed()`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_refresh_region_proximity()`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_region_plants_fingerprint()`);
    await q.query(`DROP TABLE IF EXISTS supplier_region_proximity`);
    await q.query(`DROP TABLE IF EXISTS gap_proximity_state`);
    await q.query(`DROP TABLE IF EXISTS gap_region_plants`);
  }
}
