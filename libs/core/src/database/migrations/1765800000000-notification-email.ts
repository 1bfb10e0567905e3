import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications by e-mail. Each user chooses a mail per notification or one daily digest
 * (`users.email_digest`). A notification is mailed once: `emailed_at` when it went out,
 * `email_claimed_until` the lease of the instance sending it (or the time a failed one is retried).
 * `email_digests` holds one row per user and day a digest was sent: the row is inserted in the
 * transaction that sends it, so two instances never send the same user's digest twice a day.
 */
export class NotificationEmail1765800000000 implements MigrationInterface {
  name = 'NotificationEmail1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email_digest boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN emailed_at timestamptz, ADD COLUMN email_claimed_until timestamptz`,
    );
    await q.query(`CREATE INDEX notifications_unmailed_idx ON notifications (created_at, id) WHERE emailed_at IS NULL`);
    await q.query(`
      CREATE TABLE email_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_digests`);
    await q.query(`DROP INDEX notifications_unmailed_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN emailed_at, DROP COLUMN email_claimed_until`);
    await q.query(`ALTER TABLE users DROP COLUMN email_digest`);
  }
}
