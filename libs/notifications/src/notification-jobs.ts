import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@enlace/core';
import { DigestMailJob } from './email/digest-mail.job';
import { ImmediateMailJob } from './email/immediate-mail.job';
import { Mailer } from './email/mailer';
import { NotificationDispatcher } from './notification-dispatcher';
import { ReminderJob } from './reminder.job';
import { WebhookSender } from './webhooks/webhook-sender';

const REMINDERS_EVERY_MS = 60 * 60 * 1000;
const DIGESTS_EVERY_MS = 60_000;

/**
 * The notification workers' schedule, every instance alike (each job is safe on several at once):
 * outbox dispatch, webhook deliveries and (when SMTP_URL is set) mails every NOTIFICATION_POLL_MS,
 * digests every minute, reminders at start and hourly. NOTIFICATION_POLL_MS=0 schedules nothing
 * (tests run the jobs by hand). A job's round never overlaps its previous one; a failed round (e.g.
 * the database away) is logged and the next one tries again.
 */
@Injectable()
export class NotificationJobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Notifications');
  private readonly busy = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: NotificationDispatcher,
    private readonly reminders: ReminderJob,
    private readonly webhooks: WebhookSender,
    private readonly mailer: Mailer,
    private readonly immediate: ImmediateMailJob,
    private readonly digests: DigestMailJob,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.notificationPollMs;
    if (!every) return;
    this.every('dispatch', every, () => this.dispatcher.dispatchAll());
    this.every('webhooks', every, () => this.webhooks.deliverAllDue());
    this.every('reminders', REMINDERS_EVERY_MS, () => this.reminders.run());
    void this.run('reminders', () => this.reminders.run());
    if (!this.mailer.enabled) return;
    this.every('mails', every, () => this.immediate.sendPending());
    this.every('digests', DIGESTS_EVERY_MS, () => this.digests.sendDigests());
  }

  onModuleDestroy(): void {
    this.timers.forEach((t) => clearInterval(t));
    this.timers = [];
  }

  private every(job: string, ms: number, work: () => Promise<unknown>): void {
    this.timers.push(setInterval(() => void this.run(job, work), ms));
  }

  /** One round of a job, unless the previous one is still running. */
  private async run(job: string, work: () => Promise<unknown>): Promise<void> {
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
