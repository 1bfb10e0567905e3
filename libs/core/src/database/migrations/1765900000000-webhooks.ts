import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'SOURCING_REQUEST_OPENED','SOURCING_REQUEST_AWARDED','CERTIFICATION_EXPIRING','PROFILE_STALE'`;

/**
 * Webhooks: a user's URLs with the event types they want and the secret their deliveries are signed
 * with (kept readable: it signs every delivery). The dispatcher adds one `webhook_deliveries` row per
 * event and matching webhook (unique: never twice) in the transaction that writes the event's
 * notifications; senders claim due PENDING rows by moving `next_attempt_at` (a lease). A webhook
 * failing since `failing_since` for 3 days is deactivated, which records a WEBHOOK_DEACTIVATED event.
 */
export class Webhooks1765900000000 implements MigrationInterface {
  name = 'Webhooks1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events DROP CONSTRAINT events_type_check,
      ADD CONSTRAINT events_type_check CHECK (type IN (${TYPES_BEFORE},'WEBHOOK_DEACTIVATED'))`);
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        failing_since timestamptz
      )`);
    await q.query(`CREATE INDEX webhooks_user_idx ON webhooks (user_id, created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DELIVERED','FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        response_status int,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhooks`);
    await q.query(
      `DELETE FROM notifications WHERE event_id IN (SELECT id FROM events WHERE type = 'WEBHOOK_DEACTIVATED')`,
    );
    await q.query(`DELETE FROM events WHERE type = 'WEBHOOK_DEACTIVATED'`);
    await q.query(`ALTER TABLE events DROP CONSTRAINT events_type_check,
      ADD CONSTRAINT events_type_check CHECK (type IN (${TYPES_BEFORE}))`);
  }
}
