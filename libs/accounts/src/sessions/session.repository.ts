import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRow } from '@enlace/core';

/** What decides whether a signed token still opens a session. */
export interface SessionState {
  active: boolean;
  session_epoch: number;
  kept_session_jti: string | null;
  revoked: boolean;
}

/** Sessions ended one by one (`revoked_tokens`), and the check of a token against them and its user. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Revokes one token until it would have expired anyway; the same statement clears the revoked
   * tokens that have expired since (they are refused by their signature's expiry).
   */
  async revoke(jti: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `WITH expired AS (DELETE FROM revoked_tokens WHERE expires_at < now())
       INSERT INTO revoked_tokens (jti, expires_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING`,
      [jti, expiresAt],
    );
  }

  /** The token's user's state and whether the token itself was revoked; null when the user is gone. */
  async state(userId: string, jti: string): Promise<SessionState | null> {
    const row = await queryRow<SessionState>(
      this.db,
      `SELECT active, session_epoch, kept_session_jti,
              EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = $2) AS revoked
         FROM users WHERE id = $1`,
      [userId, jti],
    );
    return row ?? null;
  }
}
