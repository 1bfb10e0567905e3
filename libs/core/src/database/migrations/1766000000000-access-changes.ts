import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API instance (PostgreSQL NOTIFY on `enlace_access`, sent on commit) when a user's
 * access changes: the account deactivated (or reactivated), every session ended (revokeSessions,
 * changePassword) or one of its API keys revoked. Instances drop what they cached about the user's
 * credentials and close the user's open WebSocket connections, which would otherwise keep
 * receiving subscription events on a credential checked only when they subscribed. A trigger, so
 * no code path that changes these columns can forget to announce it.
 */
export class AccessChanges1766000000000 implements MigrationInterface {
  name = 'AccessChanges1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION enlace_announce_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('enlace_access', to_jsonb(NEW) ->> TG_ARGV[0]); -- the user id's column
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_access_changed AFTER UPDATE OF active, session_epoch ON users
        FOR EACH ROW WHEN (OLD.active IS DISTINCT FROM NEW.active OR NEW.session_epoch <> OLD.session_epoch)
        EXECUTE FUNCTION enlace_announce_access_change('id')`);
    await q.query(`
      CREATE TRIGGER api_keys_access_changed AFTER UPDATE OF revoked_at ON api_keys
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
        EXECUTE FUNCTION enlace_announce_access_change('user_id')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER api_keys_access_changed ON api_keys`);
    await q.query(`DROP TRIGGER users_access_changed ON users`);
    await q.query(`DROP FUNCTION enlace_announce_access_change()`);
  }
}
