// Spanish (es-MX) by default, English on request: `?lang=es|en` in any URL, else the language last
// chosen with the switch (remembered in localStorage), else Spanish.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import es from '../locales/es.json';
import en from '../locales/en.json';

export type Lang = 'es' | 'en';
const STORAGE_KEY = 'enlace.lang';

function isLang(value: string | null): value is Lang {
  return value === 'es' || value === 'en';
}

function storedLanguage(): Lang | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

/** The language for a URL's query string: its `lang` parameter, else the remembered one, else Spanish. */
export function languageFor(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  return isLang(fromUrl) ? fromUrl : (storedLanguage() ?? 'es');
}

function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang === 'es' ? 'es-MX' : 'en';
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing without storage: the choice lasts for this page only.
  }
}

/** Switches the language, remembers it and sets the document's `lang`. */
export function setLanguage(lang: Lang): void {
  remember(lang);
  applyToDocument(lang);
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Lang {
  return isLang(i18n.language) ? i18n.language : 'es';
}

const initial = languageFor(window.location.search);
void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'es',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
applyToDocument(initial);
// A language asked for in the URL is remembered like one chosen with the switch.
if (new URLSearchParams(window.location.search).has('lang')) remember(initial);

export default i18n;
