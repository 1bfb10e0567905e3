import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The constants of rank_key's static score bounds (migration 1765200000000) come from the code.
 *
 * That migration wrote the scoring constants (weights, half-life, strength horizon, scale, ...) into
 * the body of `enlace_rank_key`, a second copy of the ones the ranking scores with (libs/matching,
 * rank-key.ts `RANK_KEY_CONSTANTS`). Now:
 * - `ranking_bounds.constants` (jsonb, the fields of type `enlace_ranking_constants`) holds the
 *   constants the stored bounds were computed with;
 * - `enlace_define_rank_key(ref)` redefines `enlace_rank_key` (the generated column's function, which
 *   must be immutable) with `ref` and the stored constants as literals;
 * - `enlace_rebase_rank_key(ref, constants)` records a date and the code's constants, redefines and
 *   rewrites the rows in the caller's transaction (`ranking rebase`, and the API's start when the
 *   constants changed; libs/matching ranking-bounds.ts).
 * The ranking uses the bounds only while the stored constants equal the code's.
 *
 * The bounds already stored were computed by migration 1765200000000's function, whose values are
 * recorded here as they were (a fact about those rows, not a setting): when the code's constants
 * differ, the next rebase rewrites the rows. The rows need no rewrite here: the formula is the same
 * (now also sound for other values of the constants: the certification parts are normalised by
 * their sum and the baseline takes the better of IATF 16949 and a discounted ISO 9001).
 *
 * The GiST index on rank_key is untouched: queries read the stored column, never the function.
 */
const CONSTANTS_OF_1765200000000 = {
  scale: 1e5,
  low: -1e11,
  weight_certification: 0.3,
  weight_capability: 0.1,
  weight_freshness: 0.1,
  cert_part_requested: 0.5,
  cert_part_baseline: 0.35,
  cert_part_assessment: 0.15,
  iso_9001_baseline_factor: 0.5,
  cert_strength_floor: 0.5,
  full_strength_days: 730,
  freshness_half_life_days: 365,
  capability_base: 0.4,
  capability_materials: 0.4,
  capability_full_materials: 3,
  capability_notes: 0.2,
  iatf: 'IATF-16949',
  iso_9001: 'ISO-9001',
};

