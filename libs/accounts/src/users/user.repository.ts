import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@enlace/core';

export interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  oem: string | null;
  supplier_id: string | null;
  created_at: Date;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  oem: string | null;
  supplierId: string | null;
}

/** Data access for accounts. Emails are compared lower-cased. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byEmail(email: string, m: EntityManager = this.db.manager): Promise<UserRow | null> {
    const [row] = await m.query(
      `SELECT id, email, password_hash, role, oem, supplier_id, created_at FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return row ?? null;
  }

  /** Inserts unless the email is taken; returns the new id, or null when the email already exists. */
  async insertIfAbsent(u: NewUser, m: EntityManager = this.db.manager): Promise<string | null> {
    const rows = await m.query(
      `INSERT INTO users (email, password_hash, role, oem, supplier_id) VALUES (lower($1), $2, $3, $4, $5)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [u.email, u.passwordHash, u.role, u.oem, u.supplierId],
    );
    return rows[0]?.id ?? null;
  }

  /** The OEM's canonical name (case-insensitive match), or null. */
  async oemName(name: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = await m.query(`SELECT name FROM oems WHERE lower(name) = lower($1) ORDER BY name = $1 DESC LIMIT 1`, [
      name,
    ]);
    return row?.name ?? null;
  }

  async supplierExists(id: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM suppliers WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
