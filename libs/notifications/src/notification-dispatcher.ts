import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Metrics } from '@enlace/core';
import { EventsRepository } from './events.repository';
import { NotificationComposer } from './notification-composer';
import { NotificationsRepository } from './notifications.repository';
import { ReminderJob } from './reminder.job';
import { WebhookDeliveriesRepository } from './webhooks/webhook-deliveries.repository';

const BATCH = 50;
const REMINDERS_EVERY_MS = 60 * 60 * 1000;

/**
 * Turns outbox events into notifications: claims a batch (FOR UPDATE SKIP LOCKED, so several
 * instances share the work and never take the same event), writes each recipient's notification
 * (unique per event and user) and each matching webhook's delivery, and marks the batch dispatched,
 * all in one transaction: a crash before the commit leaves the events to be dispatched again, with
 * nothing half-written.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Notifications');
  private timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly events: EventsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly composer: NotificationComposer,
    private readonly reminders: ReminderJob,
    private readonly webhookDeliveries: WebhookDeliveriesRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.notificationPollMs) return;
    this.timers.push(setInterval(() => void this.tick(), this.config.notificationPollMs));
    this.timers.push(setInterval(() => void this.remind(), REMINDERS_EVERY_MS));
    void this.remind();
  }

  onModuleDestroy(): void {
    this.timers.forEach((t) => clearInterval(t));
    this.timers = [];
  }

  /** Dispatches one batch; returns how many events it took. */
  dispatchBatch(limit = BATCH): Promise<number> {
    return this.db.transaction(async (m) => {
      const batch = await this.events.claimPending(m, limit);
      for (const e of batch) {
        const timer = this.metrics.notificationDispatch.startTimer({ type: e.type });
        const rows = await this.composer.compose(e);
        await this.notifications.insertForEvent(m, e.id, e.type, rows);
        timer();
        this.metrics.notificationsWritten.inc({ type: e.type }, rows.length);
        await this.notifications.announce(m, e.id);
      }
      if (!batch.length) return 0;
      const ids = batch.map((e) => e.id);
      await this.webhookDeliveries.enqueueForEvents(m, ids);
      await this.events.markDispatched(m, ids);
      return batch.length;
    });
  }

  /** Dispatches until nothing is pending; returns how many events it took. */
  async dispatchAll(): Promise<number> {
    let total = 0;
    for (let n = await this.dispatchBatch(); n > 0; n = await this.dispatchBatch()) total += n;
    return total;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.dispatchAll();
    } catch (e) {
      this.log.warn(`dispatch failed, retried on the next tick: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  private async remind(): Promise<void> {
    try {
      await this.reminders.run();
    } catch (e) {
      this.log.warn(`reminder job failed, retried within the hour: ${(e as Error).message}`);
    }
  }
}
