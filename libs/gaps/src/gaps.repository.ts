import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows, Region } from '@enlace/core';
import { validCertSql } from '@enlace/suppliers';
import {
  GAP_CERTIFICATION,
  GAP_FULL_COVERAGE_K,
  OPEN_REQUEST_DEMAND_WEIGHT,
  PLANT_DEMAND_WEIGHT,
} from './gaps.constants';

export interface GapRow {
  region: Region;
  process: string;
  plantsInRegion: number;
  demand: number;
  certifiedSuppliers: number;
  developmentCandidates: number;
  gapScore: number;
}

export interface CandidateRow {
  supplierId: string;
  nearDemand: number;
  nearestKm: number;
  plants: Array<{ plantId: string; distanceKm: number }>;
  holdsIso9001: boolean;
  holdsAssessment: boolean;
  total: number;
}

export interface RemoteSupplierRow {
  process: string;
  supplierId: string;
  region: Region;
  plantId: string;
  distanceKm: number;
}

export interface LogisticsRow {
  id: string;
  name: string;
  kind: string;
  stateCode: string;
  lat: number;
  lng: number;
  plantId: string;
  distanceKm: number;
}

export interface SnapshotRow extends GapRow {
  date: string;
  radiusKm: number;
}

/** The suppliers holding a valid IATF 16949 on `today`, once per query (hashed by its users). */
function iatfHoldersSql(todayParam: string): string {
  return `SELECT DISTINCT c.supplier_id
            FROM certification_schemes cs
            JOIN certifications c ON c.scheme_code = cs.code
           WHERE cs.code = '${GAP_CERTIFICATION}' AND ${validCertSql('c', 'cs', todayParam)}`;
}

/**
 * Demand points: one row per (region, process, plant) with the plant's weight. `sources` marks
 * plants whose sourced processes include the process (plantsInRegion); OPEN requests add their
 * weight at their plant, also at a plant of the region that does not itself list the process, as
 * long as some plant of the region does. Parameters: $1 region (null = all).
 */
const DEMAND_POINTS_SQL = `
      dp AS (
        SELECT st.region, pp.process_code, p.id AS plant_id, p.geo
          FROM plants p
          JOIN states st ON st.code = p.state_code
          JOIN plant_processes pp ON pp.plant_id = p.id
         WHERE ($1::text IS NULL OR st.region = $1::text)
      ),
      req AS (
        SELECT r.plant_id, r.process_code, count(*)::int AS n
          FROM sourcing_requests r
         WHERE r.status = 'OPEN'
         GROUP BY r.plant_id, r.process_code
      ),
      pts AS (
        SELECT dp.region, dp.process_code, dp.plant_id, dp.geo, true AS sources,
               ${PLANT_DEMAND_WEIGHT}::float8 + coalesce(req.n, 0) * ${OPEN_REQUEST_DEMAND_WEIGHT}::float8 AS weight
          FROM dp LEFT JOIN req ON req.plant_id = dp.plant_id AND req.process_code = dp.process_code
        UNION ALL
        SELECT st.region, req.process_code, p.id, p.geo, false, req.n * ${OPEN_REQUEST_DEMAND_WEIGHT}::float8
          FROM req
          JOIN plants p ON p.id = req.plant_id
          JOIN states st ON st.code = p.state_code
         WHERE ($1::text IS NULL OR st.region = $1::text)
           AND NOT EXISTS (SELECT 1 FROM plant_processes pp WHERE pp.plant_id = p.id AND pp.process_code = req.process_code)
           AND EXISTS (SELECT 1 FROM dp WHERE dp.region = st.region AND dp.process_code = req.process_code)
      )`;

/**
 * Set-based gap queries. Distances use the process-aware GiST index on supplier_capabilities
 * (process_code, geo), where geo is the supplier's earth point: `geo <@ cube_enlarge(plant, chord)`
 * is the index-friendly box, `enlace_gc_km(...) <= r` the exact great-circle test.
 */
