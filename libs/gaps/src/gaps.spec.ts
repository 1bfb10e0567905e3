import { DomainError, Region } from '@enlace/core';
import { certificationCost, requireRegion, resolveRadius } from './gaps.service';

describe('gaps argument checks', () => {
  it('radius: default 250, > 0 required, naming the field', () => {
    expect(resolveRadius(undefined, 'input.radiusKm')).toBe(250);
    expect(resolveRadius(null, 'input.radiusKm')).toBe(250);
    expect(resolveRadius(12.5, 'input.radiusKm')).toBe(12.5);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      try {
        resolveRadius(bad, 'input.radiusKm');
        fail('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
        expect((e as DomainError).message).toContain('input.radiusKm');
      }
    }
  });

  it('region must be one of the contract regions', () => {
    expect(requireRegion('WEST', 'region')).toBe(Region.WEST);
    expect(() => requireRegion('bajio', 'region')).toThrow(DomainError);
  });

  it('certification cost: IATF from scratch or over ISO 9001, plus the CQI when lacking; 50% co-funded', () => {
    expect(certificationCost(false, true)).toEqual({ total: 34000, coFunded: 17000, own: 17000 });
    expect(certificationCost(true, false)).toEqual({ total: 18000, coFunded: 9000, own: 9000 });
    expect(certificationCost(false, false).total).toBe(30000);
  });
});
