import { checkLocation } from '@enlace/core';
import { checkCity, checkRfc, checkSupplierName } from '../rules/supplier-rules';
import { loadGeneratorData } from './synthetic-data';
import { seedContext, syntheticSupplier } from './synthetic-supplier';

describe('synthetic suppliers', () => {
  const data = loadGeneratorData();
  const gen = (seed: string, n: number) => {
    const ctx = seedContext(seed, data);
    return Array.from({ length: n }, (_, i) => syntheticSupplier(ctx, data, i, '2026-01-15'));
  };

  it('is deterministic per seed and differs between seeds', () => {
    expect(gen('s1', 200)).toEqual(gen('s1', 200));
    expect(gen('s2', 50).map((s) => s.name)).not.toEqual(gen('s1', 50).map((s) => s.name));
  });

  it('has unique names and RFCs within a seed, valid RFCs and a realistic certificate mix', () => {
    const all = gen('mix', 20000);
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
    const rfcs = all.map((s) => s.rfc).filter((r): r is string => !!r);
    expect(new Set(rfcs).size).toBe(rfcs.length);
    rfcs.forEach((r) => expect(r).toMatch(/^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$/));
    // ...and valid by the rule createSupplier and the import apply (a real month and day)
    expect(rfcs.filter((r) => !checkRfc(r).ok)).toEqual([]);
    const share = (f: (s: (typeof all)[number]) => boolean) => all.filter(f).length / all.length;
    expect(share((s) => s.certifications.length === 0)).toBeGreaterThan(0.4);
    expect(share((s) => s.certifications.length === 0)).toBeLessThan(0.5);
    expect(share((s) => s.certifications.some((c) => c.scheme === 'IATF-16949'))).toBeGreaterThan(0.25);
    expect(share((s) => s.certifications.some((c) => c.scheme === 'ISO-TS-16949'))).toBeGreaterThan(0.01);
    expect(share((s) => s.profileConfirmedAt === null)).toBeGreaterThan(0.25);
    all.forEach((s) => {
      expect(s.capabilities.length).toBeGreaterThanOrEqual(1);
      expect(s.capabilities.length).toBeLessThanOrEqual(4);
      expect(s.lat).toBeGreaterThan(14);
      expect(s.lat).toBeLessThan(33);
    });
    // every generated profile passes the supplier rules of the API and the import
    const refused = all.filter((s) => !checkLocation(s).ok || !checkSupplierName(s.name).ok || !checkCity(s.city).ok);
    expect(refused).toEqual([]);
  });
});
