import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/accounts';
import { insertSupplier } from './support/builders';

describe('a failure between two writes leaves nothing half-written', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('rolls the profile update back when the audit write after it fails', async () => {
    const id = await insertSupplier(t.db, { name: 'Estampados Atómicos', capabilities: [{ process: 'stamping' }] });
    const before = await t.db.query(`SELECT name, version, updated_at FROM suppliers WHERE id = $1`, [id]);
    // Force the second write of the mutation (the audit entry) to fail.
    await t.db.query(
      `CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`,
    );
    await t.db.query(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON supplier_audit FOR EACH ROW EXECUTE FUNCTION fail_audit()`,
    );
    try {
      const r = await t.gql(
        `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { name: "Estampados Renombrados", capabilities: [{ process: "welding" }] }) { id version } }`,
        { id, v: before[0].version },
        admin,
      );
      expect(r.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0].message).not.toMatch(/audit store|trigger|INSERT/);
      expect(await t.db.query(`SELECT name, version, updated_at FROM suppliers WHERE id = $1`, [id])).toEqual(before);
      expect(await t.db.query(`SELECT process_code FROM supplier_capabilities WHERE supplier_id = $1`, [id])).toEqual([
        { process_code: 'stamping' },
      ]);
      expect(await t.db.query(`SELECT count(*)::int AS n FROM supplier_audit WHERE supplier_id = $1`, [id])).toEqual([
        { n: 0 },
      ]);
    } finally {
      await t.db.query(`DROP TRIGGER fail_audit ON supplier_audit; DROP FUNCTION fail_audit()`);
    }
    const ok = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { name: "Estampados Renombrados" }) { version } }`,
      { id, v: before[0].version },
      admin,
    );
    expect(ok.data.updateSupplier.version).toBe(before[0].version + 1);
  });
});

describe('structured logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logSink: (l) => lines.push(l) });
  });
  afterAll(() => t.close());

  it('logs one JSON line per operation with request id, name, duration and outcome, and never secrets', async () => {
    const token = await adminToken(t);
    const created = await t.gql(
      `mutation CreateForLogs($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
      {
        input: {
          name: 'Maquinados Secretos',
          stateCode: 'MX-QUE',
          city: 'Querétaro',
          location: { lat: 20.59, lng: -100.39 },
          contactEmail: 'ventas@secretos.example.mx',
          contactPhone: '+52 442 555 0199',
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    await t.gql(`query Broken { plant(id: "nope") { id } }`);
    await new Promise((r) => setTimeout(r, 100));
    const entries = lines.map((l) => JSON.parse(l));
    const op = entries.find((e) => e.operation === 'CreateForLogs');
    expect(op).toMatchObject({
      msg: 'graphql',
      outcome: 'ok',
      operationType: 'mutation',
      requestId: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(entries.find((e) => e.operation === 'Broken')).toMatchObject({
      outcome: 'error',
      errorCodes: ['BAD_USER_INPUT'],
    });
    const all = lines.join('\n');
    for (const secret of [token, token.split('.')[2], t.config.adminPassword, 'ventas@secretos.example.mx', '555 0199'])
      expect(all).not.toContain(secret);
  });
});
