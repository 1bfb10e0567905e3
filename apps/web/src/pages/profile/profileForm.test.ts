import { describe, expect, it } from 'vitest';
import type { MyProfileFragment } from '../../generated/graphql';
import {
  byExpiry,
  certificateProblems,
  changedFields,
  daysBetween,
  draftOf,
  EMPTY_CERTIFICATE,
  fieldText,
  rebaseDraft,
  inputOf,
  isStale,
} from './profileForm';

const supplier = {
  id: 's1',
  version: 3,
  name: 'Autopartes Demo',
  tier: 'TIER_2',
  city: 'León',
  region: 'BAJIO',
  state: { code: 'MX-GUA', name: 'Guanajuato' },
  location: { lat: 21.1221, lng: -101.686 },
  contactEmail: null,
  contactPhone: '477 000 0000',
  website: null,
  capabilities: [{ process: 'injection-molding', materials: ['PP', 'ABS'], notes: null }],
  certifications: [],
  profileConfirmedAt: null,
  updatedAt: '2026-12-01T00:00:00Z',
} as unknown as MyProfileFragment;

describe('the profile draft', () => {
  it('sends the whole draft, clearing empty optional fields', () => {
    const d = { ...draftOf(supplier), tier: '' as const, website: ' ' };
    d.capabilities = [{ process: 'stamping', materials: 'steel, , aluminium ', notes: '' }];
    expect(inputOf(d)).toEqual({
      name: 'Autopartes Demo',
      tier: null,
      city: 'León',
      stateCode: 'MX-GUA',
      location: { lat: 21.1221, lng: -101.686 },
      contactEmail: null,
      contactPhone: '477 000 0000',
      website: null,
      capabilities: [{ process: 'stamping', materials: ['steel', 'aluminium'], notes: null }],
    });
  });

  it('lists the fields that differ, as the user reads them', () => {
    const mine = { ...draftOf(supplier), name: 'Autopartes Demo SA', city: 'León ' };
    const theirs = { ...draftOf(supplier), lat: 21.2 };
    expect(changedFields(theirs, mine)).toEqual(['name', 'location']);
    expect(fieldText(draftOf(supplier), 'capabilities', (c) => c.toUpperCase())).toBe('INJECTION-MOLDING: PP, ABS');
  });

  it("keeps the user's changes on top of someone else's save", () => {
    const loaded = draftOf(supplier);
    const mine = { ...loaded, name: 'Mine' };
    const theirs = { ...loaded, name: 'Theirs', contactPhone: '55 1234 5678' };
    expect(rebaseDraft(loaded, mine, theirs)).toEqual({ ...theirs, name: 'Mine' });
  });
});

describe('certificates', () => {
  it('needs a scheme and an expiry after the issue date', () => {
    expect(certificateProblems(EMPTY_CERTIFICATE)).toEqual({ scheme: 'profile.cert.schemeRequired' });
    const c = { ...EMPTY_CERTIFICATE, scheme: 'ISO-9001', issuedOn: '2026-05-01', expiresOn: '2026-05-01' };
    expect(certificateProblems(c)).toEqual({ expiresOn: 'profile.cert.expiryBeforeIssue' });
    expect(certificateProblems({ ...c, expiresOn: '2029-05-01' })).toEqual({});
  });

  it('puts the soonest expiry first and those without one last', () => {
    const sorted = byExpiry([
      { scheme: 'ISO-9001', expiresOn: null },
      { scheme: 'IATF-16949', expiresOn: '2027-01-01' },
      { scheme: 'CQI-9', expiresOn: '2026-12-20' },
    ]);
    expect(sorted.map((c) => c.scheme)).toEqual(['CQI-9', 'IATF-16949', 'ISO-9001']);
    expect(daysBetween('2026-12-02', '2026-12-20')).toBe(18);
  });

  it('calls a profile stale when never confirmed or confirmed over 180 days ago', () => {
    expect(isStale(null, '2026-12-02')).toBe(true);
    expect(isStale('2026-06-05T10:00:00Z', '2026-12-02')).toBe(false);
    expect(isStale('2026-06-04T10:00:00Z', '2026-12-02')).toBe(true);
  });
});
