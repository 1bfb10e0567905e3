import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (users with a role, tied to an OEM or a supplier profile) and the supplier audit trail.
 *
 * Emails are stored lower-cased and unique case-insensitively. Passwords are kept only as salted
 * scrypt hashes. Every change to a supplier profile writes one supplier_audit row in the same
 * transaction: who (actor), when, which profile, what kind of change and, per field, the old and
 * new values (jsonb `{ "<field>": { "old": ..., "new": ... } }`).
 */
export class AccountsAndSupplierAudit1764200000000 implements MigrationInterface {
  name = 'AccountsAndSupplierAudit1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND length(email) <= 254),
        password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        role text NOT NULL CHECK (role IN ('ADMIN','OEM_BUYER','INVESTMENT_ANALYST','SUPPLIER')),
        oem text REFERENCES oems(name) ON UPDATE CASCADE,
        supplier_id uuid REFERENCES suppliers(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'OEM_BUYER') = (oem IS NOT NULL)),
        CHECK ((role = 'SUPPLIER') = (supplier_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE INDEX users_supplier_idx ON users (supplier_id) WHERE supplier_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE supplier_audit (
        id bigserial PRIMARY KEY,
        supplier_id uuid NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        actor_email text,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL CHECK (action ~ '^[A-Z_]+$'),
        version int NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(changes) = 'object')
      )`);
    await q.query(`CREATE INDEX supplier_audit_supplier_idx ON supplier_audit (supplier_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS supplier_audit`);
    await q.query(`DROP TABLE IF EXISTS users`);
  }
}
