import { Language } from '@enlace/core';

/** What the e-mails around a notification say, per language (the notification's own title and body are already written in it). */
export interface MailWords {
  /** The language tag of the mail (Content-Language, html lang). */
  tag: string;
  open: string;
  digestSubject: (count: number, date: string) => string;
  digestIntro: (date: string) => string;
  footer: (preferencesUrl: string) => string;
}

const ES: MailWords = {
  tag: 'es',
  open: 'Ver en Enlace',
  digestSubject: (count, date) => `Sus avisos de Enlace del ${date}: ${count === 1 ? '1 aviso' : `${count} avisos`}`,
  digestIntro: (date) => `Estos son sus avisos de Enlace del ${date}.`,
  footer: (url) =>
    `Recibe este correo porque tiene una cuenta en Enlace. Para cambiar el idioma de sus avisos, o recibirlos en un resumen diario en lugar de un correo por aviso, cambie sus preferencias de notificación en ${url}.`,
};

const EN: MailWords = {
  tag: 'en',
  open: 'Open in Enlace',
  digestSubject: (count, date) =>
    `Your Enlace notifications of ${date}: ${count === 1 ? '1 notification' : `${count} notifications`}`,
  digestIntro: (date) => `Here are your Enlace notifications of ${date}.`,
  footer: (url) =>
    `You receive this e-mail because you have an Enlace account. To change the language of your notifications, or to get them in one daily digest instead of a mail each, change your notification preferences at ${url}.`,
};

export function mailWords(language: Language): MailWords {
  return language === Language.EN ? EN : ES;
}
