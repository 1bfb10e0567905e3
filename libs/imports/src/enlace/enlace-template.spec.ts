import { canonicalTimestamp } from '../candidate';
import { escapeItem, splitEscaped, unescapeItem } from './list-codec';
import {
  enlaceRow,
  formatCapabilities,
  formatCertifications,
  checkEnlaceHeader,
  ENLACE_COLUMNS,
} from './enlace-template';

describe('enlace template', () => {
  const ctx = {
    states: new Set(['MX-NLE']),
    statesByInegi: new Map([['19', 'MX-NLE']]),
    processes: new Set(['stamping', 'machining']),
    schemes: new Set(['IATF-16949', 'ISO-9001']),
  };
  const header = checkEnlaceHeader([...ENLACE_COLUMNS]);

  it('escapes list separators inside values', () => {
    const v = 'a;b:c|d\\e';
    expect(unescapeItem(escapeItem(v))).toBe(v);
    expect(splitEscaped(`${escapeItem('x;y')};z`, ';').map(unescapeItem)).toEqual(['x;y', 'z']);
  });

  it('round-trips capabilities and certifications through the text form', () => {
    const caps = [
      { process: 'stamping', materials: ['acero; HSLA', 'aluminio|5052'], notes: 'prensas: 400 t' },
      { process: 'machining', materials: [], notes: null },
    ];
    const certs = [
      {
        scheme: 'IATF-16949',
        certificateNumber: 'N:1',
        issuer: 'TÜV',
        issuedOn: '2024-01-01',
        expiresOn: '2027-01-01',
        recordedStatus: null,
      },
      {
        scheme: 'ISO-9001',
        certificateNumber: null,
        issuer: null,
        issuedOn: null,
        expiresOn: null,
        recordedStatus: 'SUSPENDED' as const,
      },
    ];
    const row = ENLACE_COLUMNS.map(
      (c) =>
        (
          ({
            source: 'x',
            source_id: '1',
            name: 'Troqueles',
            state_code: 'MX-NLE',
            city: 'Monterrey',
            lat: '25.6',
            lng: '-100.3',
            capabilities: formatCapabilities(caps),
            certifications: formatCertifications(certs),
          }) as Record<string, string>
        )[c] ?? '',
    );
    const out = enlaceRow(2, row, header, ctx);
    expect(out.kind).toBe('candidate');
    if (out.kind !== 'candidate') return;
    expect(out.candidate.capabilities).toEqual(caps);
    expect(out.candidate.certifications).toEqual(certs);
  });

  it('normalises timestamps to microseconds UTC', () => {
    expect(canonicalTimestamp('2024-07-17T00:55:35Z')).toBe('2024-07-17T00:55:35.000000Z');
    expect(canonicalTimestamp('2024-07-17T00:55:35.123456-06:00')).toBe('2024-07-17T06:55:35.123456Z');
    expect(canonicalTimestamp('2024-02-30')).toBeNull();
  });

  describe("applies the API's supplier rules", () => {
    const valid: Record<string, string> = {
      source: 'x',
      source_id: '1',
      name: 'Troqueles',
      state_code: 'MX-NLE',
      city: 'Monterrey',
      lat: '25.6',
      lng: '-100.3',
    };
    const row = (cells: Record<string, string>) =>
      enlaceRow(
        2,
        ENLACE_COLUMNS.map((c) => ({ ...valid, ...cells })[c] ?? ''),
        header,
        ctx,
      );

    it('refuses an RFC with month 19, naming the rfc column', () => {
      expect(row({ rfc: 'ABC019901XY9' })).toEqual({
        kind: 'error',
        line: 2,
        field: 'rfc',
        message:
          '"ABC019901XY9" is not a valid RFC (3-4 letters, a YYMMDD date, 3 letters or digits, e.g. "ABC010203XY9")',
      });
    });

    it("refuses a point just outside the API's box of Mexico, naming the coordinate's column", () => {
      expect(row({ lat: '20.5', lng: '-86.55' })).toEqual({
        kind: 'error',
        line: 2,
        field: 'lng',
        message: '(20.5, -86.55) lies outside Mexico (latitude 14.3..32.8, longitude -118.6..-86.6)',
      });
      expect(row({ lat: '32.5', lng: '-118.55' }).kind).toBe('candidate');
      expect(row({ lat: 'north', lng: '-100' })).toMatchObject({
        field: 'lat',
        message: '"north" is not a decimal number',
      });
    });

    it('normalises and checks tier, e-mail, phone, capabilities and certificates', () => {
      const ok = row({ tier: '2', contact_email: 'Ventas@Troqueles.MX', capabilities: 'stamping:acero|acero| ' });
      expect(ok).toMatchObject({
        kind: 'candidate',
        candidate: {
          tier: 'TIER_2',
          contactEmail: 'ventas@troqueles.mx',
          capabilities: [{ process: 'stamping', materials: ['acero'], notes: null }],
        },
      });
      expect(row({ tier: 'gold' })).toMatchObject({ field: 'tier', message: '"gold" is not TIER_1, TIER_2 or TIER_3' });
      expect(row({ contact_phone: 'llamar' })).toMatchObject({ field: 'contact_phone' });
      expect(row({ capabilities: `stamping:${'m'.repeat(101)}` })).toMatchObject({
        field: 'capabilities',
        message: 'stamping.materials[0]: must be at most 100 characters',
      });
      expect(row({ capabilities: 'stamping;machining;stamping' })).toMatchObject({
        field: 'capabilities',
        message: '"stamping" is listed twice',
      });
      expect(row({ certifications: 'IATF-16949:N1:TÜV:2025-01-01:2024-01-01' })).toMatchObject({
        field: 'certifications',
        message: 'IATF-16949.expiresOn: (2024-01-01) must not precede issuedOn (2025-01-01)',
      });
      expect(row({ certifications: 'IATF-16949:N1:TÜV:2025-13-01' })).toMatchObject({
        field: 'certifications',
        message: 'IATF-16949.issuedOn: "2025-13-01" is not a YYYY-MM-DD date',
      });
    });
  });
});
