import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ImportAuditPairs1765600000000 } from '../libs/core/src/database/migrations/1765600000000-import-audit-pairs';
import { NewSupplierRow, SupplierAuditAction, SupplierStore } from '@enlace/suppliers';
import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/accounts';

/** Capability rows whose copied facts differ from what the per-row trigger computes from the supplier. */
const STALE_FACTS = `
  SELECT count(*)::int AS n
    FROM supplier_capabilities sc
    JOIN suppliers s ON s.id = sc.supplier_id
    LEFT JOIN public.enlace_cert_summary(ARRAY(SELECT id FROM suppliers)) x ON x.supplier_id = s.id
   WHERE sc.geo IS DISTINCT FROM s.geo OR sc.confirmed_at IS DISTINCT FROM s.profile_confirmed_at
      OR sc.cert_schemes IS DISTINCT FROM COALESCE(x.schemes, '{}') OR sc.cert_expires IS DISTINCT FROM COALESCE(x.expires, '{}')`;

function newSupplier(over: Partial<NewSupplierRow> = {}): NewSupplierRow {
  return {
    id: uuidv7(),
    name: 'Moldes del Bajío',
    rfc: null,
    tier: 'TIER_2',
    stateCode: 'MX-GUA',
    city: 'León',
    lat: 21.12,
    lng: -101.68,
    employees: null,
    contactEmail: null,
    contactPhone: null,
    website: null,
    profileConfirmedAt: '2025-03-01T10:00:00.000000Z',
    source: 'store-test',
    sourceId: uuidv7(),
    ...over,
  };
}

const NO_ACTOR = { userId: null, email: null };

