import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions, geo helpers and the catalogue + supplier tables.
 *
 * Distances: a point is stored as an earth-centred cube (x, y, z in metres, the same sphere as
 * earthdistance's earth()), computed by enlace_earth(lat, lng) into a generated column with a GiST
 * index. The straight-line (chord) distance between two such points, cube's `<->`, orders points
 * exactly as the great-circle distance does, so KNN scans on the GiST index return suppliers
 * nearest-first; enlace_gc_km turns a chord into great-circle kilometres. The helpers name every
 * object with its schema so that they behave the same under any search_path.
 */
export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public`);

    await q.query(`
      CREATE FUNCTION public.enlace_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_earth(lat double precision, lng double precision) RETURNS public.cube
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.cube(public.cube(public.cube(
              6378168 * cos(radians(lat)) * cos(radians(lng))),
              6378168 * cos(radians(lat)) * sin(radians(lng))),
              6378168 * sin(radians(lat))) $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_chord_to_km(chord_m double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT 2 * 6378.168 * asin(least(1.0, chord_m / (2 * 6378168))) $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_km_to_chord(km double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT 2 * 6378168 * sin(least(pi() / 2, greatest(0.0, km) / (2 * 6378.168))) $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_gc_km(a public.cube, b public.cube) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.enlace_chord_to_km(public.cube_distance(a, b)) $$`);

    await q.query(`
      CREATE TABLE states (
        code text PRIMARY KEY CHECK (code ~ '^MX-[A-Z]{3}$'),
        inegi_code char(2) NOT NULL UNIQUE CHECK (inegi_code ~ '^[0-9]{2}$'),
        name text NOT NULL CHECK (btrim(name) <> ''),
        region text NOT NULL CHECK (region IN ('NORTH','BAJIO','CENTER','WEST','SOUTH')),
        aliases text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX states_region_idx ON states (region)`);

    await q.query(`
      CREATE TABLE processes (
        code text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        name_es text NOT NULL,
        assessment text,
        sort_order int NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE certification_schemes (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9]+([-.][A-Z0-9]+)*$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('certificate','process-audit','label','self-assessment')),
        validity_years int CHECK (validity_years BETWEEN 1 AND 10),
        superseded_by text REFERENCES certification_schemes(code) DEFERRABLE INITIALLY DEFERRED,
        process_code text REFERENCES processes(code),
        sort_order int NOT NULL DEFAULT 0,
        CHECK (superseded_by IS NULL OR superseded_by <> code)
      )`);

    await q.query(`
      CREATE TABLE oems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (btrim(name) <> '')
      )`);

    await q.query(`
      CREATE TABLE plants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        oem_id uuid NOT NULL REFERENCES oems(id),
        name text NOT NULL CHECK (btrim(name) <> ''),
        city text NOT NULL,
        state_code text NOT NULL REFERENCES states(code),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        geo public.cube GENERATED ALWAYS AS (public.enlace_earth(lat, lng)) STORED,
        since int CHECK (since BETWEEN 1900 AND 2100),
        kind text NOT NULL CHECK (kind IN ('vehicle-assembly','powertrain','heavy-truck')),
        products text[] NOT NULL DEFAULT '{}',
        source text,
        confidence text NOT NULL CHECK (confidence IN ('confirmed','approximate','city-level','weak-source','general-knowledge')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (oem_id, name)
      )`);
    await q.query(`CREATE INDEX plants_state_idx ON plants (state_code)`);
    await q.query(`CREATE INDEX plants_geo_idx ON plants USING gist (geo)`);

    await q.query(`
      CREATE TABLE plant_processes (
        plant_id uuid NOT NULL REFERENCES plants(id) ON DELETE CASCADE,
        process_code text NOT NULL REFERENCES processes(code),
        PRIMARY KEY (plant_id, process_code)
      )`);
    await q.query(`CREATE INDEX plant_processes_process_idx ON plant_processes (process_code, plant_id)`);

    await q.query(`
      CREATE TABLE logistics_nodes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('seaport','border-crossing')),
        state_code text NOT NULL REFERENCES states(code),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        geo public.cube GENERATED ALWAYS AS (public.enlace_earth(lat, lng)) STORED,
        confidence text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE suppliers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 300),
        rfc text UNIQUE CHECK (rfc ~ '^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$'),
        tier text CHECK (tier IN ('TIER_1','TIER_2','TIER_3')),
        state_code text NOT NULL REFERENCES states(code),
        city text NOT NULL CHECK (btrim(city) <> ''),
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        geo public.cube GENERATED ALWAYS AS (public.enlace_earth(lat, lng)) STORED,
        search_name text GENERATED ALWAYS AS (public.enlace_fold(name)) STORED,
        employees text,
        contact_email text,
        contact_phone text,
        website text,
        source text,
        source_id text,
        profile_confirmed_at timestamptz,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source IS NULL) = (source_id IS NULL)),
        UNIQUE (source, source_id)
      )`);
    await q.query(`CREATE INDEX suppliers_geo_idx ON suppliers USING gist (geo)`);
    await q.query(`CREATE INDEX suppliers_search_name_trgm_idx ON suppliers USING gin (search_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX suppliers_name_id_idx ON suppliers (name, id)`);
    await q.query(`CREATE INDEX suppliers_state_name_idx ON suppliers (state_code, name, id)`);
    await q.query(`CREATE INDEX suppliers_confirmed_idx ON suppliers (profile_confirmed_at NULLS FIRST, id)`);

    await q.query(`
      CREATE TABLE supplier_capabilities (
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        process_code text NOT NULL REFERENCES processes(code),
        materials text[] NOT NULL DEFAULT '{}',
        notes text CHECK (length(notes) <= 2000),
        position smallint NOT NULL DEFAULT 0,
        PRIMARY KEY (supplier_id, process_code)
      )`);
    await q.query(
      `CREATE INDEX supplier_capabilities_process_idx ON supplier_capabilities (process_code, supplier_id)`,
    );

    await q.query(`
      CREATE TABLE certifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        scheme_code text NOT NULL REFERENCES certification_schemes(code),
        certificate_number text CHECK (length(certificate_number) <= 100),
        issuer text CHECK (length(issuer) <= 200),
        issued_on date,
        expires_on date,
        recorded_status text CHECK (recorded_status IN ('SUSPENDED','WITHDRAWN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (issued_on IS NULL OR expires_on IS NULL OR expires_on >= issued_on)
      )`);
    await q.query(`CREATE INDEX certifications_supplier_idx ON certifications (supplier_id)`);
    await q.query(
      `CREATE INDEX certifications_scheme_idx ON certifications (scheme_code, supplier_id) INCLUDE (expires_on, recorded_status)`,
    );
    await q.query(
      `CREATE INDEX certifications_expiry_idx ON certifications (expires_on) WHERE recorded_status IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'certifications',
      'supplier_capabilities',
      'suppliers',
      'logistics_nodes',
      'plant_processes',
      'plants',
      'oems',
      'certification_schemes',
      'processes',
      'states',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    for (const f of [
      'enlace_gc_km(public.cube, public.cube)',
      'enlace_km_to_chord(double precision)',
      'enlace_chord_to_km(double precision)',
      'enlace_earth(double precision, double precision)',
      'enlace_fold(text)',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS public.${f}`);
    }
  }
}
