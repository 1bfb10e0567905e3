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
});
