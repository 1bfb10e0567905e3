import { SupplierAuditAction } from '@enlace/suppliers';
import { BatchReads, ExistingSupplier, planBatch } from './batch-plan';
import { CandidateCapability, CandidateCertification, SupplierCandidate } from './candidate';

const ACTOR = { userId: 'u-1', email: 'admin@example.test' };
const OLD_ID = '00000000-0000-4000-8000-000000000001';
const OTHER_ID = '00000000-0000-4000-8000-000000000002';

function candidate(over: Partial<SupplierCandidate> = {}): SupplierCandidate {
  return {
    line: 2,
    mode: 'enlace',
    id: null,
    source: 'denue',
    sourceId: '101',
    name: 'Forjas del Norte',
    rfc: null,
    tier: 'TIER_2',
    stateCode: 'MX-NLE',
    city: 'Monterrey',
    lat: 25.6,
    lng: -100.3,
    employees: '51 a 100 personas',
    contactEmail: 'ventas@forjas.example',
    contactPhone: '8180000000',
    website: null,
    profileConfirmedAt: null,
    capabilities: [{ process: 'forging', materials: ['steel'], notes: null }],
    certifications: [],
    ...over,
  };
}

/** The stored profile `candidate()` would leave (same fields), at version 3. */
function existing(over: Partial<ExistingSupplier> = {}): ExistingSupplier {
  return {
    id: OLD_ID,
    name: 'Forjas del Norte',
    rfc: null,
    tier: 'TIER_2',
    stateCode: 'MX-NLE',
    city: 'Monterrey',
    lat: 25.6,
    lng: -100.3,
    employees: '51 a 100 personas',
    contactEmail: 'ventas@forjas.example',
    contactPhone: '8180000000',
    website: null,
    profileConfirmedAt: null,
    version: 3,
    ...over,
  };
}

function reads(over: Partial<BatchReads> = {}): BatchReads {
  return {
    matches: [],
    existing: new Map(),
    capabilities: new Map(),
    certifications: new Map(),
    rfcOwners: new Map(),
    ...over,
  };
}

/** Reads for a batch whose rows all match the one stored supplier `old`. */
function matched(
  n: number,
  old: ExistingSupplier,
  caps: CandidateCapability[] = [{ process: 'forging', materials: ['steel'], notes: null }],
  certs: CandidateCertification[] = [],
): BatchReads {
  return reads({
    matches: Array.from({ length: n }, () => old.id),
    existing: new Map([[old.id, old]]),
    capabilities: new Map([[old.id, caps]]),
    certifications: new Map([[old.id, certs]]),
  });
}

const IATF: CandidateCertification = {
  scheme: 'IATF-16949',
  certificateNumber: 'C-1',
  issuer: 'TÜV',
  issuedOn: '2024-01-01',
  expiresOn: '2027-01-01',
  recordedStatus: null,
};

