import { Injectable } from '@nestjs/common';
import {
  Connection,
  decodeCursor,
  DomainError,
  encodeCursor,
  pageSize,
  Principal,
  requireUuid,
  toConnection,
} from '@enlace/core';
import { assertCanEditSupplier } from '../access/supplier-access';
import { SupplierRepository } from '../supplier.repository';
import { AuditRow, SupplierAuditRepository } from './supplier-audit.repository';
import { SupplierAuditEntry } from './models/supplier-audit-entry.model';

const SORT = 'supplier_audit:id desc';

function asJson(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}

function toEntry(r: AuditRow): SupplierAuditEntry {
  return {
    id: r.id,
    at: r.at,
    action: r.action,
    actorId: r.actor_user_id,
    actorEmail: r.actor_email,
    version: r.version,
    changes: Object.entries(r.changes ?? {}).map(([field, c]) => ({
      field,
      oldValue: asJson(c.old),
      newValue: asJson(c.new),
    })),
  };
}

/** A profile's audit trail, for admins and that supplier's own account. */
@Injectable()
export class SupplierHistoryService {
  constructor(
    private readonly audit: SupplierAuditRepository,
    private readonly suppliers: SupplierRepository,
  ) {}

  async history(
    principal: Principal,
    rawId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SupplierAuditEntry>> {
    const id = requireUuid(rawId, 'id');
    assertCanEditSupplier(principal, id);
    const limit = pageSize(first);
    let before: string | null = null;
    if (after) {
      const [k] = decodeCursor(after, SORT, 1);
      if (!/^\d+$/.test(String(k))) throw DomainError.badInput('after', 'is not a valid cursor');
      before = String(k);
    }
    const [exists] = await this.suppliers.byIds([id]);
    if (!exists) throw DomainError.notFound('Supplier', id, 'id');
    const { rows, total } = await this.audit.page(id, before, limit + 1);
    return toConnection(rows, limit, total, toEntry, (r) => encodeCursor(SORT, [r.id]), after);
  }
}
