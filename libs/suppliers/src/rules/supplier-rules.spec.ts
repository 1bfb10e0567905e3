import { accept, refuse } from '@enlace/core';
import { Tier } from '../models/tier';
import {
  checkCapability,
  checkCapabilityList,
  checkCertificationDetails,
  checkCity,
  checkContactPhone,
  checkRfc,
  checkSupplierName,
  checkTier,
  checkWebsite,
} from './supplier-rules';

describe('supplier rules', () => {
  it('checkRfc upper-cases and requires a real month and day', () => {
    expect(checkRfc(' tdn010203ab1 ')).toEqual(accept('TDN010203AB1'));
    expect(checkRfc('MUÑO800101AB1')).toEqual(accept('MUÑO800101AB1'));
    expect(checkRfc('FBE&010101ZZ9')).toEqual(accept('FBE&010101ZZ9'));
    expect(checkRfc('')).toEqual(accept(null));
    expect(checkRfc(null)).toEqual(accept(null));
    for (const bad of ['ABC019901XY9', 'ABC011301XY9', 'ABC010200XY9', 'ABC010232XY9', '1BC010203XY9', 'ABC0102'])
      expect(checkRfc(bad)).toMatchObject({ ok: false, problem: expect.stringContaining('is not a valid RFC') });
  });

  it('name and city are required and bounded', () => {
    expect(checkSupplierName('  Forjas del Bajío ')).toEqual(accept('Forjas del Bajío'));
    expect(checkSupplierName('   ')).toEqual(refuse('must not be empty'));
    expect(checkSupplierName('n'.repeat(300)).ok).toBe(true);
    expect(checkSupplierName('n'.repeat(301))).toEqual(refuse('must be at most 300 characters'));
    expect(checkCity('c'.repeat(201))).toEqual(refuse('must be at most 200 characters'));
    expect(checkCity(undefined)).toEqual(refuse('must not be empty'));
  });

  it('checkTier knows the Tier values in any letter case', () => {
    expect(checkTier('tier_2')).toEqual(accept(Tier.TIER_2));
    expect(checkTier('')).toEqual(accept(null));
    expect(checkTier('TIER_4')).toEqual(refuse('"TIER_4" is not TIER_1, TIER_2 or TIER_3'));
  });

  it('phone and website', () => {
    expect(checkContactPhone(' +52 477 123 4567 ')).toEqual(accept('+52 477 123 4567'));
    expect(checkContactPhone('call us')).toMatchObject({ ok: false });
    expect(checkContactPhone('1'.repeat(31))).toEqual(refuse('must be at most 30 characters'));
    expect(checkWebsite('https://alfa.example')).toEqual(accept('https://alfa.example'));
    expect(checkWebsite(null)).toEqual(accept(null));
    for (const bad of ['javascript:alert(1)', 'www.alfa.example', 'http://localhost', 'ftp://alfa.example'])
      expect(checkWebsite(bad)).toEqual(refuse('must be an http(s) URL'));
  });

  it('checkCapability trims, drops empty and repeated materials and bounds them, naming the part', () => {
    expect(checkCapability({ process: ' stamping ', materials: [' steel', '', 'steel', null], notes: ' ' })).toEqual(
      accept({ process: 'stamping', materials: ['steel'], notes: null }),
    );
    expect(checkCapability({ process: 'p', materials: ['ok', 'm'.repeat(101)] })).toEqual(
      refuse('must be at most 100 characters', '.materials[1]'),
    );
    const many = Array.from({ length: 51 }, (_, i) => `m${i}`);
    expect(checkCapability({ process: 'p', materials: many })).toEqual(
      refuse('must list at most 50 materials', '.materials'),
    );
    expect(checkCapability({ process: 'p', notes: 'n'.repeat(2001) })).toEqual(
      refuse('must be at most 2000 characters', '.notes'),
    );
  });

  it('checkCapabilityList refuses a process listed twice and more than 100 entries', () => {
    const cap = (process: string) => ({ process, materials: [], notes: null });
    expect(checkCapabilityList([cap('a'), cap('b')]).ok).toBe(true);
    expect(checkCapabilityList([cap('a'), cap('b'), cap('a')])).toEqual(refuse('"a" is listed twice', '[2].process'));
    const list = Array.from({ length: 101 }, (_, i) => cap(`p${i}`));
    expect(checkCapabilityList(list)).toEqual(refuse('must list at most 100 capabilities'));
  });

  it('checkCertificationDetails checks dates and lengths', () => {
    expect(checkCertificationDetails({ certificateNumber: ' N-1 ', issuedOn: '2024-01-01', expiresOn: '' })).toEqual(
      accept({ certificateNumber: 'N-1', issuer: null, issuedOn: '2024-01-01', expiresOn: null }),
    );
    expect(checkCertificationDetails({ issuedOn: '2024-02-30' })).toEqual(
      refuse('"2024-02-30" is not a YYYY-MM-DD date', '.issuedOn'),
    );
    expect(checkCertificationDetails({ issuedOn: '2025-01-01', expiresOn: '2024-01-01' })).toEqual(
      refuse('(2024-01-01) must not precede issuedOn (2025-01-01)', '.expiresOn'),
    );
    expect(checkCertificationDetails({ issuer: 'i'.repeat(201) })).toEqual(
      refuse('must be at most 200 characters', '.issuer'),
    );
  });
});
