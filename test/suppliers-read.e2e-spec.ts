import { GqlResponse, startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';

const PAGE = `query($filter: SupplierFilter, $first: Int, $after: String) {
  suppliers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name region city state { code name region } location { lat lng }
      capabilities { process materials notes }
      certifications { id scheme certificateNumber issuedOn expiresOn status } version updatedAt profileConfirmedAt } }
  } }`;

describe('supplier catalogue reads', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    ids.plasticos = await insertSupplier(t.db, {
      name: 'Plásticos Monterrey S.A. de C.V.',
      stateCode: 'MX-NLE',
      city: 'Monterrey',
      lat: 25.68,
      lng: -100.31,
      capabilities: [{ process: 'injection-molding', materials: ['PP', 'ABS'], notes: 'presses 80-800 t' }],
      certifications: [
        { scheme: 'IATF-16949', issuedOn: daysFromToday(-400), expiresOn: daysFromToday(700), number: 'IATF-0001' },
        { scheme: 'ISO-14001', issuedOn: daysFromToday(-1000), expiresOn: daysFromToday(30) },
      ],
    });
    ids.troqueles = await insertSupplier(t.db, {
      name: 'Troqueles del Bajío',
      stateCode: 'MX-GUA',
      city: 'Celaya',
      lat: 20.52,
      lng: -100.81,
      capabilities: [{ process: 'stamping' }],
      certifications: [
        { scheme: 'IATF-16949', issuedOn: daysFromToday(-1200), expiresOn: daysFromToday(-5) },
        { scheme: 'ISO-TS-16949', issuedOn: '2015-01-01', expiresOn: '2018-09-14' },
      ],
    });
    ids.fundiciones = await insertSupplier(t.db, {
      name: 'Fundiciones Querétaro',
      stateCode: 'MX-QUE',
      city: 'Querétaro',
      lat: 20.59,
      lng: -100.39,
      capabilities: [{ process: 'die-casting', materials: ['aluminio A380'] }],
      certifications: [
        {
          scheme: 'IATF-16949',
          issuedOn: daysFromToday(-100),
          expiresOn: daysFromToday(900),
          recordedStatus: 'SUSPENDED',
        },
      ],
    });
    // Ten suppliers with the same name: pagination must stay stable under equal sort keys.
    for (let i = 0; i < 10; i++)
      ids[`same${i}`] = await insertSupplier(t.db, {
        name: 'Maquinados Iguales',
        capabilities: [{ process: 'machining' }],
      });
  });
  afterAll(() => t.close());

  it('finds a supplier by a misspelled, unaccented name', async () => {
    for (const search of [
      'plasticos monterey',
      'PLASTICOS',
      'Plasticos Monterrey',
      'troqueles bajio',
      'fundicion queretaro',
    ]) {
      const r = await t.gql(PAGE, { filter: { search } });
      expect(r.errors).toBeUndefined();
      const names = r.data.suppliers.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(names.length).toBeGreaterThan(0);
      expect(names[0]).toMatch(
        search.startsWith('troq') ? /Troqueles/ : search.startsWith('fund') ? /Fundiciones/ : /Plásticos/,
      );
    }
  });

  it('derives certificate status as of today', async () => {
    const r = await t.gql(`query($id: ID!) { supplier(id: $id) { certifications { scheme status } } }`, {
      id: ids.plasticos,
    });
    expect(r.data.supplier.certifications).toEqual(
      expect.arrayContaining([
        { scheme: 'IATF-16949', status: 'ACTIVE' },
        { scheme: 'ISO-14001', status: 'EXPIRING_SOON' },
      ]),
    );
    const tr = await t.gql(`query($id: ID!) { supplier(id: $id) { certifications { scheme status } } }`, {
      id: ids.troqueles,
    });
    expect(tr.data.supplier.certifications).toEqual(
      expect.arrayContaining([
        { scheme: 'IATF-16949', status: 'EXPIRED' },
        { scheme: 'ISO-TS-16949', status: 'SUPERSEDED' },
      ]),
    );
    const fu = await t.gql(`query($id: ID!) { supplier(id: $id) { certifications { scheme status } } }`, {
      id: ids.fundiciones,
    });
    expect(fu.data.supplier.certifications).toEqual([{ scheme: 'IATF-16949', status: 'SUSPENDED' }]);
  });

  it('filters by region, state, process and a certificate valid today', async () => {
    const names = async (filter: object) =>
      (await t.gql(PAGE, { filter, first: 100 })).data.suppliers.edges.map(
        (e: { node: { name: string } }) => e.node.name,
      );
    expect(await names({ region: 'NORTH' })).toEqual(['Plásticos Monterrey S.A. de C.V.']);
    expect(await names({ stateCode: 'MX-QUE' })).toEqual(['Fundiciones Querétaro']);
    expect(await names({ process: 'stamping' })).toEqual(['Troqueles del Bajío']);
    // Only the active IATF counts: expired, superseded (ISO/TS) and suspended ones do not.
    expect(await names({ certification: 'IATF-16949' })).toEqual(['Plásticos Monterrey S.A. de C.V.']);
    expect(await names({ certification: 'ISO-TS-16949' })).toEqual([]);
    expect(await names({ certification: 'ISO-14001', region: 'NORTH', process: 'injection-molding' })).toEqual([
      'Plásticos Monterrey S.A. de C.V.',
    ]);
  });

  it('rejects unknown codes in a filter, naming the argument', async () => {
    for (const [filter, field] of [
      [{ process: 'telepathy' }, 'filter.process'],
      [{ certification: 'ISO-0000' }, 'filter.certification'],
      [{ stateCode: 'MX-XXX' }, 'filter.stateCode'],
    ] as const) {
      const r = await t.gql(PAGE, { filter });
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0].message).toContain(field);
    }
    const region = await t.gql(PAGE, { filter: { region: 'MOON' } });
    expect(region.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(region.errors![0].message).toContain('region');
    const inline = await t.gql(`{ suppliers(filter: { region: MOON }) { totalCount } }`);
    expect(inline.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(inline.errors![0].message).toContain('region');
  });

  it('pages stably through equal names, ordered by name then id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResponse = await t.gql(PAGE, { filter: { process: 'machining' }, first: 3, after });
      expect(r.data.suppliers.totalCount).toBe(10);
      seen.push(...r.data.suppliers.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!r.data.suppliers.pageInfo.hasNextPage) break;
      after = r.data.suppliers.pageInfo.endCursor;
    }
    const expected = Array.from({ length: 10 }, (_, i) => ids[`same${i}`]).sort();
    expect(seen).toEqual(expected);
  });

  it('counts only when totalCount is asked for, once however many aliases ask', async () => {
    const q = `query($f: SupplierFilter) { suppliers(first: 2, filter: $f) { a: totalCount b: totalCount edges { node { id } } } }`;
    const both = await t.gql(q, { f: { process: 'machining' } });
    expect(both.errors).toBeUndefined();
    expect(both.data.suppliers.a).toBe(10);
    expect(both.data.suppliers.b).toBe(10);
    const noCount = await t.gql(`{ suppliers(first: 2, filter: { process: "machining" }) { edges { node { id } } } }`);
    expect(noCount.data.suppliers.edges).toHaveLength(2);
  });

  it('returns null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const none = await t.gql(`{ supplier(id: "6f1c2a7e-0000-4000-8000-000000000000") { id } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.supplier).toBeNull();
    const bad = await t.gql(`{ supplier(id: "123") { id } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('loads a page of 100 suppliers with nested lists in a constant number of SQL statements', async () => {
    for (let i = 0; i < 100; i++) {
      await insertSupplier(t.db, {
        name: `Bulk ${String(i).padStart(3, '0')}`,
        capabilities: [{ process: 'welding' }, { process: 'machining' }],
        certifications: [{ scheme: 'ISO-9001', expiresOn: daysFromToday(500) }],
      });
    }
    const count = async (first: number) => {
      const before = t.sqlCount();
      const r = await t.gql(PAGE, { filter: { process: 'welding' }, first });
      expect(r.errors).toBeUndefined();
      expect(r.data.suppliers.edges).toHaveLength(first);
      expect(r.data.suppliers.edges[0].node.capabilities).toHaveLength(2);
      return t.sqlCount() - before;
    };
    const small = await count(5);
    const large = await count(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4);
  });
});