describe('SupplierStore: the one writer of suppliers, capabilities, certificates and audit rows', () => {
  let t: TestApp;
  let store: SupplierStore;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(SupplierStore);
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('applyBatch writes materials exactly as given (quotes, backslashes, commas, braces, NULL) with the facts the trigger would compute', async () => {
    const s = newSupplier();
    const materials = ['PP', 'A "quoted" one', 'back\\slash', 'a,b', '{braced}', 'NULL', ' spaced '];
    await ds.transaction((m) =>
      store.applyBatch(m, {
        creates: [s],
        updates: [],
        replaceCapabilitiesOf: [],
        replaceCertificationsOf: [],
        capabilities: [
          { supplierId: s.id, process: 'injection-molding', materials, notes: 'n', position: 0 },
          { supplierId: s.id, process: 'stamping', materials: [], notes: null, position: 1 },
        ],
        certifications: [
          {
            supplierId: s.id,
            scheme: 'IATF-16949',
            certificateNumber: 'C-1',
            issuer: null,
            issuedOn: '2024-01-01',
            expiresOn: '2099-01-01',
            recordedStatus: null,
          },
        ],
        audit: [
          {
            supplierId: s.id,
            actor: NO_ACTOR,
            action: SupplierAuditAction.IMPORT_CREATE,
            version: 1,
            changes: { source: { old: null, new: 'store-test' }, line: { old: null, new: 7 } },
          },
        ],
      }),
    );
    const caps = await t.db.query(
      `SELECT process_code, materials, notes, position, cert_schemes FROM supplier_capabilities WHERE supplier_id = $1 ORDER BY position`,
      [s.id],
    );
    expect(caps).toEqual([
      { process_code: 'injection-molding', materials, notes: 'n', position: 0, cert_schemes: ['IATF-16949'] },
      { process_code: 'stamping', materials: [], notes: null, position: 1, cert_schemes: ['IATF-16949'] },
    ]);
    expect((await t.db.query(STALE_FACTS))[0].n).toBe(0);

    // an update moves the supplier and replaces its capabilities, keeping its certificate summary
    await ds.transaction((m) =>
      store.applyBatch(m, {
        creates: [],
        updates: [{ ...s, lat: 21.2, profileConfirmedAt: null }],
        replaceCapabilitiesOf: [s.id],
        replaceCertificationsOf: [],
        capabilities: [{ supplierId: s.id, process: 'machining', materials: ['steel'], notes: null, position: 0 }],
        certifications: [],
        audit: [],
      }),
    );
    const [row] = await t.db.query(`SELECT version, lat FROM suppliers WHERE id = $1`, [s.id]);
    expect(row).toEqual({ version: 2, lat: 21.2 });
    const after = await t.db.query(
      `SELECT process_code, cert_schemes FROM supplier_capabilities WHERE supplier_id = $1`,
      [s.id],
    );
    expect(after).toEqual([{ process_code: 'machining', cert_schemes: ['IATF-16949'] }]);
    expect((await t.db.query(STALE_FACTS))[0].n).toBe(0);
  });

  it('createMissing skips suppliers whose source id or RFC exists, with everything of theirs', async () => {
    const first = newSupplier({ rfc: 'MDB010203AB1' });
    await ds.transaction((m) =>
      store.createMissing(m, { creates: [first], capabilities: [], certifications: [], audit: [] }),
    );
    const sameSource = newSupplier({ source: first.source, sourceId: first.sourceId });
    const sameRfc = newSupplier({ rfc: 'MDB010203AB1' });
    const fresh = newSupplier();
    const all = [sameSource, sameRfc, fresh];
    const written = await ds.transaction((m) =>
      store.createMissing(m, {
        creates: all,
        capabilities: all.map((s) => ({
          supplierId: s.id,
          process: 'forging',
          materials: [],
          notes: null,
          position: 0,
        })),
        certifications: all.map((s) => ({
          supplierId: s.id,
          scheme: 'ISO-9001',
          certificateNumber: null,
          issuer: null,
          issuedOn: null,
          expiresOn: null,
          recordedStatus: null,
        })),
        audit: all.map((s) => ({
          supplierId: s.id,
          actor: NO_ACTOR,
          action: SupplierAuditAction.CREATE,
          version: 1,
          changes: { source: { old: null, new: 'store-test' } },
        })),
      }),
    );
    expect([...written.created]).toEqual([fresh.id]);
    expect([written.capabilities, written.certifications]).toEqual([1, 1]);
    const ids = [sameSource.id, sameRfc.id, fresh.id];
    const counts = await t.db.query(
      `SELECT (SELECT count(*)::int FROM suppliers WHERE id = ANY($1::uuid[])) AS suppliers,
              (SELECT count(*)::int FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[])) AS caps,
              (SELECT count(*)::int FROM certifications WHERE supplier_id = ANY($1::uuid[])) AS certs,
              (SELECT count(*)::int FROM supplier_audit WHERE supplier_id = ANY($1::uuid[])) AS audits`,
      [ids],
    );
    expect(counts).toEqual([{ suppliers: 1, caps: 1, certs: 1, audits: 1 }]);
    expect((await t.db.query(STALE_FACTS))[0].n).toBe(0);
  });

  it("history shows every entry's changes as old/new pairs, older import entries included (migration 1765600000000)", async () => {
    const s = newSupplier();
    await ds.transaction((m) =>
      store.createMissing(m, { creates: [s], capabilities: [], certifications: [], audit: [] }),
    );
    // an entry as imports wrote them before: the file's line as a bare number
    await t.db.query(
      `INSERT INTO supplier_audit (supplier_id, action, version, changes) VALUES ($1, 'IMPORT_CREATE', 1, '{"source": {"old": null, "new": "denue"}, "line": 17}')`,
      [s.id],
    );
    const qr = ds.createQueryRunner();
    try {
      await new ImportAuditPairs1765600000000().up(qr);
    } finally {
      await qr.release();
    }
    const [{ changes }] = await t.db.query(`SELECT changes FROM supplier_audit WHERE supplier_id = $1`, [s.id]);
    expect(changes).toEqual({ source: { old: null, new: 'denue' }, line: { old: null, new: 17 } });
    const r = await t.gql(
      `query($id: ID!) { supplierHistory(id: $id) { edges { node { action changes { field oldValue newValue } } } } }`,
      { id: s.id },
      await adminToken(t),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.supplierHistory.edges[0].node).toEqual({
      action: 'IMPORT_CREATE',
      changes: [
        { field: 'line', oldValue: null, newValue: '17' },
        { field: 'source', oldValue: null, newValue: '"denue"' },
      ],
    });
  });
});
