import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';

const RANK = `query($input: MatchInput!) { rankSuppliers(input: $input) {
  score distanceKm estimatedDriveHours missingCertifications reasons
  explanation { kind text km hours plantName scheme role expiresOn expiringSoon process materials months }
  breakdown { proximity certification capability freshness }
  supplier { id name state { code } certifications { scheme status } capabilities { process } }
} }`;

describe('rankSuppliers (ranking over HTTP)', () => {
  let t: TestApp;
  let silao: { id: string; lat: number; lng: number };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    [silao] = await t.db.query(`SELECT p.id, p.lat, p.lng FROM plants p WHERE p.name = 'Silao Complex'`);
    const im = (materials: string[] = ['PP', 'ABS'], notes: string | null = null) => [
      { process: 'injection-molding', materials, notes },
    ];
    // near: ~0 km, IATF valid for years, ISO 14001, confirmed recently
    ids.near = await insertSupplier(t.db, {
      name: 'Cerca Plásticos',
      lat: silao.lat + 0.01,
      lng: silao.lng,
      capabilities: im(['PP', 'ABS', 'PA66'], 'class A surfaces'),
      profileConfirmedAt: new Date(Date.now() - 20 * 86400_000),
      certifications: [
        { scheme: 'IATF-16949', expiresOn: daysFromToday(1000) },
        { scheme: 'ISO-14001', expiresOn: daysFromToday(800) },
        { scheme: 'CQI-23', expiresOn: daysFromToday(300) },
      ],
    });
    // mid: ~34 km, IATF expiring soon, never confirmed
    ids.mid = await insertSupplier(t.db, {
      name: 'Medio Moldeo',
      lat: silao.lat + 0.3,
      lng: silao.lng,
      capabilities: im(),
      certifications: [{ scheme: 'IATF-16949', expiresOn: daysFromToday(40) }],
    });
    // legacy: ISO/TS 16949 only -> never IATF, excluded when IATF required
    ids.legacy = await insertSupplier(t.db, {
      name: 'Legado TS',
      lat: silao.lat + 0.05,
      lng: silao.lng,
      capabilities: im(),
      certifications: [{ scheme: 'ISO-TS-16949', expiresOn: daysFromToday(500) }],
    });
    // expired and suspended IATF: excluded when required
    ids.expired = await insertSupplier(t.db, {
      name: 'Vencido SA',
      lat: silao.lat + 0.02,
      lng: silao.lng,
      capabilities: im(),
      certifications: [{ scheme: 'IATF-16949', expiresOn: daysFromToday(-3) }],
    });
    ids.suspended = await insertSupplier(t.db, {
      name: 'Suspendido SA',
      lat: silao.lat + 0.02,
      lng: silao.lng + 0.01,
      capabilities: im(),
      certifications: [{ scheme: 'IATF-16949', expiresOn: daysFromToday(600), recordedStatus: 'SUSPENDED' }],
    });
    // far: ~330 km, IATF valid, other process too
    ids.far = await insertSupplier(t.db, {
      name: 'Lejos Industrial',
      lat: silao.lat + 3,
      lng: silao.lng,
      capabilities: [...im(), { process: 'stamping' }],
      profileConfirmedAt: new Date(Date.now() - 430 * 86400_000),
      certifications: [
        { scheme: 'IATF-16949', expiresOn: daysFromToday(1200) },
        { scheme: 'ISO-9001', expiresOn: daysFromToday(1200) },
      ],
    });
    // stamping only: never in injection-molding results
    ids.stamper = await insertSupplier(t.db, {
      name: 'Solo Estampado',
      lat: silao.lat,
      lng: silao.lng,
      capabilities: [{ process: 'stamping' }],
      certifications: [{ scheme: 'IATF-16949', expiresOn: daysFromToday(900) }],
    });
  });
  afterAll(() => t.close());

  it('ranks qualifying suppliers with breakdown, reasons and nested supplier fields', async () => {
    const r = await t.gql(RANK, {
      input: {
        plantId: silao.id,
        process: 'injection-molding',
        requiredCertifications: ['IATF-16949'],
        preferredCertifications: ['ISO-14001'],
      },
    });
    expect(r.errors).toBeUndefined();
    const got = r.data.rankSuppliers;
    expect(got.map((m: any) => m.supplier.id)).toEqual([ids.near, ids.mid, ids.far]);
    const [near, mid, far] = got;
    for (const m of got) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      for (const v of Object.values<number>(m.breakdown)) expect(v >= 0 && v <= 1).toBe(true);
    }
    expect(near.missingCertifications).toEqual([]);
    expect(mid.missingCertifications).toEqual(['ISO-14001']);
    expect(mid.reasons).toEqual(
      expect.arrayContaining([
        '33 km from Silao Complex (about 0.7 h by truck)',
        'ISO 14001 missing (preferred)',
        'profile never confirmed',
      ]),
    );
    expect(
      mid.reasons.some((s: string) => /^IATF 16949 expires soon \(\d{4}-\d{2}-\d{2}\) \(required\)$/.test(s)),
    ).toBe(true);
    expect(near.reasons.some((s: string) => /^IATF 16949 valid until \d{4}-\d{2}-\d{2} \(required\)$/.test(s))).toBe(
      true,
    );
    expect(near.reasons.some((s: string) => /^ISO 14001 valid until \d{4}-\d{2}-\d{2} \(preferred\)$/.test(s))).toBe(
      true,
    );
    expect(near.reasons.some((s: string) => /^CQI-23 valid until .* \(injection-molding assessment\)$/.test(s))).toBe(
      true,
    );
    expect(far.reasons).toContain('profile not confirmed in 14 months');
    // the same reasons as data, in the same order, for clients that speak another language
    for (const m of got) expect(m.explanation.map((e: any) => e.text)).toEqual(m.reasons);
    expect(mid.explanation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'DISTANCE', plantName: 'Silao Complex', km: mid.distanceKm }),
        expect.objectContaining({
          kind: 'CERTIFICATE_VALID',
          scheme: 'IATF-16949',
          role: 'REQUIRED',
          expiringSoon: true,
        }),
        expect.objectContaining({ kind: 'CERTIFICATE_MISSING', scheme: 'ISO-14001', role: 'PREFERRED' }),
        expect.objectContaining({ kind: 'NEVER_CONFIRMED' }),
      ]),
    );
    expect(near.explanation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'CERTIFICATE_VALID',
          scheme: 'CQI-23',
          role: 'ASSESSMENT',
          process: 'injection-molding',
        }),
      ]),
    );
    expect(far.explanation).toContainEqual(expect.objectContaining({ kind: 'CONFIRMED', months: 14 }));
    expect(mid.distanceKm).toBeGreaterThan(32);
    expect(mid.distanceKm).toBeLessThan(35);
    expect(mid.estimatedDriveHours).toBeCloseTo((mid.distanceKm * 1.3) / 60, 2);
    expect(mid.breakdown.freshness).toBe(0);
    expect(near.breakdown.certification).toBeGreaterThan(mid.breakdown.certification);
    expect(near.supplier.state.code).toBe('MX-GUA');
    expect(near.supplier.certifications.length).toBe(3);
    expect(got.map((m: any) => m.score)).toEqual(
      [...got.map((m: any) => m.score)].sort((a: number, b: number) => b - a),
    );
  });

  it('never counts ISO/TS 16949 as IATF 16949 and excludes expired or suspended certificates', async () => {
    const r = await t.gql(RANK, {
      input: { plantId: silao.id, process: 'injection-molding', requiredCertifications: ['IATF-16949'] },
    });
    const got = r.data.rankSuppliers.map((m: any) => m.supplier.id);
    for (const x of [ids.legacy, ids.expired, ids.suspended, ids.stamper]) expect(got).not.toContain(x);
    const all = await t.gql(RANK, { input: { plantId: silao.id, process: 'injection-molding' } });
    const legacy = all.data.rankSuppliers.find((m: any) => m.supplier.id === ids.legacy);
    expect(legacy.reasons).toContain('no valid IATF 16949 or ISO 9001');
    expect(all.data.rankSuppliers.map((m: any) => m.supplier.id)).not.toContain(ids.stamper);
    expect(all.data.rankSuppliers).toHaveLength(6);
  });

  it('applies maxDistanceKm, first and weights', async () => {
    const near = await t.gql(RANK, { input: { plantId: silao.id, process: 'injection-molding', maxDistanceKm: 50 } });
    expect(near.data.rankSuppliers.map((m: any) => m.supplier.id)).not.toContain(ids.far);
    expect(near.data.rankSuppliers.every((m: any) => m.distanceKm <= 50)).toBe(true);
    const one = await t.gql(RANK, { input: { plantId: silao.id, process: 'injection-molding', first: 1 } });
    expect(one.data.rankSuppliers).toHaveLength(1);
    // only freshness counts: the recently confirmed supplier first, never-confirmed ones last
    const fresh = await t.gql(RANK, {
      input: {
        plantId: silao.id,
        process: 'injection-molding',
        requiredCertifications: ['IATF-16949'],
        weights: { proximity: 0, certification: 0, capability: 0, freshness: 2 },
      },
    });
    const f = fresh.data.rankSuppliers;
    expect(f.map((m: any) => m.supplier.id)).toEqual([ids.near, ids.far, ids.mid]);
    expect(f[0].score).toBeCloseTo(f[0].breakdown.freshness, 12);
    const zero = await t.gql(RANK, { input: { plantId: silao.id, process: 'injection-molding', maxDistanceKm: 0 } });
    expect(zero.errors).toBeUndefined();
    expect(zero.data.rankSuppliers).toEqual([]);
  });

  it('rejects bad input naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ plantId: '00000000-0000-4000-8000-000000000000', process: 'stamping' }, 'NOT_FOUND', 'input.plantId'],
      [{ plantId: 'nope', process: 'stamping' }, 'BAD_USER_INPUT', 'input.plantId'],
      [{ plantId: silao.id, process: 'knitting' }, 'BAD_USER_INPUT', 'input.process'],
      [
        { plantId: silao.id, process: 'stamping', requiredCertifications: ['ISO-0000'] },
        'BAD_USER_INPUT',
        'input.requiredCertifications',
      ],
      [
        { plantId: silao.id, process: 'stamping', preferredCertifications: ['XYZ'] },
        'BAD_USER_INPUT',
        'input.preferredCertifications',
      ],
      [
        { plantId: silao.id, process: 'stamping', requiredCertifications: ['CQI-23'] },
        'BAD_USER_INPUT',
        'input.requiredCertifications',
      ],
      [{ plantId: silao.id, process: 'stamping', maxDistanceKm: -1 }, 'BAD_USER_INPUT', 'input.maxDistanceKm'],
      [{ plantId: silao.id, process: 'stamping', first: 0 }, 'BAD_USER_INPUT', 'input.first'],
      [{ plantId: silao.id, process: 'stamping', first: 101 }, 'BAD_USER_INPUT', 'input.first'],
      [
        { plantId: silao.id, process: 'stamping', weights: { proximity: -1 } },
        'BAD_USER_INPUT',
        'input.weights.proximity',
      ],
      [
        {
          plantId: silao.id,
          process: 'stamping',
          weights: { proximity: 0, certification: 0, capability: 0, freshness: 0 },
        },
        'BAD_USER_INPUT',
        'input.weights',
      ],
    ];
    for (const [input, code, field] of cases) {
      const r = await t.gql(RANK, { input });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code, field });
      if (code === 'BAD_USER_INPUT') expect(r.errors![0].message).toContain(field);
    }
  });

  it('keeps the capability index in step when a supplier moves', async () => {
    await t.db.query(`UPDATE suppliers SET lat = lat + 5 WHERE id = $1`, [ids.near]);
    const r = await t.gql(RANK, {
      input: { plantId: silao.id, process: 'injection-molding', requiredCertifications: ['IATF-16949'] },
    });
    const near = r.data.rankSuppliers.find((m: any) => m.supplier.id === ids.near);
    expect(near.distanceKm).toBeGreaterThan(500);
    await t.db.query(`UPDATE suppliers SET lat = lat - 5 WHERE id = $1`, [ids.near]);
  });
});
