import { DomainError, ErrorCode } from '../errors/domain-error';
import { accept, refuse, valueOrBadInput } from './checked';
import { checkEmail, checkText } from './text-rules';

describe('text rules', () => {
  it('trims, treats empty as none and refuses what is required but empty or too long', () => {
    expect(checkText('  Monterrey ', 200, true)).toEqual(accept('Monterrey'));
    expect(checkText('   ', 200, false)).toEqual(accept(null));
    expect(checkText(null, 200, false)).toEqual(accept(null));
    expect(checkText('', 200, true)).toEqual(refuse('must not be empty'));
    expect(checkText('x'.repeat(201), 200, false)).toEqual(refuse('must be at most 200 characters'));
    expect(checkText('x'.repeat(200), 200, true)).toEqual(accept('x'.repeat(200)));
  });

  it('lower-cases e-mail addresses and refuses malformed or overlong ones', () => {
    expect(checkEmail(' Ventas@Alfa.Example ')).toEqual(accept('ventas@alfa.example'));
    expect(checkEmail('')).toEqual(accept(null));
    expect(checkEmail('not-an-email')).toEqual(refuse('is not a valid email address'));
    expect(checkEmail('a@b')).toEqual(refuse('is not a valid email address'));
    expect(checkEmail(`${'a'.repeat(250)}@b.mx`)).toEqual(refuse('must be at most 254 characters'));
  });

  it('valueOrBadInput returns the value or throws BAD_USER_INPUT naming the field and the part', () => {
    expect(valueOrBadInput(accept(3), 'input.x')).toBe(3);
    const thrown = (() => {
      try {
        valueOrBadInput(refuse('must be between -90 and 90, got 95', '.lat'), 'input.location');
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'input.location.lat',
      message: 'input.location.lat: must be between -90 and 90, got 95',
    });
  });
});