export class RankingConstants1765400000000 implements MigrationInterface {
  name = 'RankingConstants1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ranking_bounds ADD COLUMN constants jsonb`);
    await q.query(`UPDATE ranking_bounds SET constants = $1::jsonb`, [JSON.stringify(CONSTANTS_OF_1765200000000)]);
    await q.query(`ALTER TABLE ranking_bounds ALTER COLUMN constants SET NOT NULL`);
    await q.query(`
      CREATE TYPE public.enlace_ranking_constants AS (
        scale float8, low float8,
        weight_certification float8, weight_capability float8, weight_freshness float8,
        cert_part_requested float8, cert_part_baseline float8, cert_part_assessment float8,
        iso_9001_baseline_factor float8, cert_strength_floor float8, full_strength_days float8,
        freshness_half_life_days float8,
        capability_base float8, capability_materials float8, capability_full_materials float8, capability_notes float8,
        iatf text, iso_9001 text)`);
    // enlace_rank_key with the reference date and the stored constants as literals (a generated column
    // needs an immutable expression): the subquery k turns them into named constants, which the
    // planner folds; OFFSET 0 keeps each intermediate value computed once per row.
    // Dim 4 (Vg): w_cert * 1 + w_cap * capability bound + w_fresh * freshness bound. Dim 5 (Vi): the
    // certification part the scorer gives when the only requested scheme is IATF 16949, with the
    // process's own assessment (if it has one) at full strength (never less than without it, as every
    // strength is at most 1). Capability counts every non-empty entry; freshness runs from the
    // confirmation instant in UTC minus a day; strength is 0 unless valid on ref (least() also caps
    // 'infinity').
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_define_rank_key(ref date) RETURNS void
      LANGUAGE plpgsql AS $def$
      DECLARE
        k public.enlace_ranking_constants := jsonb_populate_record(NULL::public.enlace_ranking_constants,
                                                                   (SELECT constants FROM public.ranking_bounds));
      BEGIN
        IF NOT (k IS NOT NULL) THEN
          RAISE EXCEPTION 'ranking_bounds.constants lacks a field of enlace_ranking_constants: %', k;
        END IF;
        -- floats as text that reads back to the same value
        PERFORM set_config('extra_float_digits', '3', true);
        EXECUTE format($f$
          CREATE OR REPLACE FUNCTION public.enlace_rank_key(geo public.cube, materials text[], notes text, confirmed_at timestamptz,
                                                           cert_schemes text[], cert_expires date[])
          RETURNS public.cube LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT public.cube(
                     ARRAY[public.cube_ll_coord(geo, 1), public.cube_ll_coord(geo, 2), public.cube_ll_coord(geo, 3), k.low, k.low],
                     ARRAY[public.cube_ll_coord(geo, 1), public.cube_ll_coord(geo, 2), public.cube_ll_coord(geo, 3),
                           k.scale * (k.weight_certification + k.weight_capability * b.cap + k.weight_freshness * b.fresh),
                           k.scale * (k.weight_certification
                                        * least(1.0, (k.cert_part_requested * b.iatf
                                                      + k.cert_part_baseline * greatest(b.iatf, k.iso_9001_baseline_factor * b.iso)
                                                      + k.cert_part_assessment)
                                                     / (k.cert_part_requested + k.cert_part_baseline + k.cert_part_assessment))
                                      + k.weight_capability * b.cap + k.weight_freshness * b.fresh)])
              FROM (SELECT (%L::public.enlace_ranking_constants).*, %L::date AS ref) k,
                   LATERAL (
                     SELECT k.capability_base
                              + k.capability_materials * least(k.capability_full_materials, cardinality(array_remove(materials, ''))::float8)
                                / k.capability_full_materials
                              + CASE WHEN notes <> '' THEN k.capability_notes ELSE 0.0 END AS cap,
                            CASE WHEN confirmed_at IS NULL THEN 0.0
                                 ELSE power(0.5::float8, greatest(0.0, (k.ref - DATE '1970-01-01')::float8
                                                                       - extract(epoch FROM confirmed_at)::float8 / 86400.0 - 1.0)
                                                         / k.freshness_half_life_days) END AS fresh,
                            CASE WHEN x.iatf >= k.ref
                                 THEN k.cert_strength_floor + (1.0 - k.cert_strength_floor)
                                      * least(1.0, (least(x.iatf, k.ref + ceil(k.full_strength_days)::int) - k.ref)::float8 / k.full_strength_days)
                                 ELSE 0.0 END AS iatf,
                            CASE WHEN x.iso >= k.ref
                                 THEN k.cert_strength_floor + (1.0 - k.cert_strength_floor)
                                      * least(1.0, (least(x.iso, k.ref + ceil(k.full_strength_days)::int) - k.ref)::float8 / k.full_strength_days)
                                 ELSE 0.0 END AS iso
                       FROM (SELECT cert_expires[array_position(cert_schemes, k.iatf)] AS iatf,
                                    cert_expires[array_position(cert_schemes, k.iso_9001)] AS iso OFFSET 0) x
                     OFFSET 0) b
          $$ $f$, k, ref);
      END $def$`);
    await q.query(`DROP FUNCTION public.enlace_rebase_rank_key(date)`);
    await q.query(`
      CREATE FUNCTION public.enlace_rebase_rank_key(ref date, constants jsonb) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        -- the date first: bounds of an earlier date stay valid (higher) until their row is rewritten
        -- (with other constants, every row is rewritten before this commits)
        UPDATE public.ranking_bounds b
           SET valid_from = greatest(b.valid_from, ref), constants = enlace_rebase_rank_key.constants, rebased_at = now();
        PERFORM public.enlace_define_rank_key((SELECT valid_from FROM public.ranking_bounds));
        UPDATE public.supplier_capabilities SET materials = materials;
      END $$`);
    await q.query(`SELECT public.enlace_define_rank_key((SELECT valid_from FROM ranking_bounds))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // migration 1765200000000's functions, as it defined them
    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_define_rank_key(ref date) RETURNS void
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
    await q.query(`DROP FUNCTION public.enlace_rebase_rank_key(date, jsonb)`);
    await q.query(`
      CREATE FUNCTION public.enlace_rebase_rank_key(ref date) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.ranking_bounds SET valid_from = greatest(valid_from, ref), rebased_at = now();
        PERFORM public.enlace_define_rank_key((SELECT valid_from FROM public.ranking_bounds));
        UPDATE public.supplier_capabilities SET materials = materials;
      END $$`);
    await q.query(`SELECT public.enlace_define_rank_key((SELECT valid_from FROM ranking_bounds))`);
    await q.query(`DROP TYPE public.enlace_ranking_constants`);
    await q.query(`ALTER TABLE ranking_bounds DROP COLUMN constants`);
  }
}
