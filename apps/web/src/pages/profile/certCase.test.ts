import { describe, expect, it } from 'vitest';
import { entersTop, plantsEnteringTop, schemesToOffer, sortImpact, type ImpactRow } from './certCase';

const row = (id: string, rankNow: number | null, rankWith: number | null, distanceKm: number) =>
  ({ plant: { id }, process: 'stamping', rankNow, rankWith, distanceKm }) as unknown as ImpactRow;

describe('the certification case', () => {
  it('offers the schemes the supplier lacks, IATF 16949 first, never superseded ones', () => {
    const schemes = [
      { code: 'ISO-9001' },
      { code: 'IATF-16949' },
      { code: 'ISO-TS-16949', supersededBy: 'IATF-16949' },
      { code: 'CQI-23', processCode: 'injection-molding' },
      { code: 'CQI-9', processCode: 'heat-treatment' },
      { code: 'ISO-14001' },
    ];
    const held = [
      { scheme: 'ISO-9001', status: 'ACTIVE' },
      { scheme: 'ISO-14001', status: 'EXPIRED' },
    ];
    expect(schemesToOffer(schemes, held, ['injection-molding'])).toEqual(['IATF-16949', 'CQI-23', 'ISO-14001']);
  });

  it('finds the plants where the supplier would enter the top 20', () => {
    expect(entersTop(row('a', null, 3, 10))).toBe(true);
    expect(entersTop(row('a', 25, 20, 10))).toBe(true);
    expect(entersTop(row('a', 5, 2, 10))).toBe(false);
    expect(entersTop(row('a', null, 21, 10))).toBe(false);
    expect([...plantsEnteringTop([row('a', null, 3, 1), row('a', 4, 2, 1), row('b', 30, 25, 1)])]).toEqual(['a']);
  });

  it('sorts entries into the top 20 first, then by the place with the certificate, then distance', () => {
    const rows = [
      row('far', null, null, 50),
      row('kept', 2, 1, 80),
      row('new', null, 9, 200),
      row('near', null, null, 5),
    ];
    expect(sortImpact(rows).map((r) => r.plant.id)).toEqual(['new', 'kept', 'near', 'far']);
  });
});
