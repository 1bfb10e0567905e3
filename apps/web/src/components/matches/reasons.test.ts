import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import es from '../../locales/es.json';
import en from '../../locales/en.json';
import { makeFormatters } from '../../format/format';
import { reasonLabel, type Reason } from './reasons';

const base: Reason = {
  __typename: 'MatchReason',
  kind: 'DISTANCE',
  text: '',
  km: null,
  hours: null,
  plantName: null,
  scheme: null,
  role: null,
  expiresOn: null,
  expiringSoon: null,
  process: null,
  materials: null,
  months: null,
};
const processName = (code: string) => (code === 'injection-molding' ? 'Moldeo por inyección' : code);

async function say(lang: 'es' | 'en', r: Partial<Reason>): Promise<string> {
  const t = i18n.createInstance();
  await t.init({
    showSupportNotice: false,
    lng: lang,
    resources: { es: { translation: es }, en: { translation: en } },
  });
  return reasonLabel({ ...base, ...r }, t.t, makeFormatters(lang), processName);
}

describe('match reasons in the page language', () => {
  it('distance, with es-MX numbers', async () => {
    const r = { kind: 'DISTANCE' as const, km: 1234.4, hours: 26.75, plantName: 'Silao Complex' };
    expect(await say('es', r)).toBe('1,234 km de Silao Complex (26.8 h en camión, aprox.)');
    expect(await say('en', r)).toBe('1,234 km from Silao Complex (about 26.8 h by truck)');
    expect(await say('es', { ...r, km: 9.6, hours: 0.21 })).toBe('10 km de Silao Complex (13 min en camión, aprox.)');
  });

  it('certificates by role, expiry and assessment', async () => {
    const iatf = { kind: 'CERTIFICATE_VALID' as const, scheme: 'IATF-16949', expiresOn: '2027-05-01' };
    expect(await say('es', { ...iatf, role: 'REQUIRED', expiringSoon: false })).toBe(
      'IATF 16949 vigente hasta el 1 may 2027 (requerida)',
    );
    expect(await say('en', { ...iatf, role: 'PREFERRED', expiringSoon: true })).toBe(
      'IATF 16949 expires soon (May 1, 2027) (preferred)',
    );
    expect(await say('es', { ...iatf, scheme: 'CQI-23', role: 'ASSESSMENT', process: 'injection-molding' })).toBe(
      'CQI-23 vigente hasta el 1 may 2027 (evaluación de Moldeo por inyección)',
    );
    expect(await say('en', { ...iatf, expiresOn: null, role: 'BASELINE' })).toBe('IATF 16949 valid (no expiry date)');
    expect(
      await say('es', { kind: 'NO_IATF_ISO_VALID', scheme: 'ISO-9001', expiresOn: '2027-05-01', role: 'BASELINE' }),
    ).toBe('sin IATF 16949 vigente; ISO 9001 vigente hasta el 1 may 2027');
    expect(await say('es', { kind: 'CERTIFICATE_MISSING', scheme: 'ISO-14001', role: 'PREFERRED' })).toBe(
      'Falta ISO 14001 (preferida)',
    );
  });

  it('confirmation in months, with plurals', async () => {
    expect(await say('es', { kind: 'CONFIRMED', months: 0 })).toBe('perfil confirmado este mes');
    expect(await say('es', { kind: 'CONFIRMED', months: 1 })).toBe('perfil confirmado hace 1 mes');
    expect(await say('en', { kind: 'CONFIRMED', months: 3 })).toBe('profile confirmed 3 months ago');
    expect(await say('es', { kind: 'CONFIRMED', months: 14 })).toBe('perfil sin confirmar en 14 meses');
    expect(await say('en', { kind: 'NEVER_CONFIRMED' })).toBe('profile never confirmed');
  });
});
