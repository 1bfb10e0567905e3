import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventType, queryRows } from '@enlace/core';
import { DeliveryStatus } from './webhook.model';

export interface DeliveryRow {
  id: string;
  event_id: string;
  event: EventType;
  status: DeliveryStatus;
  attempts: number;
  last_attempt_at: Date | null;
  response_status: number | null;
  created_at: Date;
  next_attempt_at: Date;
}

/** A claimed delivery with what sending it needs: the webhook's URL and secret, and the event. */
export interface ClaimedDelivery {
  id: string;
  attempts: number;
  created_at: Date;
  webhook_id: string;
  url: string;
  secret: string;
  event_id: string;
  type: EventType;
  payload: Record<string, unknown>;
  event_created_at: Date;
}

/** `webhook_deliveries`: one row per event and webhook, its attempts and outcome. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * In the dispatcher's transaction, after the events' notifications are written: one delivery per
   * active webhook whose owner got a notification of the event and whose events include its type.
   */
  async enqueueForEvents(m: EntityManager, eventIds: string[]): Promise<void> {
    await m.query(
      `INSERT INTO webhook_deliveries (webhook_id, event_id)
       SELECT w.id, n.event_id FROM notifications n JOIN webhooks w ON w.user_id = n.user_id
        WHERE n.event_id = ANY($1::uuid[]) AND w.active AND n.event = ANY(w.events)
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      [eventIds],
    );
  }

  /**
   * Claims up to `limit` due PENDING deliveries of active webhooks by moving their next attempt
   * `leaseMs` ahead: other senders skip the locked rows and no longer find them due, and a delivery
   * claimed by a sender that crashed is due again when the lease ends. Due: by `dueBy` (and now).
   */
  claimDue(limit: number, leaseMs: number, dueBy: Date = new Date()): Promise<ClaimedDelivery[]> {
    return queryRows<ClaimedDelivery>(
      this.db,
      `WITH due AS (
         SELECT d.id FROM webhook_deliveries d
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= least(now(), $3::timestamptz)
            AND EXISTS (SELECT 1 FROM webhooks w WHERE w.id = d.webhook_id AND w.active)
          ORDER BY d.next_attempt_at LIMIT $1 FOR UPDATE OF d SKIP LOCKED
       ), claimed AS (
         UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
           FROM due WHERE d.id = due.id RETURNING d.id, d.attempts, d.created_at, d.webhook_id, d.event_id
       )
       SELECT c.id, c.attempts, c.created_at, c.webhook_id, w.url, w.secret, c.event_id, e.type, e.payload,
              e.created_at AS event_created_at
         FROM claimed c JOIN webhooks w ON w.id = c.webhook_id JOIN events e ON e.id = c.event_id`,
      [limit, leaseMs, dueBy],
    );
  }

  /** Records an attempt: DELIVERED, or PENDING again at `nextAttemptAt`, or FAILED (then no next attempt). */
  async recordAttempt(
    m: EntityManager,
    id: string,
    status: DeliveryStatus,
    responseStatus: number | null,
    nextAttemptAt: Date | null,
  ): Promise<void> {
    await m.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_attempt_at = now(),
              response_status = $3, next_attempt_at = COALESCE($4::timestamptz, next_attempt_at)
        WHERE id = $1 AND status = 'PENDING'`,
      [id, status, responseStatus, nextAttemptAt],
    );
  }

  /** A deactivated webhook's pending deliveries are given up. */
  async failPendingOf(m: EntityManager, webhookId: string): Promise<void> {
    await m.query(`UPDATE webhook_deliveries SET status = 'FAILED' WHERE webhook_id = $1 AND status = 'PENDING'`, [
      webhookId,
    ]);
  }

  /** A webhook's deliveries, newest first. */
  latest(webhookId: string, limit: number): Promise<DeliveryRow[]> {
    return queryRows<DeliveryRow>(
      this.db,
      `SELECT d.id, d.event_id, e.type AS event, d.status, d.attempts, d.last_attempt_at, d.response_status,
              d.created_at, d.next_attempt_at
         FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
        WHERE d.webhook_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      [webhookId, limit],
    );
  }
}