@Injectable()
export class GapsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * capabilityGaps: $1 region or null, $2 radius km, $3 today.
   *
   * - certifiedSuppliers / developmentCandidates: rows of supplier_region_proximity (one per
   *   capability and region, with the chord distance to the region's nearest plant sourcing the
   *   process) within the radius chord, one index range scan per (region, process), split by the
   *   day's valid IATF 16949 holders (hashed once). A supplier has one row per (process, region),
   *   so counting rows counts distinct suppliers.
   * - coverage: per demand point (plant or OPEN request), at most K certified suppliers found by a
   *   KNN scan of the process-aware GiST index inside the radius box, then kept if within the
   *   radius chord; never counts beyond K.
   */
  async gaps(
    region: Region | null,
    radiusKm: number,
    today: string,
    m: EntityManager = this.db.manager,
  ): Promise<GapRow[]> {
    const sql = `
      WITH ${DEMAND_POINTS_SQL},
      iatf AS MATERIALIZED (${iatfHoldersSql('$3::date')}),
      radius AS MATERIALIZED (SELECT public.enlace_km_to_chord($2::float8) AS chord),
      point_n AS (
        SELECT pts.region, pts.process_code, pts.sources, pts.weight,
               (SELECT count(*) FROM (
                  SELECT public.cube_distance(sc.geo, pts.geo) AS d
                    FROM supplier_capabilities sc
                   WHERE sc.process_code = pts.process_code
                     AND sc.geo OPERATOR(public.<@) public.cube_enlarge(pts.geo, radius.chord, 3)
                     -- "IS TRUE" keeps this a hashed subplan (built once) rather than a semi join per point
                     AND (sc.supplier_id IN (SELECT supplier_id FROM iatf)) IS TRUE
                   ORDER BY sc.geo OPERATOR(public.<->) pts.geo
                   LIMIT ${GAP_FULL_COVERAGE_K}
                ) k WHERE k.d <= radius.chord) AS n
          FROM pts CROSS JOIN radius
      ),
      pairs AS (
        SELECT region, process_code,
               count(*) FILTER (WHERE sources) AS plants,
               sum(weight) AS demand,
               sum(weight * least(1.0::float8, n::float8 / ${GAP_FULL_COVERAGE_K}::float8)) AS covered
          FROM point_n
         GROUP BY region, process_code
      )
      SELECT g.region, g.process_code AS process, g.plants::int AS "plantsInRegion", g.demand,
             s.certified::int AS "certifiedSuppliers", (s.near - s.certified)::int AS "developmentCandidates",
             round(greatest(0.0, least(1.0, 1.0 - g.covered / g.demand))::numeric, 6)::float8 AS "gapScore"
        FROM pairs g
        CROSS JOIN radius
        CROSS JOIN LATERAL (
          SELECT count(*) AS near, count(*) FILTER (WHERE x.supplier_id IN (SELECT supplier_id FROM iatf)) AS certified
            FROM supplier_region_proximity x
           WHERE x.region = g.region AND x.process_code = g.process_code AND x.nearest_chord_m <= radius.chord
        ) s
       WHERE g.plants > 0
       ORDER BY "gapScore" DESC, g.demand DESC, g.region, g.process_code`;
    return this.withJitOffAndWorkMem(m, (tx) => queryRows<GapRow>(tx, sql, [region, radiusKm, today]));
  }

  /**
   * Runs `work` with settings for the gap queries, for the transaction only (in the caller's
   * transaction if there is one, else in a short one):
   * - jit off: the per-point subplans make the planner's cost estimate large enough to trigger JIT,
   *   whose compile time (~1.5 s) dwarfs the query's own ~0.2 s;
   * - work_mem 64MB: the day's IATF holders (about a quarter of the suppliers, ~250,000 at 1M)
   *   must fit a hashed subplan; with the default 4MB the planner falls back to scanning the
   *   list once per row, which takes minutes.
   */
  private async withJitOffAndWorkMem<T>(m: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const settings = `SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`;
    if (m.queryRunner?.isTransactionActive) {
      await m.query(settings);
      return work(m);
    }
    return this.db.transaction(async (tx) => {
      await tx.query(settings);
      return work(tx);
    });
  }

  /**
   * Uncertified suppliers with the process within the radius of the region's demand points for it
   * (its plants that source it, and plants with OPEN requests for it), ranked by the demand weight
   * they could serve, then by their nearest plant.
   * The suppliers to look at come from supplier_region_proximity (a slightly enlarged chord, so a
   * superset) plus a box search around request-only points; distances are then computed exactly
   * against the process's demand points only for those uncertified suppliers.
   * $1 region, $2 radius, $3 today, $4 process, $5 limit, $6 the process's CQI scheme (or null).
   */
  async candidates(
    region: Region,
    process: string,
    radiusKm: number,
    today: string,
    limit: number,
    assessment: string | null,
  ): Promise<CandidateRow[]> {
    const m = this.db.manager;
    const sql = `
      WITH ${DEMAND_POINTS_SQL},
      here AS MATERIALIZED (SELECT plant_id, geo, weight, sources FROM pts WHERE process_code = $4::text),
      iatf AS MATERIALIZED (${iatfHoldersSql('$3::date')}),
      radius AS MATERIALIZED (SELECT public.enlace_km_to_chord($2::float8) * 1.000001 + 1 AS chord),
      near_sup AS (
        SELECT x.supplier_id
          FROM supplier_region_proximity x CROSS JOIN radius
         WHERE x.region = $1::text AND x.process_code = $4::text AND x.nearest_chord_m <= radius.chord
        UNION
        SELECT sc.supplier_id
          FROM here CROSS JOIN radius
          JOIN supplier_capabilities sc
            ON sc.process_code = $4::text
           AND sc.geo OPERATOR(public.<@) public.cube_enlarge(here.geo, radius.chord, 3)
         WHERE NOT here.sources
      ),
      cand AS (
        SELECT sc.supplier_id, sc.geo
          FROM near_sup n JOIN supplier_capabilities sc ON sc.supplier_id = n.supplier_id AND sc.process_code = $4::text
         WHERE n.supplier_id NOT IN (SELECT supplier_id FROM iatf)
      ),
      -- Exact test km <= radius as before, with the cheap chord deciding all but a thin band around it.
      band AS MATERIALIZED (SELECT public.enlace_km_to_chord($2::float8) * (1 - 1e-9) AS lo, public.enlace_km_to_chord($2::float8) * (1 + 1e-9) AS hi),
      near AS (
        SELECT cand.supplier_id, here.plant_id, here.weight, d.chord
          FROM cand CROSS JOIN here CROSS JOIN band
          CROSS JOIN LATERAL (SELECT public.cube_distance(cand.geo, here.geo) AS chord) d
         WHERE d.chord <= band.lo OR (d.chord <= band.hi AND public.enlace_chord_to_km(d.chord) <= $2::float8)
      ),
      ranked AS (
        SELECT supplier_id, sum(weight) AS near_demand, public.enlace_chord_to_km(min(chord)) AS nearest_km, count(*) OVER () AS total
          FROM near GROUP BY supplier_id
         ORDER BY near_demand DESC, nearest_km, supplier_id
         LIMIT $5
      )
      SELECT r.supplier_id AS "supplierId", r.near_demand AS "nearDemand", r.nearest_km AS "nearestKm",
             (SELECT json_agg(json_build_object('plantId', n.plant_id, 'distanceKm', n.km) ORDER BY n.km, n.plant_id)
                FROM (SELECT plant_id, public.enlace_chord_to_km(chord) AS km FROM near WHERE near.supplier_id = r.supplier_id) n) AS plants,
             r.total::int AS total,
             EXISTS (SELECT 1 FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
                      WHERE c.supplier_id = r.supplier_id AND c.scheme_code = 'ISO-9001' AND ${validCertSql('c', 'cs', '$3::date')}) AS "holdsIso9001",
             ($6::text IS NOT NULL AND EXISTS (SELECT 1 FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
                      WHERE c.supplier_id = r.supplier_id AND c.scheme_code = $6::text AND ${validCertSql('c', 'cs', '$3::date')})) AS "holdsAssessment"
        FROM ranked r
       ORDER BY r.near_demand DESC, r.nearest_km, r.supplier_id`;
    return this.withJitOffAndWorkMem(m, (tx) =>
      queryRows<CandidateRow>(tx, sql, [region, radiusKm, today, process, limit, assessment]),
    );
  }

  /**
   * For each process the region's plants source: the nearest suppliers outside the region with
   * the process and a valid IATF 16949, with the distance to the region's nearest such plant.
   * supplier_region_proximity already holds that distance (as a chord) per (supplier, process,
   * region): walk it nearest first per process, keep the first `perProcess` certified suppliers
   * located in another region, then name the nearest plant. $1 region, $2 today, $3 per process.
   */
  async remoteCertified(region: Region, today: string, perProcess: number): Promise<RemoteSupplierRow[]> {
    const sql = `
      WITH iatf AS MATERIALIZED (${iatfHoldersSql('$2::date')}),
      top AS (
        SELECT rp.process_code, k.supplier_id, k.region, k.chord
          FROM gap_region_plants rp
          CROSS JOIN LATERAL (
            SELECT x.supplier_id, st.region, x.nearest_chord_m AS chord
              FROM supplier_region_proximity x
              JOIN suppliers s ON s.id = x.supplier_id
              JOIN states st ON st.code = s.state_code
             WHERE x.region = $1::text AND x.process_code = rp.process_code
               AND (x.supplier_id IN (SELECT supplier_id FROM iatf)) IS TRUE
               AND st.region <> $1::text
             ORDER BY x.nearest_chord_m, x.supplier_id
             LIMIT $3
          ) k
         WHERE rp.region = $1::text
      ),
      ranked AS (
        SELECT *, row_number() OVER (PARTITION BY process_code ORDER BY chord, supplier_id) AS rn FROM top
      )
      SELECT r.process_code AS process, r.supplier_id AS "supplierId", r.region, np.plant_id AS "plantId",
             public.enlace_chord_to_km(r.chord) AS "distanceKm"
        FROM ranked r
        JOIN supplier_capabilities sc ON sc.supplier_id = r.supplier_id AND sc.process_code = r.process_code
        CROSS JOIN LATERAL (
          SELECT p.id AS plant_id
            FROM plants p
            JOIN states st ON st.code = p.state_code
            JOIN plant_processes pp ON pp.plant_id = p.id AND pp.process_code = r.process_code
           WHERE st.region = $1::text
           ORDER BY public.cube_distance(sc.geo, p.geo), p.id
           LIMIT 1
        ) np
       ORDER BY r.process_code, r.rn`;
    return this.withJitOffAndWorkMem(this.db.manager, (tx) =>
      queryRows<RemoteSupplierRow>(tx, sql, [region, today, perProcess]),
    );
  }

  /** Every port and border crossing with the region's nearest plant, nearest first. */
  async logistics(region: Region): Promise<LogisticsRow[]> {
    return queryRows<LogisticsRow>(
      this.db,
      `SELECT n.id, n.name, n.kind, n.state_code AS "stateCode", n.lat, n.lng, x.plant_id AS "plantId", x.km AS "distanceKm"
         FROM logistics_nodes n
         CROSS JOIN LATERAL (
           SELECT p.id AS plant_id, public.enlace_gc_km(n.geo, p.geo) AS km
             FROM plants p JOIN states st ON st.code = p.state_code
            WHERE st.region = $1::text
            ORDER BY km, p.id LIMIT 1
         ) x
        ORDER BY x.km, n.name`,
      [region],
    );
  }

  /** Serializes snapshot writers until the end of `m`'s transaction (one writer a day at a time). */
  async lockSnapshots(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(7263543)`);
  }

  /** Deletes the snapshot of `date` at `radiusKm` (a re-run replaces it). */
  async deleteSnapshot(m: EntityManager, date: string, radiusKm: number): Promise<void> {
    await m.query(`DELETE FROM gap_snapshots WHERE snapshot_date = $1::date AND radius_km = $2::float8`, [
      date,
      radiusKm,
    ]);
  }

  /** Inserts `rows` as the snapshot of `date` at `radiusKm`. */
  async insertSnapshot(m: EntityManager, date: string, radiusKm: number, rows: readonly GapRow[]): Promise<void> {
    await m.query(
      `INSERT INTO gap_snapshots (snapshot_date, region, process_code, radius_km, plants_in_region, demand, certified_suppliers, development_candidates, gap_score)
       SELECT $1::date, x.region, x.process, $2::float8, x."plantsInRegion", x.demand, x."certifiedSuppliers", x."developmentCandidates", x."gapScore"
         FROM jsonb_to_recordset($3::jsonb) AS x(region text, process text, "plantsInRegion" int, demand float8,
              "certifiedSuppliers" int, "developmentCandidates" int, "gapScore" float8)`,
      [date, radiusKm, JSON.stringify(rows)],
    );
  }

  async history(region: Region, process: string, radiusKm: number): Promise<SnapshotRow[]> {
    return queryRows<SnapshotRow>(
      this.db,
      `SELECT snapshot_date AS date, region, process_code AS process, radius_km AS "radiusKm", plants_in_region AS "plantsInRegion",
              demand, certified_suppliers AS "certifiedSuppliers", development_candidates AS "developmentCandidates", gap_score AS "gapScore"
         FROM gap_snapshots
        WHERE region = $1::text AND process_code = $2::text AND radius_km = $3::float8
        ORDER BY snapshot_date`,
      [region, process, radiusKm],
    );
  }
}
