import { Language } from '@enlace/core';
import { writtenDate } from '../notification-messages';
import { mailWords } from './mail-words';

/** A notification as it is mailed: its title, body and web-app path are already in the recipient's language. */
export interface MailedNotification {
  title: string;
  body: string;
  link: string | null;
}

/** A mail ready to send: a plain-text part always, a simple html part with the same words. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** Content-Language of the mail (es, en). */
  language: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The absolute address of a web-app path (PUBLIC_URL + path), or null without a path. */
export function absoluteLink(publicUrl: string, link: string | null): string | null {
  return link ? `${publicUrl}${link.startsWith('/') ? '' : '/'}${link}` : null;
}

function textOf(n: MailedNotification, publicUrl: string, open: string): string {
  const url = absoluteLink(publicUrl, n.link);
  return [n.title, '', n.body, ...(url ? ['', `${open}: ${url}`] : [])].join('\n');
}

function htmlOf(n: MailedNotification, publicUrl: string, open: string, heading: 'h1' | 'h2'): string {
  const url = absoluteLink(publicUrl, n.link);
  const anchor = url ? `\n<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>` : '';
  return `<${heading}>${escapeHtml(n.title)}</${heading}>\n<p>${escapeHtml(n.body)}</p>${anchor}`;
}

function page(tag: string, inner: string, footer: string): string {
  return [
    `<!doctype html>`,
    `<html lang="${tag}"><head><meta charset="utf-8"></head>`,
    `<body style="font-family: sans-serif; line-height: 1.4">`,
    inner,
    `<hr>`,
    `<p style="font-size: 12px; color: #555">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join('\n');
}

/** The mail of one notification: its title as the subject, its body and link, the preferences footer. */
export function composeNotificationMail(n: MailedNotification, language: Language, publicUrl: string): MailContent {
  const w = mailWords(language);
  const footer = w.footer(publicUrl);
  return {
    subject: n.title,
    text: `${textOf(n, publicUrl, w.open)}\n\n-- \n${footer}\n`,
    html: page(w.tag, htmlOf(n, publicUrl, w.open, 'h1'), footer),
    language: w.tag,
  };
}

/** The daily digest: every notification of the day (`day`, YYYY-MM-DD, as the recipient's language writes it), oldest first. */
export function composeDigestMail(
  items: MailedNotification[],
  language: Language,
  publicUrl: string,
  day: string,
): MailContent {
  const w = mailWords(language);
  const date = writtenDate(day, language);
  const footer = w.footer(publicUrl);
  const text = [w.digestIntro(date), ...items.map((n) => textOf(n, publicUrl, w.open))].join('\n\n');
  const html = [`<p>${escapeHtml(w.digestIntro(date))}</p>`, ...items.map((n) => htmlOf(n, publicUrl, w.open, 'h2'))];
  return {
    subject: w.digestSubject(items.length, date),
    text: `${text}\n\n-- \n${footer}\n`,
    html: page(w.tag, html.join('\n'), footer),
    language: w.tag,
  };
}
