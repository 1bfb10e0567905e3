import { describe, expect, it } from 'vitest';
import { criteriaFromParams, matchInputOf, paramsFromCriteria } from './criteria';

describe('criteria in the URL', () => {
  it('round-trips a query with repeated list parameters, keeping the language', () => {
    const url = new URLSearchParams(
      'lang=en&plantId=p1&process=stamping&requiredCertifications=IATF-16949&requiredCertifications=ISO-14001&preferredCertifications=ISO-9001&maxDistanceKm=250&first=10',
    );
    const c = criteriaFromParams(url);
    expect(c).toEqual({
      plantId: 'p1',
      process: 'stamping',
      requiredCertifications: ['IATF-16949', 'ISO-14001'],
      preferredCertifications: ['ISO-9001'],
      maxDistanceKm: '250',
      first: '10',
    });
    expect(paramsFromCriteria(c, url).toString()).toBe(url.toString());
  });

  it('accepts `plant` for the plant id', () => {
    expect(criteriaFromParams(new URLSearchParams('plant=abc')).plantId).toBe('abc');
    expect(criteriaFromParams(new URLSearchParams('plant=abc&plantId=def')).plantId).toBe('def');
  });

  it('builds the API input only when plant and process are chosen; blanks mean the defaults', () => {
    const c = criteriaFromParams(new URLSearchParams('plantId=p1'));
    expect(matchInputOf(c)).toBeNull();
    expect(matchInputOf({ ...c, process: 'stamping', first: ' 7.9 ' })).toEqual({
      plantId: 'p1',
      process: 'stamping',
      requiredCertifications: [],
      preferredCertifications: [],
      maxDistanceKm: undefined,
      first: 7,
    });
  });
});
