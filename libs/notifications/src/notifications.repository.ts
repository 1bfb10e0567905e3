import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventType, Language, queryRows } from '@enlace/core';
import { Notification } from './models/notification.model';

/** The PostgreSQL channel announce() notifies (in the dispatcher's transaction: delivered on commit) with an event id. */
export const NOTIFICATION_CHANNEL = 'enlace_notifications';

export interface NotificationRow {
  id: string;
  event: EventType;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface Recipient {
  userId: string;
  language: Language;
  supplierId: string | null;
}

export interface NewNotification {
  userId: string;
  title: string;
  body: string;
  link: string | null;
}

/** A notification claimed to be mailed, with its recipient's address and language. */
export interface MailRow {
  id: string;
  title: string;
  body: string;
  link: string | null;
  email: string;
  language: Language;
}

export function toNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    event: r.event,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

/** `notifications` (one row per event and recipient) and the recipients' accounts. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per recipient; a recipient who already has this event's notification is skipped (never twice). */
  async insertForEvent(m: EntityManager, eventId: string, event: EventType, rows: NewNotification[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO notifications (user_id, event_id, event, title, body, link)
       SELECT u, $1, $2, t, b, l FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) AS x(u, t, b, l)
       ON CONFLICT (event_id, user_id) DO NOTHING`,
      [
        eventId,
        event,
        rows.map((r) => r.userId),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.link),
      ],
    );
  }

  /** Tells every instance's listener (on commit) that an event's notifications exist. */
  async announce(m: EntityManager, eventId: string): Promise<void> {
    await m.query(`SELECT pg_notify($1, $2)`, [NOTIFICATION_CHANNEL, eventId]);
  }

  /** An event's notifications with their recipients. */
  async ofEvent(eventId: string): Promise<Array<{ userId: string; notification: Notification }>> {
    const rows = await queryRows<NotificationRow & { user_id: string }>(
      this.db,
      `SELECT id, user_id, event, title, body, link, created_at, read_at FROM notifications WHERE event_id = $1`,
      [eventId],
    );
    return rows.map((r) => ({ userId: r.user_id, notification: toNotification(r) }));
  }

  /** Active SUPPLIER accounts whose profile has the process. */
  supplierAccountsWithProcess(process: string): Promise<Recipient[]> {
    return queryRows<Recipient>(
      this.db,
      `SELECT u.id AS "userId", u.language, u.supplier_id AS "supplierId" FROM users u
        WHERE u.role = 'SUPPLIER' AND u.active
          AND EXISTS (SELECT 1 FROM supplier_capabilities sc WHERE sc.supplier_id = u.supplier_id AND sc.process_code = $1)`,
      [process],
    );
  }

  /** Active accounts of a supplier profile. */
  supplierAccounts(supplierId: string): Promise<Recipient[]> {
    return queryRows<Recipient>(
      this.db,
      `SELECT id AS "userId", language, supplier_id AS "supplierId" FROM users WHERE supplier_id = $1 AND active`,
      [supplierId],
    );
  }

  /** The user's account, when active (none or one). */
  account(userId: string): Promise<Recipient[]> {
    return queryRows<Recipient>(
      this.db,
      `SELECT id AS "userId", language, supplier_id AS "supplierId" FROM users WHERE id = $1 AND active`,
      [userId],
    );
  }

  /** Active buyers of an OEM. */
  buyersOf(oem: string): Promise<Recipient[]> {
    return queryRows<Recipient>(
      this.db,
      `SELECT id AS "userId", language, NULL AS "supplierId" FROM users WHERE role = 'OEM_BUYER' AND oem = $1 AND active`,
      [oem],
    );
  }

  /**
   * Leases up to `limit` unmailed notifications newer than `maxAgeHours` of active users who want a
   * mail each (not the digest), oldest first, for `leaseSeconds`: other instances skip them
   * (SKIP LOCKED while claiming, the lease after) until they are marked emailed or the lease ends.
   */
  claimForEmail(limit: number, leaseSeconds: number, maxAgeHours: number): Promise<MailRow[]> {
    return queryRows<MailRow>(
      this.db,
      `WITH claimed AS (
         UPDATE notifications SET email_claimed_until = now() + make_interval(secs => $2)
          WHERE id IN (
            SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id
             WHERE n.emailed_at IS NULL AND n.created_at > now() - make_interval(hours => $3)
               AND (n.email_claimed_until IS NULL OR n.email_claimed_until < now())
               AND u.active AND NOT u.email_digest
             ORDER BY n.created_at, n.id LIMIT $1
             FOR UPDATE OF n SKIP LOCKED)
          RETURNING id, user_id, title, body, link, created_at)
       SELECT c.id, c.title, c.body, c.link, u.email, u.language
         FROM claimed c JOIN users u ON u.id = c.user_id ORDER BY c.created_at, c.id`,
      [limit, leaseSeconds, maxAgeHours],
    );
  }

  /** A user's unmailed notifications newer than `maxAgeHours` and not leased, oldest first, locked for the caller's transaction. */
  unmailedOf(m: EntityManager, userId: string, maxAgeHours: number): Promise<MailRow[]> {
    return queryRows<MailRow>(
      m,
      `SELECT n.id, n.title, n.body, n.link, u.email, u.language FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.user_id = $1 AND n.emailed_at IS NULL AND n.created_at > now() - make_interval(hours => $2)
          AND (n.email_claimed_until IS NULL OR n.email_claimed_until < now())
        ORDER BY n.created_at, n.id FOR UPDATE OF n SKIP LOCKED`,
      [userId, maxAgeHours],
    );
  }

  async markEmailed(ids: string[], m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE notifications SET emailed_at = now(), email_claimed_until = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Gives back leased notifications after a failed send: `failed` is retried after `retrySeconds`, the others at once. */
  async releaseEmail(failed: string, others: string[], retrySeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE notifications
          SET email_claimed_until = CASE WHEN id = $1 THEN now() + make_interval(secs => $3) END
        WHERE id = $1 OR id = ANY($2::uuid[])`,
      [failed, others, retrySeconds],
    );
  }

  page(userId: string, unreadOnly: boolean, after: [string, string] | null, limit: number): Promise<NotificationRow[]> {
    return queryRows<NotificationRow>(
      this.db,
      `SELECT id, event, title, body, link, created_at, read_at FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [userId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async counts(userId: string, unreadOnly: boolean): Promise<{ total: number; unread: number }> {
    const [r] = await queryRows<{ total: number; unread: number }>(
      this.db,
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total,
              count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notifications WHERE user_id = $1`,
      [userId, unreadOnly],
    );
    return r;
  }

  /** Marks the user's own unread notifications among `ids` read; returns how many changed. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    const [r] = await queryRows<{ n: number }>(
      this.db,
      `WITH changed AS (
         UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id)
       SELECT count(*)::int AS n FROM changed`,
      [userId, ids],
    );
    return r.n;
  }
}
