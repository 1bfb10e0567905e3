import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@enlace/core';

/** `email_digests`: one row per user and day a digest went out (the guard against a second one). */
@Injectable()
export class EmailDigestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Active users who chose the digest, have unmailed notifications newer than `maxAgeHours` and no digest for `day` yet. */
  async dueUsers(day: string, maxAgeHours: number): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `SELECT u.id FROM users u
        WHERE u.email_digest AND u.active
          AND NOT EXISTS (SELECT 1 FROM email_digests d WHERE d.user_id = u.id AND d.day = $1::date)
          AND EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.emailed_at IS NULL
                        AND n.created_at > now() - make_interval(hours => $2))
        ORDER BY u.id`,
      [day, maxAgeHours],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Records the user's digest of `day` in the caller's transaction; false when one is already
   * recorded (or being sent by another instance, whose transaction this waits for).
   */
  async claim(m: EntityManager, userId: string, day: string): Promise<boolean> {
    const rows = await queryRows<{ user_id: string }>(
      m,
      `INSERT INTO email_digests (user_id, day) VALUES ($1, $2::date) ON CONFLICT DO NOTHING RETURNING user_id`,
      [userId, day],
    );
    return rows.length > 0;
  }
}
