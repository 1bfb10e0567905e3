import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventType, queryRow, queryRows } from '@enlace/core';

export interface WebhookRow {
  id: string;
  user_id: string;
  url: string;
  events: EventType[];
  active: boolean;
  created_at: Date;
  failing_since: Date | null;
}

const COLUMNS = `id, user_id, url, events, active, created_at, failing_since`;

/** `webhooks`: a user's targets. Updates whose rows are read are wrapped in WITH ... SELECT (TypeORM's RETURNING shape). */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Adds a webhook unless its owner already has `max` (then null). */
  async insert(
    userId: string,
    url: string,
    events: EventType[],
    secret: string,
    max: number,
  ): Promise<WebhookRow | null> {
    const row = await queryRow<WebhookRow>(
      this.db,
      `INSERT INTO webhooks (user_id, url, events, secret)
       SELECT $1, $2, $3::text[], $4 WHERE (SELECT count(*) FROM webhooks WHERE user_id = $1) < $5
       RETURNING ${COLUMNS}`,
      [userId, url, events, secret, max],
    );
    return row ?? null;
  }

  /** The user's webhooks, newest first. */
  listFor(userId: string): Promise<WebhookRow[]> {
    return queryRows<WebhookRow>(
      this.db,
      `SELECT ${COLUMNS} FROM webhooks WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
      [userId],
    );
  }

  /** The webhook if `userId` owns it, else null. */
  async ownedBy(id: string, userId: string): Promise<WebhookRow | null> {
    const row = await queryRow<WebhookRow>(this.db, `SELECT ${COLUMNS} FROM webhooks WHERE id = $1 AND user_id = $2`, [
      id,
      userId,
    ]);
    return row ?? null;
  }

  /** Deletes the user's webhook (its deliveries go with it); false when they have none with this id. */
  async delete(id: string, userId: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `WITH gone AS (DELETE FROM webhooks WHERE id = $1 AND user_id = $2 RETURNING id) SELECT id FROM gone`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** A delivery succeeded: the webhook is no longer failing. */
  async clearFailing(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE webhooks SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`, [id]);
  }

  /** A delivery failed: the webhook is failing since now, unless it was already; returns since when (null when it is gone). */
  async markFailing(m: EntityManager, id: string): Promise<Date | null> {
    const row = await queryRow<{ failing_since: Date }>(
      m,
      `WITH changed AS (
         UPDATE webhooks SET failing_since = COALESCE(failing_since, now()) WHERE id = $1 RETURNING failing_since
       ) SELECT failing_since FROM changed`,
      [id],
    );
    return row?.failing_since ?? null;
  }

  /** Deactivates an active webhook; the row when this call did it, null when it was inactive (or gone) already. */
  async deactivate(m: EntityManager, id: string): Promise<WebhookRow | null> {
    const row = await queryRow<WebhookRow>(
      m,
      `WITH changed AS (UPDATE webhooks SET active = false WHERE id = $1 AND active RETURNING ${COLUMNS})
       SELECT * FROM changed`,
      [id],
    );
    return row ?? null;
  }
}
