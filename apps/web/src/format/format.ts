// Numbers, distances and dates in the page's language (es-MX writes 1,234.5 km; dates "1 may 2027").
import { useTranslation } from 'react-i18next';

export interface Formatters {
  locale: string;
  number: (value: number, maxFractionDigits?: number) => string;
  integer: (value: number) => string;
  percent: (fraction: number) => string;
  km: (value: number) => string;
  hours: (value: number) => string;
  /** US dollars, whole (indicative costs). */
  usd: (value: number) => string;
  /** A calendar date (`2027-05-01`), shown as that day whatever the time zone. */
  date: (isoDate: string) => string;
  /** An instant (`2026-12-02T05:00:00Z`), in the browser's time zone. */
  dateTime: (iso: string) => string;
}

export function makeFormatters(lang: string): Formatters {
  const locale = lang === 'en' ? 'en-US' : 'es-MX';
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    locale,
    number: (v, digits = 1) =>
      digits === 1 ? one.format(v) : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(v),
    integer: (v) => int.format(v),
    percent: (f) => pct.format(f),
    km: (v) => `${one.format(v)} km`,
    // under an hour in minutes ("25 min"), else hours with one decimal ("2.4 h")
    hours: (v) => (v < 1 ? `${int.format(Math.max(1, Math.round(v * 60)))} min` : `${one.format(v)} h`),
    usd: (v) => usd.format(v),
    date: (d) => day.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
    dateTime: (d) => instant.format(new Date(d)),
  };
}

// Intl formatters are costly to build: one set per language for the whole app.
const byLanguage = new Map<string, Formatters>();

export function formattersFor(lang: string): Formatters {
  let f = byLanguage.get(lang);
  if (!f) byLanguage.set(lang, (f = makeFormatters(lang)));
  return f;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
