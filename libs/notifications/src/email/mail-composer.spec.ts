import { Language } from '@enlace/core';
import { absoluteLink, composeDigestMail, composeNotificationMail, escapeHtml } from './mail-composer';

const OPENED = {
  title: 'Nueva solicitud: Moldeo por inyección en Silao Complex',
  body: 'General Motors abrió una solicitud de Moldeo por inyección para Silao Complex y su perfil califica.',
  link: '/profile',
};
const URL = 'https://enlace.example.mx';

describe('composeNotificationMail', () => {
  it('writes the title as subject and a plain-text part with the body, the absolute link and the footer, in Spanish', () => {
    const mail = composeNotificationMail(OPENED, Language.ES, URL);
    expect(mail.subject).toBe(OPENED.title);
    expect(mail.language).toBe('es');
    expect(mail.text).toContain(OPENED.body);
    expect(mail.text).toContain('Ver en Enlace: https://enlace.example.mx/profile');
    expect(mail.text).toContain('preferencias de notificación en https://enlace.example.mx');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('<a href="https://enlace.example.mx/profile">Ver en Enlace</a>');
  });

  it('writes the frame in English for an English reader', () => {
    const mail = composeNotificationMail(
      { title: 'Confirm your profile', body: 'Buyers...', link: null },
      Language.EN,
      URL,
    );
    expect(mail.subject).toBe('Confirm your profile');
    expect(mail.language).toBe('en');
    expect(mail.text).toContain('notification preferences at https://enlace.example.mx');
    expect(mail.text).not.toContain('Open in Enlace'); // no link, no line
    expect(mail.html).not.toContain('<a ');
  });

  it('escapes what it puts into html, and keeps the text part as written', () => {
    const mail = composeNotificationMail(
      { title: 'A <b>"bold"</b> & \'odd\' plant', body: '<script>alert(1)</script>', link: '/requests/1?x="y"' },
      Language.EN,
      URL,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; &#39;odd&#39; plant');
    expect(mail.html).toContain('href="https://enlace.example.mx/requests/1?x=&quot;y&quot;"');
    expect(mail.text).toContain('<script>alert(1)</script>');
    expect(escapeHtml('&&')).toBe('&amp;&amp;');
  });

  it('joins the public URL and the path with one slash', () => {
    expect(absoluteLink('http://localhost:3000', '/profile')).toBe('http://localhost:3000/profile');
    expect(absoluteLink('http://localhost:3000', 'profile')).toBe('http://localhost:3000/profile');
    expect(absoluteLink('http://localhost:3000', null)).toBeNull();
  });
});

describe('composeDigestMail', () => {
  const stale = {
    title: 'Confirme su perfil',
    body: 'Su perfil no se confirma desde el 1 de junio de 2025.',
    link: '/profile',
  };

  it('lists every notification of the day under a dated subject in the reader’s language', () => {
    const es = composeDigestMail([OPENED, stale], Language.ES, URL, '2025-12-14');
    expect(es.subject).toBe('Sus avisos de Enlace del 14 de diciembre de 2025: 2 avisos');
    expect(es.text).toContain(OPENED.title);
    expect(es.text).toContain(stale.body);
    expect(es.text.indexOf(OPENED.title)).toBeLessThan(es.text.indexOf(stale.title));
    expect(es.html.match(/<h2>/g)).toHaveLength(2);

    const en = composeDigestMail([stale], Language.EN, URL, '2025-12-14');
    expect(en.subject).toBe('Your Enlace notifications of December 14, 2025: 1 notification');
    expect(en.text).toContain('Here are your Enlace notifications of December 14, 2025.');
  });
});
