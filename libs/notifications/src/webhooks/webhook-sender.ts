import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, EventType, Metrics, recordEvent } from '@enlace/core';
import { DEACTIVATE_AFTER_MS, planRetry } from './retry-plan';
import { ClaimedDelivery, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { DeliveryStatus } from './webhook.model';
import { postWebhook, WEBHOOK_TIMEOUT_MS } from './webhook-request';
import { publicOnlyLookup } from './webhook-target';
import { WebhooksRepository } from './webhooks.repository';

const BATCH = 50;
const PARALLEL = 10;
/** A claimed delivery is due again after this (a sender that crashed while sending it); longer than one attempt takes. */
const LEASE_MS = 6 * WEBHOOK_TIMEOUT_MS;

/**
 * Sends due webhook deliveries: PARALLEL workers each claim one delivery at a time under a lease
 * (several instances never send one delivery at the same time; a crash leaves it to be sent again
 * after the lease: at least once), so an endpoint that hangs holds one worker, not the others'
 * deliveries. Each outcome is recorded: DELIVERED on 2xx, else a retry planned by planRetry, or
 * FAILED after 24 h. A webhook failing for DEACTIVATE_AFTER_MS is deactivated and its owner told
 * (a WEBHOOK_DEACTIVATED event, in the same transaction).
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  private readonly log = new Logger('Webhooks');
  private readonly stopping = new AbortController();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly webhooks: WebhooksRepository,
  ) {}

  /** Aborts the requests in flight: their deliveries are sent again after their lease. */
  onModuleDestroy(): void {
    this.stopping.abort();
  }

  /** Sends due deliveries, a batch after another, until a batch finds fewer than it may take; returns how many. */
  async deliverAllDue(): Promise<number> {
    let total = 0;
    for (let n = BATCH; n === BATCH && !this.stopping.signal.aborted; total += n) n = await this.deliverDue();
    return total;
  }

  /** Sends the deliveries due when it starts (not retries planned meanwhile) until `limit`; returns how many it claimed. */
  async deliverDue(limit = BATCH): Promise<number> {
    const dueBy = new Date();
    let claimed = 0;
    const claim = async () => (claimed < limit && !this.stopping.signal.aborted ? this.claimOne(dueBy) : null);
    const worker = async (first: ClaimedDelivery | null) => {
      for (let d = first; d; d = await claim()) {
        claimed++;
        await this.deliver(d).catch((e: Error) =>
          this.log.warn(`delivery ${d.id} not recorded, sent again after its lease: ${e.message}`),
        );
      }
    };
    // one claim first: when nothing is due (most ticks) that is the tick's only statement
    const first = await claim();
    if (!first) return 0;
    await Promise.all([worker(first), ...Array.from({ length: PARALLEL - 1 }, async () => worker(await claim()))]);
    return claimed;
  }

  private async claimOne(dueBy: Date): Promise<ClaimedDelivery | null> {
    const [d] = await this.deliveries.claimDue(1, LEASE_MS, dueBy);
    return d ?? null;
  }

  private async deliver(d: ClaimedDelivery): Promise<void> {
    const status = await postWebhook({
      url: d.url,
      secret: d.secret,
      event: { id: d.event_id, type: d.type, createdAt: d.event_created_at, data: d.payload },
      lookup: publicOnlyLookup(this.config.webhookAllowPrivate),
      allowPrivate: this.config.webhookAllowPrivate,
      signal: this.stopping.signal,
    });
    if (this.stopping.signal.aborted) return; // not an answer: sent again after the lease
    const outcome = await this.db.transaction((m) =>
      status !== null && status >= 200 && status < 300 ? this.delivered(m, d, status) : this.failed(m, d, status),
    );
    this.metrics.webhookAttempts.inc({ outcome });
  }

  private async delivered(m: EntityManager, d: ClaimedDelivery, status: number): Promise<'delivered'> {
    await this.deliveries.recordAttempt(m, d.id, DeliveryStatus.DELIVERED, status, null);
    await this.webhooks.clearFailing(m, d.webhook_id);
    return 'delivered';
  }

  private async failed(m: EntityManager, d: ClaimedDelivery, status: number | null): Promise<'retry' | 'failed'> {
    const now = new Date();
    const plan = planRetry({
      attempts: d.attempts + 1,
      createdAt: d.created_at,
      now,
      baseMs: this.config.webhookRetryBaseMs,
      random: Math.random(),
    });
    const next = plan.status === 'PENDING' ? plan.nextAttemptAt : null;
    await this.deliveries.recordAttempt(m, d.id, DeliveryStatus[plan.status], status, next);
    const since = await this.webhooks.markFailing(m, d.webhook_id);
    if (since && now.getTime() - since.getTime() >= DEACTIVATE_AFTER_MS) await this.deactivate(m, d.webhook_id, since);
    return plan.status === 'PENDING' ? 'retry' : 'failed';
  }

  /** Deactivates the webhook (once: only the call that turns it off records the event) and gives up its pending deliveries. */
  private async deactivate(m: EntityManager, webhookId: string, since: Date): Promise<void> {
    const w = await this.webhooks.deactivate(m, webhookId);
    if (!w) return;
    await this.deliveries.failPendingOf(m, webhookId);
    const payload = { webhookId, userId: w.user_id, url: w.url, failingSince: since.toISOString() };
    await recordEvent(
      m,
      EventType.WEBHOOK_DEACTIVATED,
      payload,
      `WEBHOOK_DEACTIVATED:${webhookId}:${since.toISOString()}`,
    );
    this.log.warn(`webhook ${webhookId} deactivated: its deliveries have failed since ${since.toISOString()}`);
  }
}
