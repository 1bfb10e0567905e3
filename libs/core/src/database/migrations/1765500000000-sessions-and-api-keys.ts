import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can end and API keys.
 *
 * - `users.active`: an inactive user's tokens and API keys are refused.
 * - `users.session_epoch`: every token carries the epoch it was issued in; raising the epoch ends
 *   every session issued before (revokeSessions, changePassword). `kept_session_jti` names the one
 *   token that survives the last raise (the session that changed the password), or is null.
 * - `revoked_tokens`: tokens ended one by one (logout), by their JWT id, kept until they would
 *   have expired anyway.
 * - `api_keys`: only the SHA-256 of each secret is stored; `prefix` is its first characters.
 * - `rate_limit_counters` becomes one row per key whose window starts at its first hit (was: one
 *   row per key and clock-aligned window, which let a burst straddling a boundary through twice).
 *   The counters are short-lived and unlogged, so they are simply recreated.
 */
export class SessionsAndApiKeys1765500000000 implements MigrationInterface {
  name = 'SessionsAndApiKeys1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN session_epoch int NOT NULL DEFAULT 0,
        ADD COLUMN kept_session_jti uuid`);
    await q.query(`CREATE INDEX users_page_idx ON users (email, id)`);
    await q.query(`
      CREATE TABLE revoked_tokens (
        jti uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX revoked_tokens_expiry_idx ON revoked_tokens (expires_at)`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 100),
        prefix text NOT NULL,
        secret_hash bytea NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_keys_user_idx ON api_keys (user_id, created_at DESC, id DESC)`);
    await q.query(`DROP TABLE rate_limit_counters`);
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_counters`);
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits int NOT NULL DEFAULT 0,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`DROP TABLE IF EXISTS api_keys`);
    await q.query(`DROP TABLE IF EXISTS revoked_tokens`);
    await q.query(`DROP INDEX IF EXISTS users_page_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN kept_session_jti, DROP COLUMN session_epoch, DROP COLUMN active`);
  }
}
