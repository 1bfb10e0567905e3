import { Language } from '@enlace/core';

/** What a notification says, per language; the recipient's language picks one (ES by default). */
export interface Message {
  title: string;
  body: string;
}

interface Words {
  opened: (process: string, plant: string, oem: string) => Message;
  awardedBuyer: (process: string, plant: string, supplier: string) => Message;
  awardedSupplier: (process: string, plant: string) => Message;
  expiring: (scheme: string, days: number, date: string) => Message;
  stale: (since: string) => Message;
  webhookDeactivated: (url: string) => Message;
}

const ES: Words = {
  opened: (process, plant, oem) => ({
    title: `Nueva solicitud: ${process} en ${plant}`,
    body: `${oem} abrió una solicitud de ${process} para ${plant} y su perfil califica. Véala en su perfil.`,
  }),
  awardedBuyer: (process, plant, supplier) => ({
    title: `Solicitud adjudicada: ${process} en ${plant}`,
    body: `La solicitud de ${process} para ${plant} se adjudicó a ${supplier}.`,
  }),
  awardedSupplier: (process, plant) => ({
    title: `Le adjudicaron una solicitud: ${process} en ${plant}`,
    body: `Su empresa ganó la solicitud de ${process} para ${plant}. El comprador se pondrá en contacto.`,
  }),
  expiring: (scheme, days, date) => ({
    title: `Su certificado ${scheme} vence en ${days} días`,
    body: `Vence el ${date}. Renuévelo para seguir calificando en las búsquedas que lo exigen.`,
  }),
  stale: (since) => ({
    title: 'Confirme su perfil',
    body: `Su perfil no se confirma desde el ${since}. Los compradores ven primero los perfiles al día.`,
  }),
  webhookDeactivated: (url) => ({
    title: 'Webhook desactivado',
    body: `Las entregas a ${url} fallaron durante 3 días y el webhook se desactivó. Corrija el receptor y créelo de nuevo.`,
  }),
};

const EN: Words = {
  opened: (process, plant, oem) => ({
    title: `New request: ${process} at ${plant}`,
    body: `${oem} opened a request for ${process} at ${plant} and your profile qualifies. See it on your profile.`,
  }),
  awardedBuyer: (process, plant, supplier) => ({
    title: `Request awarded: ${process} at ${plant}`,
    body: `The request for ${process} at ${plant} was awarded to ${supplier}.`,
  }),
  awardedSupplier: (process, plant) => ({
    title: `You were awarded a request: ${process} at ${plant}`,
    body: `Your company won the request for ${process} at ${plant}. The buyer will be in touch.`,
  }),
  expiring: (scheme, days, date) => ({
    title: `Your ${scheme} certificate expires in ${days} days`,
    body: `It expires on ${date}. Renew it to keep qualifying for searches that require it.`,
  }),
  stale: (since) => ({
    title: 'Confirm your profile',
    body: `Your profile has not been confirmed since ${since}. Buyers see up-to-date profiles first.`,
  }),
  webhookDeactivated: (url) => ({
    title: 'Webhook deactivated',
    body: `Deliveries to ${url} failed for 3 days and the webhook was deactivated. Fix the receiver and create it again.`,
  }),
};

export function words(language: Language): Words {
  return language === Language.EN ? EN : ES;
}

/** A date (YYYY-MM-DD) as the language writes it. */
export function writtenDate(isoDate: string, language: Language): string {
  const locale = language === Language.EN ? 'en-US' : 'es-MX';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
