import { randomUUID } from 'crypto';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The ranking reads each supplier_capabilities row alone: its copy of the supplier's
 * profile_confirmed_at and its certificate summary (migration 1764900000000) must follow every kind
 * of write to suppliers, capabilities and certifications, single-row and bulk.
 */
describe('ranking facts on supplier_capabilities follow their sources', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Capability rows whose copied facts differ from a recomputation from the source tables. */
  async function drift(): Promise<unknown[]> {
    return t.db.query(`
      WITH truth AS (
        SELECT g.supplier_id, array_agg(g.scheme_code ORDER BY g.scheme_code) AS schemes, array_agg(g.best ORDER BY g.scheme_code) AS expires
          FROM (SELECT supplier_id, scheme_code, max(COALESCE(expires_on, 'infinity'::date)) AS best
                  FROM certifications WHERE recorded_status IS NULL GROUP BY 1, 2) g
         GROUP BY g.supplier_id)
      SELECT sc.supplier_id, sc.process_code
        FROM supplier_capabilities sc
        JOIN suppliers s ON s.id = sc.supplier_id
        LEFT JOIN truth x ON x.supplier_id = sc.supplier_id
       WHERE sc.confirmed_at IS DISTINCT FROM s.profile_confirmed_at
          OR sc.cert_schemes IS DISTINCT FROM COALESCE(x.schemes, '{}')
          OR sc.cert_expires IS DISTINCT FROM COALESCE(x.expires, '{}')`);
  }

  async function supplier(lat: number, confirmed: string | null): Promise<string> {
    const id = randomUUID();
    await t.db.query(
      `INSERT INTO suppliers (id, name, state_code, city, lat, lng, profile_confirmed_at) VALUES ($1, $2, 'MX-GUA', 'Silao', $3, -101.4, $4)`,
      [id, `Facts ${id.slice(0, 6)}`, lat, confirmed],
    );
    return id;
  }

  it('single-row writes: certificates added, suspended, renewed, deleted; capability re-added after certificates; confirmation', async () => {
    const a = await supplier(20.9, null);
    const b = await supplier(21.0, '2025-01-10T12:00:00Z');
    // certificates before capabilities (the capability insert computes its summary)
    await t.db.query(
      `INSERT INTO certifications (supplier_id, scheme_code, expires_on) VALUES ($1, 'IATF-16949', '2027-05-01'), ($1, 'IATF-16949', NULL), ($1, 'ISO-9001', '2024-01-01')`,
      [a],
    );
    await t.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, materials) VALUES ($1, 'injection-molding', '{PP}'), ($2, 'stamping', '{}'), ($2, 'injection-molding', '{}')`,
      [a, b],
    );
    expect(await drift()).toEqual([]);
    const [row] = await t.db.query(
      `SELECT cert_schemes, cert_expires::text[] AS e FROM supplier_capabilities WHERE supplier_id = $1`,
      [a],
    );
    expect(row.cert_schemes).toEqual(['IATF-16949', 'ISO-9001']);
    expect(row.e).toEqual(['infinity', '2024-01-01']);

    // certificates after capabilities, then suspension, renewal, deletion
    await t.db.query(
      `INSERT INTO certifications (supplier_id, scheme_code, expires_on) VALUES ($1, 'IATF-16949', '2026-12-31'), ($1, 'CQI-23', '2028-01-01')`,
      [b],
    );
    expect(await drift()).toEqual([]);
    await t.db.query(
      `UPDATE certifications SET recorded_status = 'SUSPENDED' WHERE supplier_id = $1 AND expires_on IS NULL`,
      [a],
    );
    expect(await drift()).toEqual([]);
    await t.db.query(
      `UPDATE certifications SET expires_on = '2030-01-01' WHERE supplier_id = $1 AND scheme_code = 'IATF-16949'`,
      [b],
    );
    expect(await drift()).toEqual([]);
    await t.db.query(`UPDATE certifications SET supplier_id = $2 WHERE supplier_id = $1 AND scheme_code = 'ISO-9001'`, [
      a,
      b,
    ]);
    expect(await drift()).toEqual([]);
    await t.db.query(`DELETE FROM certifications WHERE supplier_id = $1 AND scheme_code = 'CQI-23'`, [b]);
    expect(await drift()).toEqual([]);

    // capabilities replaced (supplier edit: delete all, insert) keep the facts
    await t.db.query(`DELETE FROM supplier_capabilities WHERE supplier_id = $1`, [b]);
    await t.db.query(`INSERT INTO supplier_capabilities (supplier_id, process_code) VALUES ($1, 'heat-treatment')`, [
      b,
    ]);
    expect(await drift()).toEqual([]);

    // confirmation, and a change that leaves it alone
    await t.db.query(`UPDATE suppliers SET profile_confirmed_at = now() WHERE id = $1`, [a]);
    await t.db.query(`UPDATE suppliers SET city = 'León' WHERE id = $1`, [b]);
    expect(await drift()).toEqual([]);

    // supplier deleted (cascades to both tables)
    await t.db.query(`DELETE FROM suppliers WHERE id = $1`, [a]);
    expect(await drift()).toEqual([]);
  });

  it('bulk writes (set-based, like the generator and the importer)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push(await supplier(20 + i / 100, i % 3 ? `2025-0${1 + (i % 9)}-15T12:00:00Z` : null));
    await t.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, geo) SELECT s.id, 'injection-molding', s.geo FROM suppliers s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    await t.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code) SELECT id, 'stamping' FROM unnest($1::uuid[]) id`,
      [ids.slice(0, 20)],
    );
    await t.db.query(
      `INSERT INTO certifications (supplier_id, scheme_code, expires_on, recorded_status)
       SELECT id, (ARRAY['IATF-16949','ISO-9001','ISO-14001','CQI-23'])[1 + ord % 4], CASE WHEN ord % 5 = 0 THEN NULL ELSE DATE '2026-01-01' + (ord * 37 % 900)::int END,
              CASE WHEN ord % 7 = 0 THEN 'WITHDRAWN' END
         FROM unnest($1::uuid[] || $1::uuid[]) WITH ORDINALITY u(id, ord)`,
      [ids],
    );
    expect(await drift()).toEqual([]);
    await t.db.query(`UPDATE certifications SET recorded_status = NULL WHERE recorded_status = 'WITHDRAWN'`);
    await t.db.query(`UPDATE suppliers SET profile_confirmed_at = now() WHERE id = ANY($1::uuid[])`, [
      ids.slice(10, 30),
    ]);
    expect(await drift()).toEqual([]);
    await t.db.query(`DELETE FROM certifications WHERE supplier_id = ANY($1::uuid[])`, [ids.slice(0, 15)]);
    expect(await drift()).toEqual([]);
    await t.db.query(`TRUNCATE certifications`);
    expect(await drift()).toEqual([]);
  });
});
