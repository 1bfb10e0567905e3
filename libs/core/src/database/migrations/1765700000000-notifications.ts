import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications through a transactional outbox: `events` rows commit with the change that caused
 * them (or are recorded by the reminder job, once per dedupe key); the dispatcher turns each into one
 * `notifications` row per recipient (unique per event and user: never twice) and marks it
 * dispatched. Users get a language for what they are sent (ES by default).
 */
export class Notifications1765700000000 implements MigrationInterface {
  name = 'Notifications1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'ES' CHECK (language IN ('ES','EN'))`);
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN ('SOURCING_REQUEST_OPENED','SOURCING_REQUEST_AWARDED','CERTIFICATION_EXPIRING','PROFILE_STALE')),
        payload jsonb NOT NULL,
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX events_pending_idx ON events (created_at, id) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id),
        event text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_id, user_id)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE events`);
    await q.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
