import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { MailRow, NotificationsRepository } from '../notifications.repository';
import { composeNotificationMail } from './mail-composer';
import { Mailer, sendFailure } from './mailer';

const BATCH = 50;
/** How long an instance holds the notifications it claimed (another takes them after a crash). */
const LEASE_SECONDS = 300;
/** When a notification whose mail failed is tried again. */
export const MAIL_RETRY_SECONDS = 60;
/** Only notifications this recent are mailed: turning SMTP_URL on does not mail the history. */
export const MAIL_MAX_AGE_HOURS = 24;

/**
 * Mails each notification of users who want a mail each (not the digest), once: claims a batch
 * under a lease, sends, marks each emailed. A failed send gives the rest of the batch back and
 * retries the failed one after MAIL_RETRY_SECONDS; nothing is lost and nothing throws.
 */
@Injectable()
export class ImmediateMailJob {
  private readonly log = new Logger('Mail');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
  ) {}

  /** Sends what is pending until a batch comes back short or a send fails; returns how many mails went out. */
  async sendPending(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    let sent = 0;
    for (;;) {
      const batch = await this.notifications.claimForEmail(BATCH, LEASE_SECONDS, MAIL_MAX_AGE_HOURS);
      const n = await this.sendBatch(batch);
      sent += n;
      if (batch.length < BATCH || n < batch.length) return sent;
    }
  }

  /** Returns how many of the batch went out (all, or those before the first failure). */
  private async sendBatch(batch: MailRow[]): Promise<number> {
    for (const [i, row] of batch.entries()) {
      try {
        await this.mailer.send(row.email, composeNotificationMail(row, row.language, this.config.mail.publicUrl));
      } catch (e) {
        this.log.warn(`mail of notification ${row.id} failed (${sendFailure(e)}); retried in ${MAIL_RETRY_SECONDS} s`);
        const rest = batch.slice(i + 1).map((r) => r.id);
        await this.notifications.releaseEmail(row.id, rest, MAIL_RETRY_SECONDS);
        return i;
      }
      await this.notifications.markEmailed([row.id]);
    }
    return batch.length;
  }
}
