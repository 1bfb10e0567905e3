import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import es from '../locales/es.json';
import en from '../locales/en.json';
import { employeesLabel } from './employees';

describe('staff size in the page language', () => {
  it('says DENUE strata in English and Spanish, anything else as recorded', async () => {
    const t = i18n.createInstance();
    await t.init({
      showSupportNotice: false,
      lng: 'en',
      resources: { es: { translation: es }, en: { translation: en } },
    });
    expect(employeesLabel('101 a 250 personas', t.t)).toBe('101 to 250 people');
    expect(employeesLabel('251 y más personas', t.t)).toBe('251 or more people');
    expect(employeesLabel('about 40', t.t)).toBe('about 40');
    await t.changeLanguage('es');
    expect(employeesLabel('11 a 30 personas', t.t)).toBe('11 a 30 personas');
  });
});
