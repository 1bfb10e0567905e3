import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { DigestMailJob } from './digest-mail.job';
import { ImmediateMailJob } from './immediate-mail.job';
import { Mailer } from './mailer';

const DIGESTS_EVERY_MS = 60_000;

/** Runs the mail jobs when SMTP_URL is set: pending mails every NOTIFICATION_POLL_MS, digests every minute; 0 = never (tests run them by hand). */
@Injectable()
export class MailPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Mail');
  private readonly busy = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly immediate: ImmediateMailJob,
    private readonly digests: DigestMailJob,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.notificationPollMs;
    if (!every || !this.mailer.enabled) return;
    this.timers.push(setInterval(() => void this.run('mails', () => this.immediate.sendPending()), every));
    this.timers.push(setInterval(() => void this.run('digests', () => this.digests.sendDigests()), DIGESTS_EVERY_MS));
  }

  onModuleDestroy(): void {
    this.timers.forEach((t) => clearInterval(t));
    this.timers = [];
  }

  /** One round of a job, unless the previous one is still running; a failure (e.g. the database) is retried on the next. */
  private async run(job: string, work: () => Promise<number>): Promise<void> {
    if (this.busy.has(job)) return;
    this.busy.add(job);
    try {
      await work();
    } catch (e) {
      this.log.warn(`${job} failed, retried on the next round: ${(e as Error).message}`);
    } finally {
      this.busy.delete(job);
    }
  }
}
