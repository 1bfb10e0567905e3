import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { MailContent } from './mail-composer';

/** Sends mails through SMTP_URL's server: one transport for the process, closed on shutdown. Without SMTP_URL it is off. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const url = config.mail.smtpUrl;
    this.transport = url
      ? createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : null;
  }

  /** Whether SMTP_URL is set (nothing is mailed otherwise). */
  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends one mail; rejects when the server is unreachable or refuses it. */
  async send(to: string, mail: MailContent): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set');
    await this.transport.sendMail({
      from: this.config.mail.from,
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/** What a failed send says in the log: the SMTP code and reply code only, never an address. */
export function sendFailure(e: unknown): string {
  const { code, responseCode } = (e ?? {}) as { code?: string; responseCode?: number };
  return [code ?? 'error', responseCode].filter((x) => x !== undefined).join(' ');
}