describe('planBatch', () => {
  it('creates a supplier that matches nothing, with its capabilities, certificates and an IMPORT_CREATE entry', () => {
    const c = candidate({ certifications: [IATF] });
    const plan = planBatch([c], reads({ matches: [null] }), ['new-1'], ACTOR);
    expect(plan.outcomes).toEqual([{ line: 2, kind: 'created', id: 'new-1' }]);
    expect(plan.created).toEqual([{ line: 2, name: 'Forjas del Norte', lat: 25.6, lng: -100.3 }]);
    expect(plan.write.creates).toEqual([
      expect.objectContaining({ id: 'new-1', name: 'Forjas del Norte', source: 'denue', sourceId: '101' }),
    ]);
    expect(plan.write.capabilities).toEqual([
      { supplierId: 'new-1', process: 'forging', materials: ['steel'], notes: null, position: 0 },
    ]);
    expect(plan.write.certifications).toEqual([{ supplierId: 'new-1', ...IATF }]);
    expect(plan.write.audit).toEqual([
      {
        supplierId: 'new-1',
        actor: ACTOR,
        action: SupplierAuditAction.IMPORT_CREATE,
        version: 1,
        changes: { source: { old: null, new: 'denue' }, line: { old: null, new: 2 } },
      },
    ]);
    expect(plan.write.updates).toEqual([]);
  });

  it('leaves an equal profile unchanged: no write, no audit entry', () => {
    const plan = planBatch([candidate()], matched(1, existing()), ['unused'], ACTOR);
    expect(plan.outcomes).toEqual([{ line: 2, kind: 'unchanged', id: OLD_ID }]);
    expect(plan.write).toEqual({
      creates: [],
      updates: [],
      replaceCapabilitiesOf: [],
      replaceCertificationsOf: [],
      capabilities: [],
      certifications: [],
      audit: [],
    });
    expect(plan.created).toEqual([]);
  });

  it('updates a changed template profile (version + 1), recording the changed fields as the API names them', () => {
    const c = candidate({ name: 'Forjas del Norte SA', lat: 25.61, website: 'https://forjas.example' });
    const plan = planBatch([c], matched(1, existing()), ['unused'], ACTOR);
    expect(plan.outcomes).toEqual([{ line: 2, kind: 'updated', id: OLD_ID }]);
    expect(plan.write.updates).toEqual([
      expect.objectContaining({
        id: OLD_ID,
        name: 'Forjas del Norte SA',
        lat: 25.61,
        website: 'https://forjas.example',
      }),
    ]);
    expect(plan.write.audit).toEqual([
      {
        supplierId: OLD_ID,
        actor: ACTOR,
        action: SupplierAuditAction.IMPORT_UPDATE,
        version: 4,
        changes: {
          name: { old: 'Forjas del Norte', new: 'Forjas del Norte SA' },
          website: { old: null, new: 'https://forjas.example' },
          location: { old: { lat: 25.6, lng: -100.3 }, new: { lat: 25.61, lng: -100.3 } },
        },
      },
    ]);
    expect(plan.write.capabilities).toEqual([]);
    expect(plan.write.replaceCapabilitiesOf).toEqual([]);
  });

  it('a template row replaces changed capabilities and certificates (compared as a set)', () => {
    const old = existing();
    const caps = [{ process: 'forging', materials: ['steel'], notes: null }];
    const sameCertsOtherOrder = planBatch(
      [candidate({ certifications: [IATF, { ...IATF, scheme: 'ISO-9001' }] })],
      matched(1, old, caps, [{ ...IATF, scheme: 'ISO-9001' }, IATF]),
      ['unused'],
      ACTOR,
    );
    expect(sameCertsOtherOrder.outcomes[0].kind).toBe('unchanged');

    const next = [
      { process: 'machining', materials: ['aluminium'], notes: 'CNC' },
      { process: 'forging', materials: ['steel'], notes: null },
    ];
    const plan = planBatch(
      [candidate({ capabilities: next, certifications: [IATF] })],
      matched(1, old, caps),
      ['x'],
      ACTOR,
    );
    expect(plan.outcomes[0].kind).toBe('updated');
    expect(plan.write.replaceCapabilitiesOf).toEqual([OLD_ID]);
    expect(plan.write.capabilities).toEqual([
      { supplierId: OLD_ID, process: 'machining', materials: ['aluminium'], notes: 'CNC', position: 0 },
      { supplierId: OLD_ID, process: 'forging', materials: ['steel'], notes: null, position: 1 },
    ]);
    expect(plan.write.replaceCertificationsOf).toEqual([OLD_ID]);
    expect(plan.write.certifications).toEqual([{ supplierId: OLD_ID, ...IATF }]);
    expect(plan.write.audit[0].changes).toEqual({
      capabilities: { old: caps, new: next },
      certifications: { old: [], new: [IATF] },
    });
  });

  it('a DENUE row keeps RFC, tier, confirmation and every field it leaves empty, and only adds capabilities', () => {
    const old = existing({
      rfc: 'FNO010203AB1',
      tier: 'TIER_1',
      profileConfirmedAt: '2025-01-01T00:00:00.000000Z',
      contactEmail: 'kept@forjas.example',
      website: 'https://kept.example',
    });
    const c = candidate({
      mode: 'denue',
      rfc: null,
      tier: null,
      contactEmail: null,
      website: null,
      employees: '101 a 250 personas',
      capabilities: [
        { process: 'forging', materials: [], notes: null },
        { process: 'stamping', materials: [], notes: null },
      ],
    });
    const plan = planBatch([c], matched(1, old), ['unused'], ACTOR);
    expect(plan.outcomes[0].kind).toBe('updated');
    expect(plan.write.updates).toEqual([
      expect.objectContaining({
        rfc: 'FNO010203AB1',
        tier: 'TIER_1',
        profileConfirmedAt: '2025-01-01T00:00:00.000000Z',
        contactEmail: 'kept@forjas.example',
        website: 'https://kept.example',
        employees: '101 a 250 personas',
      }),
    ]);
    // forging is kept as stored (its materials are not DENUE's to clear); stamping is appended
    expect(plan.write.replaceCapabilitiesOf).toEqual([]);
    expect(plan.write.capabilities).toEqual([
      { supplierId: OLD_ID, process: 'stamping', materials: [], notes: null, position: 1 },
    ]);
    expect(Object.keys(plan.write.audit[0].changes).sort()).toEqual(['capabilities', 'employees']);
    expect(plan.write.audit[0].changes.capabilities.new).toEqual([
      { process: 'forging', materials: ['steel'], notes: null },
      { process: 'stamping', materials: [], notes: null },
    ]);

    const nothingNew = planBatch([{ ...c, employees: old.employees, capabilities: [] }], matched(1, old), ['u'], ACTOR);
    expect(nothingNew.outcomes[0].kind).toBe('unchanged');
  });

  it('refuses a row matching the same supplier as an earlier row of the batch', () => {
    const rows = [candidate({ line: 2, name: 'A' }), candidate({ line: 3, name: 'B' })];
    const plan = planBatch(rows, matched(2, existing()), ['u1', 'u2'], ACTOR);
    expect(plan.outcomes).toEqual([
      { line: 2, kind: 'updated', id: OLD_ID },
      { line: 3, kind: 'error', field: 'source_id', message: 'matches the same supplier as line 2' },
    ]);
    expect(plan.write.updates).toHaveLength(1);
    const byId = planBatch(
      [candidate({ source: null, sourceId: null, id: OLD_ID }), candidate({ line: 3, source: null, id: OLD_ID })],
      matched(2, existing()),
      ['u1', 'u2'],
      ACTOR,
    );
    expect(byId.outcomes[1]).toMatchObject({ kind: 'error', field: 'id' });
  });

  it('refuses a row whose RFC belongs to another supplier (a possible duplicate) or to an earlier row', () => {
    const rows = [
      candidate({ line: 2, sourceId: '1', rfc: 'OTR010203AB1' }),
      candidate({ line: 3, sourceId: '2', rfc: 'NEW010203AB1' }),
      candidate({ line: 4, sourceId: '3', rfc: 'NEW010203AB1' }),
    ];
    const plan = planBatch(
      rows,
      reads({ matches: [null, null, null], rfcOwners: new Map([['OTR010203AB1', { id: OTHER_ID, name: 'Otro' }]]) }),
      ['n1', 'n2', 'n3'],
      ACTOR,
    );
    expect(plan.outcomes).toEqual([
      {
        line: 2,
        kind: 'error',
        field: 'rfc',
        message: `RFC OTR010203AB1 already belongs to supplier ${OTHER_ID} ("Otro"); listed under possibleDuplicates for review`,
      },
      { line: 3, kind: 'created', id: 'n2' },
      { line: 4, kind: 'error', field: 'rfc', message: 'RFC NEW010203AB1 is also used on line 3' },
    ]);
    expect(plan.duplicates).toEqual([
      {
        line: 2,
        name: 'Forjas del Norte',
        existingId: OTHER_ID,
        existingName: 'Otro',
        reason: 'same RFC OTR010203AB1',
      },
    ]);
    expect(plan.write.creates.map((s) => s.id)).toEqual(['n2']);
    expect(plan.created.map((s) => s.line)).toEqual([3]);
  });

  it('keeps an RFC on the supplier that already holds it', () => {
    const old = existing({ rfc: 'FNO010203AB1' });
    const r = { ...matched(1, old), rfcOwners: new Map([['FNO010203AB1', { id: OLD_ID, name: old.name }]]) };
    const plan = planBatch([candidate({ rfc: 'FNO010203AB1' })], r, ['u'], ACTOR);
    expect(plan.outcomes).toEqual([{ line: 2, kind: 'unchanged', id: OLD_ID }]);
    expect(plan.duplicates).toEqual([]);
  });

  it('writes one capability row per supplier and process, the first listed winning', () => {
    const c = candidate({
      mode: 'denue',
      capabilities: [
        { process: 'forging', materials: [], notes: null },
        { process: 'forging', materials: [], notes: 'again' },
      ],
    });
    const plan = planBatch([c], reads({ matches: [null] }), ['n1'], ACTOR);
    expect(plan.write.capabilities).toEqual([
      { supplierId: 'n1', process: 'forging', materials: [], notes: null, position: 0 },
    ]);
  });
});
