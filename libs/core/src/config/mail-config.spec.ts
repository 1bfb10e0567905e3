import { ConfigError, loadConfig } from './app-config';

const refused = (env: Record<string, string>, setting: string): ConfigError => {
  try {
    loadConfig(env, '/tmp');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).setting).toBe(setting);
    expect((e as Error).message.split('\n')).toHaveLength(1);
    return e as ConfigError;
  }
  throw new Error(`expected ${setting} to be refused`);
};

describe('mail settings', () => {
  it('mail nothing by default, with a From, links to the local web app and a 7 o’clock digest', () => {
    expect(loadConfig({ PORT: '8080' }, '/tmp').mail).toEqual({
      smtpUrl: null,
      from: 'Enlace <no-reply@enlace.mx>',
      publicUrl: 'http://localhost:8080',
      digestHour: 7,
    });
  });

  it('accept smtp:// and smtps:// URLs, a named or bare From, a public URL without its trailing slash', () => {
    const mail = loadConfig(
      {
        SMTP_URL: 'smtps://mailer:s%40cret@mail.example.mx:465',
        MAIL_FROM: 'avisos@enlace.example.mx',
        PUBLIC_URL: 'https://enlace.example.mx/app/',
        DIGEST_HOUR: '0',
      },
      '/tmp',
    ).mail;
    expect(mail).toEqual({
      smtpUrl: 'smtps://mailer:s%40cret@mail.example.mx:465',
      from: 'avisos@enlace.example.mx',
      publicUrl: 'https://enlace.example.mx/app',
      digestHour: 0,
    });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }, '/tmp').mail.smtpUrl).toBe('smtp://127.0.0.1:2525');
    expect(loadConfig({ SMTP_URL: '  ' }, '/tmp').mail.smtpUrl).toBeNull();
  });

  it('refuse an SMTP_URL that does not parse or is not smtp/smtps, without echoing it (it may hold a password)', () => {
    for (const url of ['http://mail.example.mx', 'mail.example.mx:25', 'smtp://', 'not a url', 'postgres://u:p@h/db']) {
      const e = refused({ SMTP_URL: url }, 'SMTP_URL');
      expect(e.message).toContain('smtp://');
    }
    expect(refused({ SMTP_URL: 'imap://u:hunter22@h' }, 'SMTP_URL').message).not.toContain('hunter22');
  });

  it('refuse a bad From, public URL or digest hour', () => {
    refused({ MAIL_FROM: 'Enlace' }, 'MAIL_FROM');
    refused({ MAIL_FROM: 'Enlace <no-reply>' }, 'MAIL_FROM');
    refused({ PUBLIC_URL: 'enlace.example.mx' }, 'PUBLIC_URL');
    refused({ PUBLIC_URL: 'ftp://enlace.example.mx' }, 'PUBLIC_URL');
    refused({ DIGEST_HOUR: '24' }, 'DIGEST_HOUR');
    refused({ DIGEST_HOUR: 'seven' }, 'DIGEST_HOUR');
  });
});
