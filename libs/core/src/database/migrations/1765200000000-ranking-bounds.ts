import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Static score bounds inside the ranking's GiST index.
 *
 * `rank_key` is a 5-dimensional cube: the supplier's earth point (x, y, z, the same metres as `geo`)
 * and two intervals [-1e11, 1e5 * V] holding upper bounds V of the non-proximity part of the score
 * (certification, capability, freshness) under the default weights 0.3 / 0.1 / 0.1, valid on any day
 * from a reference date on (certificate strength and freshness only fall as days pass), kept in
 * `ranking_bounds.valid_from`:
 * - dim 4, Vg (any query): 0.3 + 0.1 * capability bound + 0.1 * freshness bound;
 * - dim 5, Vi (queries whose only requested scheme is IATF 16949):
 *   0.3 * (0.85 * IATF strength + 0.15) + 0.1 * capability bound + 0.1 * freshness bound.
 * The bounds: capability counts every non-empty material and note; freshness from the confirmation
 * instant in UTC minus one day; IATF strength from the certificate summary (migration 1764900000000).
 *
 * A plant point padded with zeros in dims 4 and 5 lies inside both intervals, so `rank_key <->`
 * is exactly the chord distance (KNN order unchanged), while `rank_key && box` with a lower bound in
 * dim 4 or 5 keeps only rows whose bound reaches it: the ranking (libs/matching, rankTopK) skips
 * suppliers that cannot reach the k-th score inside the index, without reading their rows. The
 * column is generated, so every writer keeps it current; intervals start at -1e11 so that the index's
 * volume-based split decisions stay driven by geography. The scale 1e5 (metres per unit of score
 * bound, i.e. 1 km per 0.01) matches how fast proximity falls near a plant under the default weights,
 * so that a query point placed at a high bound (instead of zero) orders rows by distance and bound
 * together: the ranking's first batch finds good candidates near the plant, not merely the nearest.
 *
 * The bounds loosen as the reference date ages (a year later they prune little), so
 * `enlace_rebase_rank_key(day)` moves it: it records the new date, redefines `enlace_rank_key` with
 * it and rewrites the capability rows (`npm run cli -- ranking rebase`, e.g. weekly). Rows not yet
 * rewritten keep bounds of an earlier date, which are higher, so they stay valid meanwhile.
 *
 * Indexes: GiST (process_code, rank_key), and the same partial to the rows whose certificate summary
 * holds IATF 16949 (the usual requirement: suppliers without one are skipped inside the index; the
 * query names the predicate as a literal so the planner can use it).
 */
export class RankingBounds1765200000000 implements MigrationInterface {
  name = 'RankingBounds1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ranking_bounds (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        valid_from date NOT NULL,
        rebased_at timestamptz NOT NULL DEFAULT now()
      )`);
    // enlace_rank_key with the reference date written into its body (a generated column needs an
    // immutable expression); ref is the date, ref_day its days since 1970-01-01.
    await q.query(`
      CREATE FUNCTION public.enlace_define_rank_key(ref date) RETURNS void
      LANGUAGE plpgsql AS $def$
      BEGIN
        EXECUTE format($f$
          CREATE OR REPLACE FUNCTION public.enlace_rank_key(geo public.cube, materials text[], notes text, confirmed_at timestamptz,
                                                           cert_schemes text[], cert_expires date[])
          RETURNS public.cube LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT public.cube(
                     ARRAY[public.cube_ll_coord(geo, 1), public.cube_ll_coord(geo, 2), public.cube_ll_coord(geo, 3), -1e11::float8, -1e11::float8],
                     ARRAY[public.cube_ll_coord(geo, 1), public.cube_ll_coord(geo, 2), public.cube_ll_coord(geo, 3),
                           1e5 * (0.3 + 0.1 * b.cap + 0.1 * b.fresh),
                           1e5 * (0.3 * (0.85 * b.iatf + 0.15) + 0.1 * b.cap + 0.1 * b.fresh)])
              FROM (SELECT
                      0.4 + 0.4 * least(3, cardinality(array_remove(materials, '')))::float8 / 3.0
                          + CASE WHEN notes <> '' THEN 0.2 ELSE 0.0 END AS cap,
                      CASE WHEN confirmed_at IS NULL THEN 0.0
                           ELSE power(0.5::float8, greatest(0.0, %2$s - extract(epoch FROM confirmed_at)::float8 / 86400.0 - 1.0) / 365.0) END AS fresh,
                      CASE WHEN x.e >= DATE %1$L THEN 0.5 + (least(x.e, DATE %1$L + 730) - DATE %1$L)::float8 / 1460.0
                           ELSE 0.0 END AS iatf
                      FROM (SELECT cert_expires[array_position(cert_schemes, 'IATF-16949')] AS e) x) b
          $$ $f$, ref, (ref - DATE '1970-01-01')::float8);
      END $def$`);
    await q.query(`
      CREATE FUNCTION public.enlace_rebase_rank_key(ref date) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- the date first: bounds of an earlier date stay valid (higher) until their row is rewritten
        UPDATE public.ranking_bounds SET valid_from = greatest(valid_from, ref), rebased_at = now();
        PERFORM public.enlace_define_rank_key((SELECT valid_from FROM public.ranking_bounds));
        UPDATE public.supplier_capabilities SET materials = materials;
      END $$`);
    // the day before today (UTC): never later than the application's calendar day
    await q.query(`INSERT INTO ranking_bounds (valid_from) VALUES (current_date - 1)`);
    await q.query(`SELECT public.enlace_define_rank_key((SELECT valid_from FROM ranking_bounds))`);
    await q.query(`
      ALTER TABLE supplier_capabilities
        ADD COLUMN rank_key public.cube NOT NULL
        GENERATED ALWAYS AS (public.enlace_rank_key(geo, materials, notes, confirmed_at, cert_schemes, cert_expires)) STORED`);
    await q.query(
      `CREATE INDEX supplier_capabilities_rank_idx ON supplier_capabilities USING gist (process_code, rank_key)`,
    );
    await q.query(`
      CREATE INDEX supplier_capabilities_iatf_rank_idx ON supplier_capabilities
        USING gist (process_code, rank_key) WHERE cert_schemes @> '{IATF-16949}'::text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS supplier_capabilities_iatf_rank_idx`);
    await q.query(`DROP INDEX IF EXISTS supplier_capabilities_rank_idx`);
    await q.query(`ALTER TABLE supplier_capabilities DROP COLUMN IF EXISTS rank_key`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_rebase_rank_key(date)`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_define_rank_key(date)`);
    await q.query(
      `DROP FUNCTION IF EXISTS public.enlace_rank_key(public.cube, text[], text, timestamptz, text[], date[])`,
    );
    await q.query(`DROP TABLE IF EXISTS ranking_bounds`);
  }
}
