import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  EventType,
  pageSize,
  Principal,
  requireUuid,
  valueOrBadInput,
} from '@enlace/core';
import { CreatedWebhook, DeliveryStatus, Webhook, WebhookDelivery } from './webhook.model';
import { DeliveryRow, WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { checkResolvedHost, checkWebhookUrl, hostOf } from './webhook-target';
import { WebhookRow, WebhooksRepository } from './webhooks.repository';

/** Webhooks one user may have. */
export const MAX_WEBHOOKS = 20;

function toWebhook(r: WebhookRow): Webhook {
  return {
    id: r.id,
    url: r.url,
    events: r.events,
    active: r.active,
    createdAt: r.created_at,
    failingSince: r.failing_since,
  };
}

function toDelivery(r: DeliveryRow): WebhookDelivery {
  return {
    id: r.id,
    eventId: r.event_id,
    event: r.event,
    status: r.status,
    attempts: r.attempts,
    lastAttemptAt: r.last_attempt_at,
    responseStatus: r.response_status,
    createdAt: r.created_at,
    nextAttemptAt: r.status === DeliveryStatus.PENDING ? r.next_attempt_at : null,
  };
}

/** Webhooks: any signed-in user's own, never another's (someone else's is NOT_FOUND). */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webhooks: WebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  /** A new webhook for the caller; its signing secret is returned here and never again. */
  async create(p: Principal, rawUrl: string, rawEvents: EventType[]): Promise<CreatedWebhook> {
    const events = [...new Set(rawEvents)];
    if (!events.length) throw DomainError.badInput('events', 'must name at least one event type');
    const allowPrivate = this.config.webhookAllowPrivate;
    const url = valueOrBadInput(checkWebhookUrl(rawUrl, allowPrivate), 'url');
    valueOrBadInput(await checkResolvedHost(hostOf(url), allowPrivate), 'url');
    const secret = `whsec_${randomBytes(32).toString('hex')}`;
    const row = await this.webhooks.insert(p.userId, url.href, events, secret, MAX_WEBHOOKS);
    if (!row) throw DomainError.conflict(`At most ${MAX_WEBHOOKS} webhooks per user; delete one first`);
    return { webhook: toWebhook(row), secret };
  }

  async list(p: Principal): Promise<Webhook[]> {
    return (await this.webhooks.listFor(p.userId)).map(toWebhook);
  }

  /** The caller's webhook's deliveries, newest first (first: default 20, at most 100). */
  async deliveriesOf(p: Principal, rawId: string, first: number | null | undefined): Promise<WebhookDelivery[]> {
    const limit = pageSize(first);
    const id = requireUuid(rawId, 'webhookId');
    if (!(await this.webhooks.ownedBy(id, p.userId))) throw DomainError.notFound('Webhook', id, 'webhookId');
    return (await this.deliveries.latest(id, limit)).map(toDelivery);
  }

  async delete(p: Principal, rawId: string): Promise<boolean> {
    const id = requireUuid(rawId, 'id');
    if (!(await this.webhooks.delete(id, p.userId))) throw DomainError.notFound('Webhook', id, 'id');
    return true;
  }
}
