import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRow, queryRows, Role } from '@enlace/core';

export interface ApiKeyRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** An unrevoked key found by its secret's hash, with what its owner may do. */
export interface ApiKeyOwnerRow {
  id: string;
  last_used_at: Date | null;
  user_id: string;
  email: string;
  role: Role;
  oem: string | null;
  supplier_id: string | null;
  active: boolean;
}

const COLUMNS = `id, user_id, name, prefix, created_at, last_used_at, revoked_at`;

/**
 * `api_keys`: only hashes of the secrets are stored. TypeORM answers a bare UPDATE ... RETURNING
 * with [rows, count], so updates whose rows are read are wrapped in a WITH ... SELECT.
 */
@Injectable()
export class ApiKeyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Adds a key unless its owner already holds `maxActive` unrevoked keys (then null). */
  async insert(
    userId: string,
    name: string,
    prefix: string,
    hash: Buffer,
    maxActive: number,
  ): Promise<ApiKeyRow | null> {
    const row = await queryRow<ApiKeyRow>(
      this.db,
      `INSERT INTO api_keys (user_id, name, prefix, secret_hash)
       SELECT $1, $2, $3, $4
        WHERE (SELECT count(*) FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL) < $5
       RETURNING ${COLUMNS}`,
      [userId, name, prefix, hash, maxActive],
    );
    return row ?? null;
  }

  /** A user's keys: unrevoked ones first, newest first, at most `limit`. */
  listFor(userId: string, limit: number): Promise<ApiKeyRow[]> {
    return queryRows<ApiKeyRow>(
      this.db,
      `SELECT ${COLUMNS} FROM api_keys WHERE user_id = $1
        ORDER BY revoked_at IS NULL DESC, created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  async byId(id: string): Promise<ApiKeyRow | null> {
    return (await queryRow<ApiKeyRow>(this.db, `SELECT ${COLUMNS} FROM api_keys WHERE id = $1`, [id])) ?? null;
  }

  /** Revokes a key; false when it was revoked already. */
  async revoke(id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `WITH changed AS (UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id)
       SELECT id FROM changed`,
      [id],
    );
    return rows.length > 0;
  }

  /** The unrevoked key with this secret hash and its owner, or null. */
  async findUsable(hash: Buffer): Promise<ApiKeyOwnerRow | null> {
    const row = await queryRow<ApiKeyOwnerRow>(
      this.db,
      `SELECT k.id, k.last_used_at, u.id AS user_id, u.email, u.role, u.oem, u.supplier_id, u.active
         FROM api_keys k JOIN users u ON u.id = k.user_id
        WHERE k.secret_hash = $1 AND k.revoked_at IS NULL`,
      [hash],
    );
    return row ?? null;
  }

  /**
   * Records a use, unless one was recorded within the last `minIntervalSeconds` (so concurrent
   * requests on several instances write it once). Returns the time recorded, or null when skipped.
   */
  async touch(id: string, minIntervalSeconds: number): Promise<Date | null> {
    const row = await queryRow<{ last_used_at: Date }>(
      this.db,
      `WITH changed AS (
         UPDATE api_keys SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))
         RETURNING last_used_at
       ) SELECT last_used_at FROM changed`,
      [id, minIntervalSeconds],
    );
    return row?.last_used_at ?? null;
  }
}
