import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

export interface AuditRow {
  id: string;
  supplier_id: string;
  actor_user_id: string | null;
  actor_email: string | null;
  at: Date;
  action: SupplierAuditAction;
  version: number;
  changes: FieldChanges;
}

/** Every action an audit entry records (`supplier_audit.action`). */
export enum SupplierAuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ADD_CERTIFICATION = 'ADD_CERTIFICATION',
  REMOVE_CERTIFICATION = 'REMOVE_CERTIFICATION',
  CONFIRM_PROFILE = 'CONFIRM_PROFILE',
  /** A supplier created by an import (DENUE or template); changes: source and the file's line. */
  IMPORT_CREATE = 'IMPORT_CREATE',
  /** A profile rewritten by an import; changes: the fields that differ, as UPDATE records them. */
  IMPORT_UPDATE = 'IMPORT_UPDATE',
}

/** Field-by-field differences between two snapshots (keys of either; JSON equality). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const out: FieldChanges = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const o = before[k] === undefined ? null : before[k];
    const n = after[k] === undefined ? null : after[k];
    if (JSON.stringify(o) !== JSON.stringify(n)) out[k] = { old: o, new: n };
  }
  return out;
}

/** Reads the supplier audit trail, newest first (SupplierStore writes it, inside each change's own transaction). */
@Injectable()
export class SupplierAuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(supplierId: string, beforeId: string | null, limit: number): Promise<{ rows: AuditRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.db.query<AuditRow[]>(
        `SELECT id::text AS id, supplier_id, actor_user_id, actor_email, at, action, version, changes FROM supplier_audit
          WHERE supplier_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY supplier_audit.id DESC LIMIT $3`,
        [supplierId, beforeId, limit],
      ),
      this.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM supplier_audit WHERE supplier_id = $1`, [
        supplierId,
      ]),
    ]);
    return { rows, total: count[0].n };
  }
}
