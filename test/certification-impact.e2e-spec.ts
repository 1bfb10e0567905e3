import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';

const IMPACT = `query($id: ID!, $scheme: String!) { certificationImpact(supplierId: $id, scheme: $scheme) {
  scheme openRequestsNow openRequestsWith estimatedCostUsd coFundedUsd
  plants { plant { id name } process rankNow rankWith distanceKm } } }`;
const RANK = `query($input: MatchInput!) { rankSuppliers(input: $input) { supplier { id } } }`;

interface Change {
  plant: { id: string; name: string };
  process: string;
  rankNow: number | null;
  rankWith: number | null;
  distanceKm: number;
}

/** The case for certifying: places in nearby plants' rankings now and with the certificate, exactly as rankSuppliers would give them. */
describe('certificationImpact', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    // certified injection molders spread around the Bajío, with varied materials and confirmations
    for (let i = 0; i < 14; i++) {
      await insertSupplier(t.db, {
        ...SILAO,
        lat: SILAO.lat + ((i % 5) - 2) * 0.12,
        lng: SILAO.lng + (Math.floor(i / 5) - 1) * 0.15,
        name: `Moldeados Certificados ${i}`,
        capabilities: [{ process: 'injection-molding', materials: i % 3 ? ['PP'] : ['PP', 'ABS', 'PA66'] }],
        certifications: [{ ...IATF_VALID, expiresOn: daysFromToday(200 + i * 60) }],
        profileConfirmedAt: i % 2 ? new Date(Date.now() - i * 20 * 86_400_000) : null,
      });
    }
    ids.candidate = await insertSupplier(t.db, {
      ...SILAO,
      name: 'Inyección Sin Certificar',
      capabilities: [{ process: 'injection-molding', materials: ['PP', 'ABS'] }, { process: 'stamping' }],
      certifications: [{ scheme: 'ISO-9001', issuedOn: daysFromToday(-100), expiresOn: daysFromToday(900) }],
      profileConfirmedAt: new Date(),
    });
    ids.certified = await insertSupplier(t.db, {
      ...SILAO,
      lat: SILAO.lat + 0.3,
      name: 'Ya Certificado',
      capabilities: [{ process: 'injection-molding' }],
      certifications: [IATF_VALID],
    });
    analyst = await tokenFor(t, 'INVESTMENT_ANALYST');
    admin = await tokenFor(t, 'ADMIN');
  });
  afterAll(() => t.close());

  const impact = async (id: string, scheme: string, token = analyst) => {
    const r = await t.gql(IMPACT, { id, scheme }, token);
    expect(r.errors).toBeUndefined();
    return r.data.certificationImpact;
  };
  /** The supplier's 1-based place in rankSuppliers' top 100 with `scheme` required, or null. */
  const placeIn = async (c: Change, scheme: string, supplierId: string) => {
    const input = { plantId: c.plant.id, process: c.process, requiredCertifications: [scheme], first: 100 };
    const r = await t.gql(RANK, { input });
    const i = (r.data.rankSuppliers as Array<{ supplier: { id: string } }>).findIndex(
      (m) => m.supplier.id === supplierId,
    );
    return i < 0 ? null : i + 1;
  };

  it('gives the places rankSuppliers gives now and once the certificate exists, every nearby plant and process', async () => {
    // an OPEN request at Silao requiring IATF 16949 for injection molding
    const silao = (await t.gql(`{ plants(first: 100) { edges { node { id name } } } }`)).data.plants.edges
      .map((e: { node: { id: string; name: string } }) => e.node)
      .find((p: { name: string }) => p.name === 'Silao Complex');
    const req = await t.gql(
      `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`,
      { i: { plantId: silao.id, process: 'injection-molding', requiredCertifications: ['IATF-16949'] } },
      admin,
    );
    expect(req.errors).toBeUndefined();

    const before = await impact(ids.candidate, 'IATF-16949');
    expect(before).toMatchObject({
      scheme: 'IATF-16949',
      openRequestsNow: 0,
      openRequestsWith: 1,
      estimatedCostUsd: 18000, // over a valid ISO 9001, as supplierDevelopmentCandidates
      coFundedUsd: 9000,
    });
    const plants = before.plants as Change[];
    expect(plants.length).toBeGreaterThan(3);
    expect(plants.every((c) => c.distanceKm <= 500)).toBe(true);
    expect(plants.map((c) => c.distanceKm)).toEqual([...plants.map((c) => c.distanceKm)].sort((a, b) => a - b));
    expect(new Set(plants.map((c) => c.process))).toEqual(new Set(['injection-molding', 'stamping']));
    const silaoChange = plants.find((c) => c.plant.name === 'Silao Complex' && c.process === 'injection-molding')!;
    expect(silaoChange.rankNow).toBeNull();
    expect(silaoChange.rankWith).toBeGreaterThanOrEqual(1);
    for (const c of plants) expect(c.rankNow).toBe(await placeIn(c, 'IATF-16949', ids.candidate));

    // A supplier already certified: its place now is rankSuppliers' place
    const held = (await impact(ids.certified, 'IATF-16949')).plants as Change[];
    for (const c of held) expect(c.rankNow).toBe(await placeIn(c, 'IATF-16949', ids.certified));

    // the same data with the certificate held from today for three years: rankSuppliers agrees with rankWith
    const until = new Date(`${daysFromToday(0)}T00:00:00Z`);
    until.setUTCFullYear(until.getUTCFullYear() + 3);
    const added = await t.gql(
      `mutation($s: ID!, $c: CertificationInput!) { addCertification(supplierId: $s, input: $c) { id } }`,
      {
        s: ids.candidate,
        c: { scheme: 'IATF-16949', issuedOn: daysFromToday(0), expiresOn: until.toISOString().slice(0, 10) },
      },
      admin,
    );
    expect(added.errors).toBeUndefined();
    for (const c of plants)
      expect([c.plant.name, c.process, c.rankWith]).toEqual([
        c.plant.name,
        c.process,
        await placeIn(c, 'IATF-16949', ids.candidate),
      ]);
    const after = await impact(ids.candidate, 'IATF-16949');
    expect(after.openRequestsNow).toBe(1);
  });

  it('is for admins, analysts and the supplier itself; bad input names the field', async () => {
    const own = await tokenFor(t, 'SUPPLIER', { supplierId: ids.candidate });
    expect((await impact(ids.candidate, 'ISO-14001', own)).scheme).toBe('ISO-14001');
    const other = await tokenFor(t, 'SUPPLIER', { supplierId: ids.certified });
    const buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    for (const token of [other, buyer])
      expect(
        (await t.gql(IMPACT, { id: ids.candidate, scheme: 'IATF-16949' }, token)).errors![0].extensions!.code,
      ).toBe('FORBIDDEN');
    expect((await t.gql(IMPACT, { id: ids.candidate, scheme: 'IATF-16949' })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const bad = await t.gql(IMPACT, { id: ids.candidate, scheme: 'ISO-99999' }, analyst);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scheme' });
    const old = await t.gql(IMPACT, { id: ids.candidate, scheme: 'ISO-TS-16949' }, analyst);
    expect(old.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scheme' });
    const none = await t.gql(IMPACT, { id: '00000000-0000-4000-8000-000000000000', scheme: 'IATF-16949' }, analyst);
    expect(none.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'supplierId' });
    // a CQI assessment counts only for its own process
    const cqi = await impact(ids.candidate, 'CQI-23');
    expect(new Set((cqi.plants as Change[]).map((c) => c.process))).toEqual(new Set(['injection-molding']));
    expect(cqi.estimatedCostUsd).toBe(4000);
  });
});
