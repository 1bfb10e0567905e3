import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capability-gap history: one row per day, region, process and radius, written by
 * `npm run cli -- gaps snapshot` (re-running on the same day replaces that day's rows) and read by
 * the gapHistory query. Also a partial index on the valid-looking IATF 16949 certificates, which
 * the gap computation reads in one index-only pass.
 */
export class GapSnapshots1764500000000 implements MigrationInterface {
  name = 'GapSnapshots1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gap_snapshots (
        snapshot_date date NOT NULL,
        region text NOT NULL CHECK (region IN ('NORTH','BAJIO','CENTER','WEST','SOUTH')),
        process_code text NOT NULL REFERENCES processes(code),
        radius_km double precision NOT NULL CHECK (radius_km > 0),
        plants_in_region int NOT NULL CHECK (plants_in_region >= 0),
        demand double precision NOT NULL CHECK (demand >= 0),
        certified_suppliers int NOT NULL CHECK (certified_suppliers >= 0),
        development_candidates int NOT NULL CHECK (development_candidates >= 0),
        gap_score double precision NOT NULL CHECK (gap_score BETWEEN 0 AND 1),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region, process_code, radius_km, snapshot_date)
      )`);
    await q.query(`CREATE INDEX gap_snapshots_date_idx ON gap_snapshots (snapshot_date)`);
    await q.query(`
      CREATE INDEX certifications_iatf_supplier_idx ON certifications (supplier_id)
        INCLUDE (expires_on) WHERE scheme_code = 'IATF-16949' AND recorded_status IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS certifications_iatf_supplier_idx`);
    await q.query(`DROP TABLE IF EXISTS gap_snapshots`);
  }
}
