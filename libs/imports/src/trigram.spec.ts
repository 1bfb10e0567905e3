import { asciiSimilarity, float4Value, isAscii, showAsciiTrigrams as show } from './trigram';

describe('pg_trgm similarity for ASCII', () => {
  it('builds the padded word trigrams pg_trgm shows', () => {
    // SELECT show_trgm('Ab, c-d!') -> {"  a","  c","  d"," ab"," c "," d ","ab "}
    expect(show('Ab, c-d!')).toEqual(['  a', '  c', '  d', ' ab', ' c ', ' d ', 'ab ']);
    expect(show('aaaa')).toEqual(['  a', ' aa', 'aa ', 'aaa']);
    expect(show('--- ...')).toEqual([]);
  });

  it('divides shared by union trigrams in single precision', () => {
    expect(asciiSimilarity('abc', 'ABC')).toBe(1);
    expect(asciiSimilarity('', 'abc')).toBe(0);
    expect(asciiSimilarity('word', 'two words')).toBe(Math.fround(4 / 11)); // SELECT similarity('word', 'two words') = 0.36363637
    expect(float4Value(asciiSimilarity('word', 'two words'))).toBe(0.36363637);
  });

  it('tells ASCII from other text', () => {
    expect(isAscii('TALLER 7 S.A.')).toBe(true);
    expect(isAscii('ÑANDÚ')).toBe(false);
  });
});
