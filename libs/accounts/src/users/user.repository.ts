import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Language, queryRow, queryRows, Role } from '@enlace/core';

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  oem: string | null;
  supplier_id: string | null;
  active: boolean;
  session_epoch: number;
  created_at: Date;
  language: Language;
  email_digest: boolean;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  oem: string | null;
  supplierId: string | null;
}

/** Where a page of users starts: after this user in (email, id) order. */
export interface UserPosition {
  email: string;
  id: string;
}

const COLUMNS = `id, email, password_hash, role, oem, supplier_id, active, session_epoch, created_at, language, email_digest`;

/**
 * Data access for accounts. Emails are compared lower-cased. TypeORM answers a bare UPDATE ...
 * RETURNING with [rows, count], so updates whose rows are read are wrapped in a WITH ... SELECT.
 */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byEmail(email: string, m: EntityManager = this.db.manager): Promise<UserRow | null> {
    const row = await queryRow<UserRow>(m, `SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
    return row ?? null;
  }

  async byId(id: string): Promise<UserRow | null> {
    return (await queryRow<UserRow>(this.db, `SELECT ${COLUMNS} FROM users WHERE id = $1`, [id])) ?? null;
  }

  /** Up to `limit` users after `after` in (email, id) order, of one role when given. */
  page(role: Role | null, after: UserPosition | null, limit: number): Promise<UserRow[]> {
    return queryRows<UserRow>(
      this.db,
      `SELECT ${COLUMNS} FROM users
        WHERE ($1::text IS NULL OR role = $1) AND ($2::text IS NULL OR (email, id) > ($2, $3::uuid))
        ORDER BY email, id LIMIT $4`,
      [role, after?.email ?? null, after?.id ?? null, limit],
    );
  }

  /** Inserts unless the email is taken; returns the new id, or null when the email already exists. */
  async insertIfAbsent(u: NewUser, m: EntityManager = this.db.manager): Promise<string | null> {
    const row = await queryRow<{ id: string }>(
      m,
      `INSERT INTO users (email, password_hash, role, oem, supplier_id) VALUES (lower($1), $2, $3, $4, $5)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [u.email, u.passwordHash, u.role, u.oem, u.supplierId],
    );
    return row?.id ?? null;
  }

  /** Activates or deactivates an account; the account after the change, or null when there is none. */
  async setActive(id: string, active: boolean): Promise<UserRow | null> {
    const row = await queryRow<UserRow>(
      this.db,
      `WITH changed AS (UPDATE users SET active = $2 WHERE id = $1 RETURNING ${COLUMNS}) SELECT * FROM changed`,
      [id, active],
    );
    return row ?? null;
  }

  /** Sets the language and digest option (each kept when null); the account after the change, or null when there is none. */
  async setPreferences(id: string, language: Language | null, emailDigest: boolean | null): Promise<UserRow | null> {
    const row = await queryRow<UserRow>(
      this.db,
      `WITH changed AS (
         UPDATE users SET language = COALESCE($2, language), email_digest = COALESCE($3, email_digest) WHERE id = $1
         RETURNING ${COLUMNS}
       ) SELECT * FROM changed`,
      [id, language, emailDigest],
    );
    return row ?? null;
  }

  /**
   * Ends every session issued so far (a new session epoch), except the token `keepJti` when given.
   * False when there is no such user.
   */
  async endSessions(id: string, keepJti: string | null): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `WITH changed AS (
         UPDATE users SET session_epoch = session_epoch + 1, kept_session_jti = $2 WHERE id = $1 RETURNING id
       ) SELECT id FROM changed`,
      [id, keepJti],
    );
    return rows.length > 0;
  }

  /** Sets a new password and, with it, ends every session but `keepJti` (one statement). */
  async changePassword(id: string, passwordHash: string, keepJti: string | null): Promise<void> {
    await this.db.query(
      `UPDATE users SET password_hash = $2, session_epoch = session_epoch + 1, kept_session_jti = $3 WHERE id = $1`,
      [id, passwordHash, keepJti],
    );
  }

  /** Replaces a hash of older parameters, unless the password was changed meanwhile. */
  async upgradePasswordHash(id: string, oldHash: string, newHash: string): Promise<void> {
    await this.db.query(`UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2`, [
      id,
      oldHash,
      newHash,
    ]);
  }

  /** The OEM's canonical name (case-insensitive match), or null. */
  async oemName(name: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const row = await queryRow<{ name: string }>(
      m,
      `SELECT name FROM oems WHERE lower(name) = lower($1) ORDER BY name = $1 DESC LIMIT 1`,
      [name],
    );
    return row?.name ?? null;
  }

  async supplierExists(id: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(m, `SELECT 1 AS one FROM suppliers WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
