import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-contained ranking candidates: each supplier_capabilities row carries what the ranking's
 * scoring needs besides its own materials/notes/geo, so the KNN batches read no other table.
 *
 * - `confirmed_at`: copy of the supplier's profile_confirmed_at;
 * - `cert_schemes` / `cert_expires` (parallel arrays, ordered by scheme): for every scheme with at
 *   least one certificate that is neither SUSPENDED nor WITHDRAWN (recorded_status IS NULL), the
 *   latest expiry among those certificates ('infinity' = no expiry date). A scheme is then held
 *   valid on a day D exactly when it is in the summary with expiry >= D and the scheme is not
 *   superseded (checked at query time against certification_schemes, so a reference-data change
 *   needs no rewrite) - the rule of validCertSql.
 *
 * Maintenance:
 * - capability INSERT (or change of supplier_id): the existing per-row BEFORE trigger
 *   (enlace_capability_geo) also copies profile_confirmed_at and computes the summary (one index
 *   probe on certifications; bulk writers insert capabilities before certificates, so it is empty);
 * - certifications INSERT/UPDATE/DELETE: STATEMENT-level triggers with transition tables recompute the
 *   summary of the affected suppliers' capabilities in one set-based UPDATE (rows whose summary did
 *   not change are not rewritten);
 * - suppliers UPDATE OF profile_confirmed_at: per-row trigger (column lists exclude transition tables)
 *   when the value changed.
 */
export class RankingFacts1764900000000 implements MigrationInterface {
  name = 'RankingFacts1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE supplier_capabilities
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN cert_schemes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN cert_expires date[] NOT NULL DEFAULT '{}'`);

    // Summary of a set of suppliers' certificates: one row per supplier that has any.
    await q.query(`
      CREATE FUNCTION public.enlace_cert_summary(ids uuid[])
      RETURNS TABLE (supplier_id uuid, schemes text[], expires date[])
      LANGUAGE sql STABLE AS $$
        SELECT g.supplier_id, array_agg(g.scheme_code ORDER BY g.scheme_code), array_agg(g.best ORDER BY g.scheme_code)
          FROM (SELECT c.supplier_id, c.scheme_code, max(COALESCE(c.expires_on, 'infinity'::date)) AS best
                  FROM public.certifications c
                 WHERE c.supplier_id = ANY(ids) AND c.recorded_status IS NULL
                 GROUP BY c.supplier_id, c.scheme_code) g
         GROUP BY g.supplier_id
      $$`);
    await q.query(`
      CREATE FUNCTION public.enlace_refresh_capability_certs(ids uuid[]) RETURNS void
      LANGUAGE sql AS $$
        UPDATE public.supplier_capabilities sc
           SET cert_schemes = COALESCE(x.schemes, '{}'), cert_expires = COALESCE(x.expires, '{}')
          FROM (SELECT DISTINCT u.id FROM unnest(ids) u(id)) n
          LEFT JOIN public.enlace_cert_summary(ids) x ON x.supplier_id = n.id
         WHERE sc.supplier_id = n.id
           AND (sc.cert_schemes IS DISTINCT FROM COALESCE(x.schemes, '{}') OR sc.cert_expires IS DISTINCT FROM COALESCE(x.expires, '{}'))
      $$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION public.enlace_capability_geo() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND NEW.geo IS NOT NULL THEN
          SELECT s.profile_confirmed_at INTO NEW.confirmed_at FROM public.suppliers s WHERE s.id = NEW.supplier_id;
        ELSE
          SELECT s.geo, s.profile_confirmed_at INTO NEW.geo, NEW.confirmed_at FROM public.suppliers s WHERE s.id = NEW.supplier_id;
        END IF;
        SELECT COALESCE(x.schemes, '{}'), COALESCE(x.expires, '{}') INTO NEW.cert_schemes, NEW.cert_expires
          FROM (SELECT 1) one LEFT JOIN public.enlace_cert_summary(ARRAY[NEW.supplier_id]) x ON true;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE FUNCTION public.enlace_certifications_ranking_sync() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM public.enlace_refresh_capability_certs(ARRAY(SELECT DISTINCT supplier_id FROM enlace_new_certifications));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM public.enlace_refresh_capability_certs(ARRAY(SELECT DISTINCT supplier_id FROM enlace_old_certifications));
        ELSE
          PERFORM public.enlace_refresh_capability_certs(ARRAY(
            SELECT supplier_id FROM enlace_new_certifications UNION SELECT supplier_id FROM enlace_old_certifications));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER certifications_ranking_insert AFTER INSERT ON certifications
      REFERENCING NEW TABLE AS enlace_new_certifications
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_certifications_ranking_sync()`);
    await q.query(`
      CREATE TRIGGER certifications_ranking_update AFTER UPDATE ON certifications
      REFERENCING OLD TABLE AS enlace_old_certifications NEW TABLE AS enlace_new_certifications
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_certifications_ranking_sync()`);
    await q.query(`
      CREATE TRIGGER certifications_ranking_delete AFTER DELETE ON certifications
      REFERENCING OLD TABLE AS enlace_old_certifications
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_certifications_ranking_sync()`);
    await q.query(`
      CREATE FUNCTION public.enlace_certifications_ranking_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.supplier_capabilities SET cert_schemes = '{}', cert_expires = '{}' WHERE cert_schemes <> '{}' OR cert_expires <> '{}';
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER certifications_ranking_truncate AFTER TRUNCATE ON certifications
      FOR EACH STATEMENT EXECUTE FUNCTION public.enlace_certifications_ranking_truncate()`);

    await q.query(`
      CREATE FUNCTION public.enlace_supplier_confirmed_sync() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE public.supplier_capabilities SET confirmed_at = NEW.profile_confirmed_at WHERE supplier_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER suppliers_confirmed_sync AFTER UPDATE OF profile_confirmed_at ON suppliers
      FOR EACH ROW WHEN (OLD.profile_confirmed_at IS DISTINCT FROM NEW.profile_confirmed_at)
      EXECUTE FUNCTION public.enlace_supplier_confirmed_sync()`);

    // Backfill, set-based.
    await q.query(`
      UPDATE supplier_capabilities sc
         SET confirmed_at = s.profile_confirmed_at,
             cert_schemes = COALESCE(x.schemes, '{}'),
             cert_expires = COALESCE(x.expires, '{}')
        FROM suppliers s
        LEFT JOIN (SELECT g.supplier_id, array_agg(g.scheme_code ORDER BY g.scheme_code) AS schemes, array_agg(g.best ORDER BY g.scheme_code) AS expires
                     FROM (SELECT c.supplier_id, c.scheme_code, max(COALESCE(c.expires_on, 'infinity'::date)) AS best
                             FROM certifications c WHERE c.recorded_status IS NULL GROUP BY c.supplier_id, c.scheme_code) g
                    GROUP BY g.supplier_id) x ON x.supplier_id = s.id
       WHERE s.id = sc.supplier_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS suppliers_confirmed_sync ON suppliers`);
    for (const t of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER IF EXISTS certifications_ranking_${t} ON certifications`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_supplier_confirmed_sync()`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_certifications_ranking_truncate()`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_certifications_ranking_sync()`);
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
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_refresh_capability_certs(uuid[])`);
    await q.query(`DROP FUNCTION IF EXISTS public.enlace_cert_summary(uuid[])`);
    await q.query(
      `ALTER TABLE supplier_capabilities DROP COLUMN IF EXISTS cert_expires, DROP COLUMN IF EXISTS cert_schemes, DROP COLUMN IF EXISTS confirmed_at`,
    );
  }
}
