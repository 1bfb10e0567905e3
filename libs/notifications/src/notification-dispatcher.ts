import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Metrics } from '@enlace/core';
import { EventsRepository } from './events.repository';
import { NotificationComposer } from './notification-composer';
import { NotificationsRepository } from './notifications.repository';
import { WebhookDeliveriesRepository } from './webhooks/webhook-deliveries.repository';

const BATCH = 50;

/**
 * Turns outbox events into notifications: claims a batch (FOR UPDATE SKIP LOCKED, so several
 * instances share the work and never take the same event), writes each recipient's notification
 * (unique per event and user) and each matching webhook's delivery, and marks the batch dispatched,
 * all in one transaction: a crash before the commit leaves the events to be dispatched again, with
 * nothing half-written.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: Metrics,
    private readonly events: EventsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly composer: NotificationComposer,
    private readonly webhookDeliveries: WebhookDeliveriesRepository,
  ) {}

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
}
