import { decodeCursor, encodeCursor, pageSize } from './cursor';
import { DomainError } from '../errors/domain-error';

describe('cursors', () => {
  it('round-trips sort keys and id, including accents and nulls', () => {
    const c = encodeCursor('s', ['Plásticos "Norte", S.A.', 0.5, null, '0b7c…']);
    expect(decodeCursor(c, 's', 4)).toEqual(['Plásticos "Norte", S.A.', 0.5, null, '0b7c…']);
  });
  it('refuses a cursor of another ordering, arity or garbage, naming the argument', () => {
    const c = encodeCursor('a', ['x', 'y']);
    for (const [cursor, sort, arity] of [
      [c, 'b', 2],
      [c, 'a', 3],
      ['%%%', 'a', 2],
      [Buffer.from('{"a":1}').toString('base64url'), 'a', 2],
    ] as const) {
      expect(() => decodeCursor(cursor, sort, arity)).toThrow(DomainError);
      try {
        decodeCursor(cursor, sort, arity);
      } catch (e) {
        expect((e as DomainError).field).toBe('after');
      }
    }
  });
  it('validates page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/first/);
    expect(() => pageSize(101)).toThrow(/first/);
    expect(() => pageSize(2.5)).toThrow(/first/);
  });
});
