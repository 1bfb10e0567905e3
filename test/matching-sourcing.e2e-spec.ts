import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';

const CREATE = `mutation($input: SourcingRequestInput!) { createSourcingRequest(input: $input) {
  id process status requiredCertifications preferredCertifications annualVolume createdAt plant { name oem } } }`;
const MATCHES = `query($s: SourcingRequestStatus) { sourcingRequests(status: $s) { id status plant { oem } matches(first: 5) { score supplier { id name } } } }`;
const RANK = `query($input: MatchInput!) { rankSuppliers(input: $input) { score supplier { id } } }`;

describe('sourcing requests', () => {
  let t: TestApp;
  let silao: { id: string; lat: number; lng: number };
  let hermosillo: { id: string };
  let gmBuyer: string, fordBuyer: string, admin: string, analyst: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    [silao] = await t.db.query(`SELECT id, lat, lng FROM plants WHERE name = 'Silao Complex'`);
    [hermosillo] = await t.db.query(
      `SELECT p.id FROM plants p JOIN oems o ON o.id = p.oem_id WHERE o.name = 'Ford' LIMIT 1`,
    );
    const iatf = [{ scheme: 'IATF-16949', expiresOn: daysFromToday(900) }];
    ids.a = await insertSupplier(t.db, {
      name: 'Alfa Moldes',
      lat: silao.lat + 0.05,
      lng: silao.lng,
      capabilities: [{ process: 'injection-molding' }],
      certifications: iatf,
    });
    ids.b = await insertSupplier(t.db, {
      name: 'Beta Moldes',
      lat: silao.lat + 0.2,
      lng: silao.lng,
      capabilities: [{ process: 'injection-molding', materials: ['PP'] }],
      certifications: iatf,
    });
    ids.noCert = await insertSupplier(t.db, {
      name: 'Gamma Sin IATF',
      lat: silao.lat + 0.1,
      lng: silao.lng,
      capabilities: [{ process: 'injection-molding' }],
    });
    gmBuyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    fordBuyer = await tokenFor(t, 'OEM_BUYER', { oem: 'Ford' });
    admin = await tokenFor(t, 'ADMIN');
    analyst = await tokenFor(t, 'INVESTMENT_ANALYST');
  });
  afterAll(() => t.close());

  const input = () => ({
    plantId: silao.id,
    process: 'injection-molding',
    requiredCertifications: ['IATF-16949'],
    preferredCertifications: ['ISO-14001'],
    annualVolume: 50000,
  });

  it('lets a buyer open requests for its own OEM only, and admins for any', async () => {
    const ok = await t.gql(CREATE, { input: input() }, gmBuyer);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createSourcingRequest).toMatchObject({
      status: 'OPEN',
      process: 'injection-molding',
      requiredCertifications: ['IATF-16949'],
      annualVolume: 50000,
      plant: { oem: 'General Motors' },
    });
    const other = await t.gql(CREATE, { input: input() }, fordBuyer);
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const byAdmin = await t.gql(CREATE, { input: { ...input(), plantId: hermosillo.id } }, admin);
    expect(byAdmin.errors).toBeUndefined();
    const anon = await t.gql(CREATE, { input: input() });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const supplier = await t.gql(CREATE, { input: input() }, await tokenFor(t, 'SUPPLIER', { supplierId: ids.a }));
    expect(supplier.errors![0].extensions!.code).toBe('FORBIDDEN');
    const badVol = await t.gql(CREATE, { input: { ...input(), annualVolume: 0 } }, gmBuyer);
    expect(badVol.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.annualVolume' });
    const badProc = await t.gql(CREATE, { input: { ...input(), process: 'nope' } }, gmBuyer);
    expect(badProc.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.process' });
    const unknown = await t.gql(
      CREATE,
      { input: { ...input(), plantId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('shows buyers their own OEM, admins and analysts all, refuses suppliers; matches equal rankSuppliers', async () => {
    const gm = await t.gql(MATCHES, {}, gmBuyer);
    expect(gm.errors).toBeUndefined();
    expect(gm.data.sourcingRequests.every((r: any) => r.plant.oem === 'General Motors')).toBe(true);
    expect(gm.data.sourcingRequests.length).toBeGreaterThanOrEqual(1);
    const all = await t.gql(MATCHES, { s: 'OPEN' }, analyst);
    expect(new Set(all.data.sourcingRequests.map((r: any) => r.plant.oem))).toEqual(
      new Set(['General Motors', 'Ford']),
    );
    expect((await t.gql(MATCHES, {}, admin)).data.sourcingRequests.length).toBe(all.data.sourcingRequests.length);
    const sup = await t.gql(MATCHES, {}, await tokenFor(t, 'SUPPLIER', { supplierId: ids.b }));
    expect(sup.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ranked = await t.gql(RANK, { input: { ...input(), annualVolume: undefined, first: 5 } });
    const req = gm.data.sourcingRequests[0];
    expect(req.matches.map((m: any) => m.supplier.id)).toEqual(
      ranked.data.rankSuppliers.map((m: any) => m.supplier.id),
    );
    expect(req.matches.map((m: any) => m.supplier.id)).toEqual([ids.a, ids.b]);
  });

  it('reads one request by id for those who may list it; null for an unknown id', async () => {
    const ONE = `query($id: ID!) { sourcingRequest(id: $id) { id status plant { oem } matches(first: 5) { supplier { id } } } }`;
    const id = (await t.gql(CREATE, { input: input() }, gmBuyer)).data.createSourcingRequest.id;
    const mine = await t.gql(ONE, { id }, gmBuyer);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.sourcingRequest).toMatchObject({ id, status: 'OPEN', plant: { oem: 'General Motors' } });
    expect(mine.data.sourcingRequest.matches.map((m: { supplier: { id: string } }) => m.supplier.id)).toEqual([
      ids.a,
      ids.b,
    ]);
    expect((await t.gql(ONE, { id: id.toUpperCase() }, analyst)).data.sourcingRequest.id).toBe(id);
    expect((await t.gql(ONE, { id }, admin)).data.sourcingRequest.id).toBe(id);
    expect((await t.gql(ONE, { id }, fordBuyer)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const sup = await t.gql(ONE, { id }, await tokenFor(t, 'SUPPLIER', { supplierId: ids.b }));
    expect(sup.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(ONE, { id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const none = await t.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, gmBuyer);
    expect(none.errors).toBeUndefined();
    expect(none.data.sourcingRequest).toBeNull();
    const bad = await t.gql(ONE, { id: 'nope' }, gmBuyer);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // Leave no extra OPEN request for the tests below.
    await t.gql(`mutation($id: ID!) { cancelSourcingRequest(id: $id) { status } }`, { id }, admin);
  });

  it('shows a supplier the OPEN requests it qualifies for, without other suppliers', async () => {
    const q = `{ openSourcingRequestsForMe { id process plant { name } myMatch { score reasons supplier { id name } } } }`;
    const b = await t.gql(q, {}, await tokenFor(t, 'SUPPLIER', { supplierId: ids.b }));
    expect(b.errors).toBeUndefined();
    const gmReqs = b.data.openSourcingRequestsForMe.filter((r: any) => r.plant.name === 'Silao Complex');
    expect(gmReqs.length).toBe(1);
    expect(gmReqs[0].myMatch.supplier.id).toBe(ids.b);
    expect(JSON.stringify(b.data)).not.toContain('Alfa Moldes');
    const none = await t.gql(q, {}, await tokenFor(t, 'SUPPLIER', { supplierId: ids.noCert }));
    expect(none.data.openSourcingRequestsForMe.filter((r: any) => r.plant.name === 'Silao Complex')).toEqual([]);
    const buyer = await t.gql(q, {}, gmBuyer);
    expect(buyer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('awards only to a qualifying supplier, keeps a snapshot, and allows no change after', async () => {
    const created = await t.gql(CREATE, { input: input() }, gmBuyer);
    const id = created.data.createSourcingRequest.id;
    const AWARD = `mutation($id: ID!, $s: ID!) { awardSourcingRequest(id: $id, supplierId: $s) { id status awardedAt awardedSupplier { id } awardSnapshot { rank supplierId supplierName score } } }`;
    const bad = await t.gql(AWARD, { id, s: ids.noCert }, gmBuyer);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supplierId' });
    const forbidden = await t.gql(AWARD, { id, s: ids.b }, fordBuyer);
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ok = await t.gql(AWARD, { id, s: ids.b }, gmBuyer);
    expect(ok.errors).toBeUndefined();
    const r = ok.data.awardSourcingRequest;
    expect(r).toMatchObject({ status: 'AWARDED', awardedSupplier: { id: ids.b } });
    expect(r.awardSnapshot.map((e: any) => e.supplierId)).toEqual([ids.a, ids.b]);
    expect(r.awardSnapshot[0]).toMatchObject({ rank: 1, supplierName: 'Alfa Moldes' });
    const [row] = await t.db.query(`SELECT awarded_by, awarded_at FROM sourcing_requests WHERE id = $1`, [id]);
    expect(row.awarded_by).not.toBeNull();
    const again = await t.gql(`mutation($id: ID!) { cancelSourcingRequest(id: $id) { status } }`, { id }, gmBuyer);
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');

    const second = (await t.gql(CREATE, { input: input() }, gmBuyer)).data.createSourcingRequest.id;
    const cancelled = await t.gql(
      `mutation($id: ID!) { cancelSourcingRequest(id: $id) { status cancelledAt } }`,
      { id: second },
      admin,
    );
    expect(cancelled.data.cancelSourcingRequest.status).toBe('CANCELLED');
    const [c] = await t.db.query(`SELECT cancelled_by, cancelled_at FROM sourcing_requests WHERE id = $1`, [second]);
    expect(c.cancelled_by).not.toBeNull();
    const listed = await t.gql(`{ sourcingRequests(status: CANCELLED) { id } }`, {}, gmBuyer);
    expect(listed.data.sourcingRequests.map((x: any) => x.id)).toContain(second);
  });
});
