import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IATF 16949 is the requirement of almost every automotive sourcing query. A partial GiST index of
 * the capability rows whose supplier holds an IATF 16949 certificate that is neither suspended nor
 * withdrawn (the certificate summary of migration 1764900000000; validity on the day is still
 * checked by the query) lets the ranking's nearest-first scan skip the ~70% of suppliers without one
 * inside the index, instead of fetching and discarding their rows.
 */
export class RankingIatfIndex1765000000000 implements MigrationInterface {
  name = 'RankingIatfIndex1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX supplier_capabilities_iatf_geo_idx ON supplier_capabilities
        USING gist (process_code, geo) WHERE cert_schemes @> '{IATF-16949}'::text[]`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS supplier_capabilities_iatf_geo_idx`);
  }
}
