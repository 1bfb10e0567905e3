import { startTestApp, TestApp } from './support/test-app';
import { adminToken, tokenFor } from './support/accounts';
import { daysFromToday, insertSupplier } from './support/builders';

const SUPPLIER_FIELDS = `id name rfc tier city region version profileConfirmedAt updatedAt state { code } location { lat lng }
  capabilities { process materials notes } certifications { id scheme status expiresOn }`;

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateSupplierInput!) { updateSupplier(id: $id, expectedVersion: $v, input: $input) { ${SUPPLIER_FIELDS} } }`;
const CREATE = `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { ${SUPPLIER_FIELDS} } }`;
const ADD_CERT = `mutation($id: ID!, $input: CertificationInput!) { addCertification(supplierId: $id, input: $input) { id scheme status issuedOn expiresOn certificateNumber } }`;
const REMOVE_CERT = `mutation($id: ID!) { removeCertification(id: $id) }`;
const CONFIRM = `mutation($id: ID!) { confirmSupplierProfile(id: $id) { id version profileConfirmedAt } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) { supplierHistory(id: $id, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at action actorId actorEmail version changes { field oldValue newValue } } } } }`;

const VALID_CREATE = {
  name: 'Troqueles del Norte',
  rfc: 'tdn010203ab1',
  tier: 'TIER_2',
  stateCode: 'MX-NLE',
  city: 'Monterrey',
  location: { lat: 25.67, lng: -100.31 },
  capabilities: [{ process: 'stamping', materials: ['steel', 'aluminium'], notes: 'up to 800 t' }],
};

function code(r: { errors?: Array<{ extensions?: { code?: string } }> }): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

describe('supplier writes: ownership, optimistic locking, validation, audit', () => {
  let t: TestApp;
  let admin: string;
  let buyer: string;
  let analyst: string;
  let a: string; // supplier A
  let b: string; // supplier B
  let supA: string;
  let supB: string;

  /** Everything a refused write could have touched for one supplier (rows as JSON). */
  async function snapshot(id: string) {
    const [s] = await t.db.query(`SELECT to_jsonb(s) - 'geo' - 'search_name' AS row FROM suppliers s WHERE id = $1`, [
      id,
    ]);
    const caps = await t.db.query(
      `SELECT to_jsonb(c) AS row FROM supplier_capabilities c WHERE supplier_id = $1 ORDER BY process_code`,
      [id],
    );
    const certs = await t.db.query(
      `SELECT to_jsonb(c) AS row FROM certifications c WHERE supplier_id = $1 ORDER BY id`,
      [id],
    );
    const audit = await t.db.query(
      `SELECT to_jsonb(x) AS row FROM supplier_audit x WHERE supplier_id = $1 ORDER BY id`,
      [id],
    );
    const counts = await t.db.query(
      `SELECT (SELECT count(*) FROM suppliers)::int AS suppliers, (SELECT count(*) FROM certifications)::int AS certs, (SELECT count(*) FROM supplier_audit)::int AS audit`,
    );
    return { s: s?.row ?? null, caps, certs, audit, counts: counts[0] };
  }

  async function version(id: string): Promise<number> {
    const [r] = await t.db.query(`SELECT version FROM suppliers WHERE id = $1`, [id]);
    return r.version;
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = await insertSupplier(t.db, {
      name: 'Plásticos Alfa',
      capabilities: [{ process: 'injection-molding', materials: ['PP'] }],
    });
    b = await insertSupplier(t.db, {
      name: 'Forjas Beta',
      stateCode: 'MX-QUE',
      city: 'Querétaro',
      lat: 20.59,
      lng: -100.39,
    });
    await t.db.query(
      `UPDATE suppliers SET contact_email = 'ventas@alfa.example', contact_phone = '+52 477 123 4567', website = 'https://alfa.example' WHERE id = $1`,
      [a],
    );
    [admin, buyer, analyst, supA, supB] = await Promise.all([
      adminToken(t),
      tokenFor(t, 'OEM_BUYER'),
      tokenFor(t, 'INVESTMENT_ANALYST'),
      tokenFor(t, 'SUPPLIER', { supplierId: a }),
      tokenFor(t, 'SUPPLIER', { supplierId: b }),
    ]);
  });
  afterAll(() => t.close());

  describe('createSupplier', () => {
    it('lets an admin create a profile at version 1, RFC upper-cased, with an audit entry', async () => {
      const r = await t.gql(CREATE, { input: VALID_CREATE }, admin);
      expect(r.errors).toBeUndefined();
      const s = r.data.createSupplier;
      expect(s).toMatchObject({
        name: 'Troqueles del Norte',
        rfc: 'TDN010203AB1',
        tier: 'TIER_2',
        version: 1,
        region: 'NORTH',
        state: { code: 'MX-NLE' },
        profileConfirmedAt: null,
      });
      expect(s.capabilities).toEqual([
        { process: 'stamping', materials: ['steel', 'aluminium'], notes: 'up to 800 t' },
      ]);
      const audit = await t.db.query(
        `SELECT a.action, a.version, a.changes, u.email FROM supplier_audit a JOIN users u ON u.id = a.actor_user_id WHERE a.supplier_id = $1`,
        [s.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'CREATE', version: 1, email: t.config.adminEmail });
      expect(audit[0].changes.name).toEqual({ old: null, new: 'Troqueles del Norte' });
      expect(audit[0].changes.rfc).toEqual({ old: null, new: 'TDN010203AB1' });
    });

    it('refuses every other role (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), creating nothing', async () => {
      const before = await t.db.query(`SELECT count(*)::int AS n FROM suppliers`);
      for (const token of [supA, buyer, analyst]) {
        const r = await t.gql(CREATE, { input: { ...VALID_CREATE, rfc: null } }, token);
        expect(code(r)).toBe('FORBIDDEN');
      }
      expect(code(await t.gql(CREATE, { input: { ...VALID_CREATE, rfc: null } }))).toBe('UNAUTHENTICATED');
      expect(await t.db.query(`SELECT count(*)::int AS n FROM suppliers`)).toEqual(before);
    });

    it('refuses a duplicate RFC with CONFLICT and bad input with BAD_USER_INPUT naming the field', async () => {
      const before = await t.db.query(`SELECT count(*)::int AS n FROM suppliers`);
      const dup = await t.gql(CREATE, { input: { ...VALID_CREATE, rfc: 'TDN010203AB1', name: 'Otro' } }, admin);
      expect(code(dup)).toBe('CONFLICT');
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ name: '   ' }, 'input.name'],
        [{ location: { lat: 95, lng: -100 } }, 'input.location.lat'],
        [{ location: { lat: 25, lng: -200 } }, 'input.location.lng'],
        [{ location: { lat: 40.4, lng: -3.7 } }, 'input.location'],
        [{ stateCode: 'MX-XXX' }, 'input.stateCode'],
        [{ capabilities: [{ process: 'teleportation' }] }, 'input.capabilities[0].process'],
        [{ rfc: 'NOT-AN-RFC' }, 'input.rfc'],
        [{ city: '' }, 'input.city'],
      ];
      for (const [patch, field] of cases) {
        const r = await t.gql(CREATE, { input: { ...VALID_CREATE, rfc: null, ...patch } }, admin);
        expect({ field, code: code(r), ext: r.errors?.[0]?.extensions?.field }).toEqual({
          field,
          code: 'BAD_USER_INPUT',
          ext: field,
        });
        expect(r.errors![0].message).toContain(field);
      }
      expect(await t.db.query(`SELECT count(*)::int AS n FROM suppliers`)).toEqual(before);
    });
  });

  describe('updateSupplier', () => {
    it("lets the supplier's own account update it: version bumps, capabilities replaced, audit has old and new values", async () => {
      const v = await version(a);
      const r = await t.gql(
        UPDATE,
        {
          id: a,
          v,
          input: {
            name: 'Plásticos Alfa Industrial',
            capabilities: [{ process: 'stamping', materials: ['steel'] }, { process: 'painting-coating' }],
          },
        },
        supA,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.updateSupplier).toMatchObject({ name: 'Plásticos Alfa Industrial', version: v + 1 });
      expect(r.data.updateSupplier.capabilities.map((c: any) => c.process)).toEqual(['stamping', 'painting-coating']);
      const [audit] = await t.db.query(
        `SELECT action, version, changes, actor_email FROM supplier_audit WHERE supplier_id = $1 ORDER BY id DESC LIMIT 1`,
        [a],
      );
      expect(audit).toMatchObject({ action: 'UPDATE', version: v + 1 });
      expect(audit.changes.name).toEqual({ old: 'Plásticos Alfa', new: 'Plásticos Alfa Industrial' });
      expect(audit.changes.capabilities.old).toEqual([
        { process: 'injection-molding', materials: ['PP'], notes: null },
      ]);
      expect(audit.changes.capabilities.new.map((c: any) => c.process)).toEqual(['stamping', 'painting-coating']);
      expect(audit.changes.city).toBeUndefined();
    });

    it('lets an admin update any profile, including the RFC', async () => {
      const v = await version(b);
      const r = await t.gql(
        UPDATE,
        { id: b, v, input: { rfc: 'fbé&010101zz9'.replace('é', 'e'), tier: 'TIER_1' } },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.updateSupplier).toMatchObject({ rfc: 'FBE&010101ZZ9', tier: 'TIER_1', version: v + 1 });
      const n = await t.gql(UPDATE, { id: b, v: v + 1, input: { rfc: 'MUÑO800101AB1' } }, admin);
      expect(n.data.updateSupplier.rfc).toBe('MUÑO800101AB1');
    });

    it('refuses other suppliers, buyers and analysts with FORBIDDEN and anonymous callers with UNAUTHENTICATED; nothing changes', async () => {
      const before = await snapshot(a);
      const v = await version(a);
      for (const token of [supB, buyer, analyst]) {
        const r = await t.gql(UPDATE, { id: a, v, input: { name: 'Hijacked' } }, token);
        expect(code(r)).toBe('FORBIDDEN');
      }
      expect(code(await t.gql(UPDATE, { id: a, v, input: { name: 'Hijacked' } }))).toBe('UNAUTHENTICATED');
      expect(await snapshot(a)).toEqual(before);
    });

    it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
      const v = await version(a);
      const first = await t.gql(UPDATE, { id: a, v, input: { tier: 'TIER_3' } }, admin);
      expect(first.errors).toBeUndefined();
      const before = await snapshot(a);
      const r = await t.gql(UPDATE, { id: a, v, input: { name: 'Stale write' } }, supA);
      expect(code(r)).toBe('CONFLICT');
      expect(r.errors![0].extensions!.field).toBe('expectedVersion');
      expect(await snapshot(a)).toEqual(before);
    });

    it('five concurrent updates with the same version: exactly one wins, four get CONFLICT', async () => {
      const v = await version(a);
      const auditBefore = (
        await t.db.query(`SELECT count(*)::int AS n FROM supplier_audit WHERE supplier_id = $1`, [a])
      )[0].n;
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((i) => t.gql(UPDATE, { id: a, v, input: { city: `León ${i}` } }, i % 2 ? supA : admin)),
      );
      const ok = results.filter((r) => !r.errors);
      const conflicts = results.filter((r) => code(r) === 'CONFLICT');
      expect(ok).toHaveLength(1);
      expect(conflicts).toHaveLength(4);
      expect(await version(a)).toBe(v + 1);
      const [row] = await t.db.query(`SELECT city FROM suppliers WHERE id = $1`, [a]);
      expect(row.city).toBe(ok[0].data.updateSupplier.city);
      const auditAfter = (
        await t.db.query(`SELECT count(*)::int AS n FROM supplier_audit WHERE supplier_id = $1`, [a])
      )[0].n;
      expect(auditAfter).toBe(auditBefore + 1);
    });

    it('validates every field with BAD_USER_INPUT naming it, writing nothing', async () => {
      const v = await version(a);
      const before = await snapshot(a);
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ name: '' }, 'input.name'],
        [{ name: null }, 'input.name'],
        [{ location: { lat: -91, lng: -100 } }, 'input.location.lat'],
        [{ location: { lat: 20, lng: 181 } }, 'input.location.lng'],
        [{ location: { lat: 34.05, lng: -118.24 } }, 'input.location'],
        [{ stateCode: 'MX-ZZZ' }, 'input.stateCode'],
        [{ capabilities: [{ process: 'stamping' }, { process: 'alchemy' }] }, 'input.capabilities[1].process'],
        [{ capabilities: [{ process: 'nope' }] }, 'input.capabilities[0].process'],
        [{ rfc: 'ABC0102' }, 'input.rfc'],
        [{ rfc: 'ABC011301XY9' }, 'input.rfc'],
        [{ rfc: '1BC010203XY9' }, 'input.rfc'],
        [{ contactEmail: 'not-an-email' }, 'input.contactEmail'],
        [{ website: 'javascript:alert(1)' }, 'input.website'],
      ];
      for (const [input, field] of cases) {
        const r = await t.gql(UPDATE, { id: a, v, input }, supA);
        expect({ field, code: code(r), ext: r.errors?.[0]?.extensions?.field }).toEqual({
          field,
          code: 'BAD_USER_INPUT',
          ext: field,
        });
      }
      expect(await snapshot(a)).toEqual(before);
    });

    it('refuses a duplicate RFC with CONFLICT, writing nothing', async () => {
      const [{ rfc }] = await t.db.query(`SELECT rfc FROM suppliers WHERE id = $1`, [b]);
      const before = await snapshot(a);
      const r = await t.gql(UPDATE, { id: a, v: await version(a), input: { rfc: rfc.toLowerCase() } }, supA);
      expect(code(r)).toBe('CONFLICT');
      expect(await snapshot(a)).toEqual(before);
    });

    it('an update that changes nothing writes nothing (no new version, no audit entry) but still checks the version', async () => {
      const v = await version(a);
      const [{ name }] = await t.db.query(`SELECT name FROM suppliers WHERE id = $1`, [a]);
      const before = await snapshot(a);
      const same = await t.gql(UPDATE, { id: a, v, input: { name } }, supA);
      expect(same.errors).toBeUndefined();
      expect(same.data.updateSupplier.version).toBe(v);
      expect(await snapshot(a)).toEqual(before);
      expect(code(await t.gql(UPDATE, { id: a, v: v + 7, input: { name } }, supA))).toBe('CONFLICT');
    });

    it('NOT_FOUND for a missing supplier (admin), BAD_USER_INPUT for a malformed id', async () => {
      const missing = await t.gql(
        UPDATE,
        { id: '00000000-0000-4000-8000-000000000000', v: 1, input: { name: 'x' } },
        admin,
      );
      expect(code(missing)).toBe('NOT_FOUND');
      const bad = await t.gql(UPDATE, { id: 'nope', v: 1, input: { name: 'x' } }, admin);
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('certifications', () => {
    let certId: string;

    it('lets the owner add a certificate: version bumps, audit written, status derived', async () => {
      const v = await version(a);
      const r = await t.gql(
        ADD_CERT,
        {
          id: a,
          input: {
            scheme: 'IATF-16949',
            certificateNumber: 'IATF-123',
            issuer: 'TÜV',
            issuedOn: '2025-01-10',
            expiresOn: daysFromToday(30),
          },
        },
        supA,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.addCertification).toMatchObject({
        scheme: 'IATF-16949',
        status: 'EXPIRING_SOON',
        certificateNumber: 'IATF-123',
        issuedOn: '2025-01-10',
      });
      certId = r.data.addCertification.id;
      expect(await version(a)).toBe(v + 1);
      const [audit] = await t.db.query(
        `SELECT action, version, changes FROM supplier_audit WHERE supplier_id = $1 ORDER BY id DESC LIMIT 1`,
        [a],
      );
      expect(audit).toMatchObject({ action: 'ADD_CERTIFICATION', version: v + 1 });
      expect(audit.changes.certification.new).toMatchObject({ id: certId, scheme: 'IATF-16949' });
    });

    it('refuses non-owners, bad schemes and expiry before issue; nothing changes', async () => {
      const before = await snapshot(a);
      for (const token of [supB, buyer, analyst]) {
        expect(code(await t.gql(ADD_CERT, { id: a, input: { scheme: 'ISO-9001' } }, token))).toBe('FORBIDDEN');
      }
      expect(code(await t.gql(ADD_CERT, { id: a, input: { scheme: 'ISO-9001' } }))).toBe('UNAUTHENTICATED');
      const scheme = await t.gql(ADD_CERT, { id: a, input: { scheme: 'ISO-0000' } }, supA);
      expect(scheme.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scheme' });
      const dates = await t.gql(
        ADD_CERT,
        { id: a, input: { scheme: 'ISO-9001', issuedOn: '2026-05-01', expiresOn: '2026-04-30' } },
        supA,
      );
      expect(dates.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresOn' });
      const badDate = await t.gql(ADD_CERT, { id: a, input: { scheme: 'ISO-9001', expiresOn: '2026-02-30' } }, supA);
      expect(code(badDate)).toBe('BAD_USER_INPUT');
      expect(await snapshot(a)).toEqual(before);
      const missing = await t.gql(
        ADD_CERT,
        { id: '00000000-0000-4000-8000-000000000000', input: { scheme: 'ISO-9001' } },
        admin,
      );
      expect(code(missing)).toBe('NOT_FOUND');
    });

    it('lists lapsing certificates: all for admins, only its own for a supplier, refused for others', async () => {
      await t.gql(ADD_CERT, { id: b, input: { scheme: 'ISO-9001', expiresOn: daysFromToday(20) } }, supB);
      await t.gql(ADD_CERT, { id: b, input: { scheme: 'ISO-14001', expiresOn: daysFromToday(400) } }, supB);
      const Q = `query($d: Int!) { expiringCertifications(withinDays: $d) { totalCount edges { node { daysLeft certification { id scheme expiresOn } supplier { id name } } } } }`;
      const all = await t.gql(Q, { d: 60 }, admin);
      expect(all.errors).toBeUndefined();
      const nodes = all.data.expiringCertifications.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => [n.supplier.id, n.certification.scheme, n.daysLeft])).toEqual([
        [b, 'ISO-9001', 20],
        [a, 'IATF-16949', 30],
      ]);
      const own = await t.gql(Q, { d: 60 }, supA);
      expect(own.data.expiringCertifications.edges.map((e: any) => e.node.supplier.id)).toEqual([a]);
      expect(code(await t.gql(Q, { d: 60 }, buyer))).toBe('FORBIDDEN');
      expect(code(await t.gql(Q, { d: -1 }, admin))).toBe('BAD_USER_INPUT');
    });

    it('removeCertification: non-owners FORBIDDEN with nothing changed; owner removes it with an audit entry', async () => {
      const before = await snapshot(a);
      for (const token of [supB, buyer, analyst])
        expect(code(await t.gql(REMOVE_CERT, { id: certId }, token))).toBe('FORBIDDEN');
      expect(await snapshot(a)).toEqual(before);
      const v = await version(a);
      const r = await t.gql(REMOVE_CERT, { id: certId }, supA);
      expect(r.errors).toBeUndefined();
      expect(r.data.removeCertification).toBe(true);
      expect(await version(a)).toBe(v + 1);
      expect(await t.db.query(`SELECT 1 FROM certifications WHERE id = $1`, [certId])).toHaveLength(0);
      const [audit] = await t.db.query(
        `SELECT action, changes FROM supplier_audit WHERE supplier_id = $1 ORDER BY id DESC LIMIT 1`,
        [a],
      );
      expect(audit.action).toBe('REMOVE_CERTIFICATION');
      expect(audit.changes.certification).toMatchObject({ old: { id: certId, scheme: 'IATF-16949' }, new: null });
      expect(code(await t.gql(REMOVE_CERT, { id: certId }, admin))).toBe('NOT_FOUND');
    });
  });

  describe('confirmSupplierProfile, history and freshness', () => {
    it('confirms: sets profileConfirmedAt and bumps the version; others are refused', async () => {
      const before = await snapshot(b);
      for (const token of [supA, buyer, analyst])
        expect(code(await t.gql(CONFIRM, { id: b }, token))).toBe('FORBIDDEN');
      expect(await snapshot(b)).toEqual(before);
      const v = await version(b);
      const r = await t.gql(CONFIRM, { id: b }, supB);
      expect(r.errors).toBeUndefined();
      expect(r.data.confirmSupplierProfile.version).toBe(v + 1);
      expect(Date.now() - Date.parse(r.data.confirmSupplierProfile.profileConfirmedAt)).toBeLessThan(60_000);
      const [audit] = await t.db.query(
        `SELECT action, changes FROM supplier_audit WHERE supplier_id = $1 ORDER BY id DESC LIMIT 1`,
        [b],
      );
      expect(audit.action).toBe('CONFIRM_PROFILE');
      expect(audit.changes.profileConfirmedAt.old).toBeNull();
    });

    it('shows the history to admins and to that supplier, newest first, paged; refuses others', async () => {
      const mine = await t.gql(HISTORY, { id: a, first: 2 }, supA);
      expect(mine.errors).toBeUndefined();
      const h = mine.data.supplierHistory;
      expect(h.totalCount).toBeGreaterThanOrEqual(4);
      expect(h.edges.map((e: any) => e.node.action)).toEqual(['REMOVE_CERTIFICATION', 'ADD_CERTIFICATION']);
      const next = await t.gql(HISTORY, { id: a, first: 100, after: h.pageInfo.endCursor }, admin);
      const actions = next.data.supplierHistory.edges.map((e: any) => e.node);
      expect(actions.length).toBe(h.totalCount - 2);
      const rename = actions.find((n: any) => n.changes.some((c: any) => c.field === 'name'));
      expect(rename.changes.find((c: any) => c.field === 'name')).toEqual({
        field: 'name',
        oldValue: '"Plásticos Alfa"',
        newValue: '"Plásticos Alfa Industrial"',
      });
      expect(rename.actorEmail).toMatch(/^supplier-/);
      for (const token of [supB, buyer, analyst])
        expect(code(await t.gql(HISTORY, { id: a }, token))).toBe('FORBIDDEN');
      expect(code(await t.gql(HISTORY, { id: a }))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(HISTORY, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    });

    it('lists stale profiles for admins: never-confirmed first, recently confirmed excluded', async () => {
      const old = await insertSupplier(t.db, {
        name: 'Confirmado Hace Tiempo',
        profileConfirmedAt: new Date(Date.now() - 400 * 86400_000),
      });
      const Q = `query($d: Int!, $first: Int, $after: String) { staleSupplierProfiles(days: $d, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id profileConfirmedAt } } } }`;
      const seen: any[] = [];
      let after: string | null = null;
      for (;;) {
        const r: any = await t.gql(Q, { d: 180, first: 2, after }, admin);
        expect(r.errors).toBeUndefined();
        seen.push(...r.data.staleSupplierProfiles.edges.map((e: any) => e.node));
        if (!r.data.staleSupplierProfiles.pageInfo.hasNextPage) break;
        after = r.data.staleSupplierProfiles.pageInfo.endCursor;
      }
      const ids = seen.map((n) => n.id);
      expect(ids).not.toContain(b); // confirmed just now
      expect(ids).toContain(a);
      expect(ids[ids.length - 1]).toBe(old); // never-confirmed ones come first
      expect(seen.slice(0, -1).every((n) => n.profileConfirmedAt === null)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(code(await t.gql(Q, { d: 180 }, buyer))).toBe('FORBIDDEN');
      expect(code(await t.gql(Q, { d: 180 }, supA))).toBe('FORBIDDEN');
    });
  });

  describe('contact details', () => {
    const Q = `query($id: ID!) { supplier(id: $id) { id contactEmail contactPhone website } }`;
    it('are null for anonymous callers and other suppliers, visible to buyers, analysts, admins and the owner', async () => {
      const anon = await t.gql(Q, { id: a });
      expect(anon.errors).toBeUndefined();
      expect(anon.data.supplier).toEqual({ id: a, contactEmail: null, contactPhone: null, website: null });
      expect((await t.gql(Q, { id: a }, supB)).data.supplier.contactEmail).toBeNull();
      for (const token of [buyer, analyst, admin, supA]) {
        const r = await t.gql(Q, { id: a }, token);
        expect(r.data.supplier).toEqual({
          id: a,
          contactEmail: 'ventas@alfa.example',
          contactPhone: '+52 477 123 4567',
          website: 'https://alfa.example',
        });
      }
      const list = await t.gql(`{ suppliers(first: 100) { edges { node { id contactEmail } } } }`);
      expect(list.data.suppliers.edges.every((e: any) => e.node.contactEmail === null)).toBe(true);
    });
  });
});
