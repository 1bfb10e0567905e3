import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, todayIn } from '@enlace/core';
import { NotificationsRepository } from '../notifications.repository';
import { EmailDigestRepository } from './email-digest.repository';
import { composeDigestMail } from './mail-composer';
import { Mailer, sendFailure } from './mailer';

/** A digest lists the unmailed notifications of this long (a day, and a missed one). */
export const DIGEST_MAX_AGE_HOURS = 48;

/** The day (YYYY-MM-DD in `timezone`) whose digest is due at `now`: today once the local hour reaches `hour`, else null. */
export function digestDay(now: Date, timezone: string, hour: number): string | null {
  const local = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', hourCycle: 'h23' }).format(now);
  return Number(local) >= hour ? todayIn(timezone, now) : null;
}

/**
 * The daily digest of users who chose it: once a day (in APP_TIMEZONE, from DIGEST_HOUR), one mail
 * with their unmailed notifications, which are then marked emailed. Each user's digest is sent in
 * a transaction that records it in `email_digests`: another instance waits for it and skips the
 * user; a failed send keeps nothing and the next round tries again.
 */
@Injectable()
export class DigestMailJob {
  private readonly log = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly digests: EmailDigestRepository,
    private readonly mailer: Mailer,
  ) {}

  /** Sends the digests due at `now`; returns how many went out. Stops at the first failed send. */
  async sendDigests(now: Date = new Date()): Promise<number> {
    const day = this.mailer.enabled ? digestDay(now, this.config.timezone, this.config.mail.digestHour) : null;
    if (!day) return 0;
    let sent = 0;
    for (const userId of await this.digests.dueUsers(day, DIGEST_MAX_AGE_HOURS)) {
      try {
        if (await this.sendOne(userId, day)) sent++;
      } catch (e) {
        this.log.warn(`digest of user ${userId} for ${day} failed (${sendFailure(e)}); retried on the next round`);
        break;
      }
    }
    return sent;
  }

  private sendOne(userId: string, day: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      if (!(await this.digests.claim(m, userId, day))) return false;
      const items = await this.notifications.unmailedOf(m, userId, DIGEST_MAX_AGE_HOURS);
      if (!items.length) return false;
      const mail = composeDigestMail(items, items[0].language, this.config.mail.publicUrl, day);
      await this.mailer.send(items[0].email, mail);
      await this.notifications.markEmailed(
        items.map((i) => i.id),
        m,
      );
      return true;
    });
  }
}
