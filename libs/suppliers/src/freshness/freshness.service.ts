import { Injectable } from '@nestjs/common';
import {
  Clock,
  Connection,
  decodeCursor,
  DomainError,
  encodeCursor,
  pageSize,
  Principal,
  Role,
  toConnection,
} from '@enlace/core';
import { FreshnessRepository } from './freshness.repository';
import { ExpiringCertification } from './models/expiring-certification.model';
import { Supplier } from '../models/supplier.model';
import { toCertification, toSupplier } from '../supplier.mapper';

const STALE = 'suppliers:confirmed,id';
const EXPIRING = 'certifications:expires,id';

function days(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 36500)
    throw DomainError.badInput(field, `must be a whole number of days between 0 and 36500, got ${value}`);
  return value;
}

@Injectable()
export class FreshnessService {
  constructor(
    private readonly repo: FreshnessRepository,
    private readonly clock: Clock,
  ) {}

  async staleProfiles(
    notConfirmedInDays: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Supplier>> {
    const d = days(notConfirmedInDays, 'days');
    const limit = pageSize(first);
    let key = null;
    if (after) {
      const [confirmed, id] = decodeCursor(after, STALE, 2);
      key = { confirmed: confirmed === null ? null : String(confirmed), id: String(id) };
    }
    const { rows, total } = await this.repo.staleProfiles(d, key, limit + 1);
    return toConnection(rows, limit, total, toSupplier, (r) => encodeCursor(STALE, [r.confirmed_key, r.id]), after);
  }

  /** ADMIN: every supplier's; SUPPLIER: its own profile's only. */
  async expiring(
    principal: Principal,
    withinDays: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ExpiringCertification>> {
    const d = days(withinDays, 'withinDays');
    const limit = pageSize(first);
    let key = null;
    if (after) {
      const [expiresOn, id] = decodeCursor(after, EXPIRING, 2);
      key = { expiresOn: String(expiresOn), id: String(id) };
    }
    const supplierId = principal.role === Role.ADMIN ? null : principal.supplierId;
    if (principal.role !== Role.ADMIN && !supplierId) throw DomainError.forbidden();
    const today = this.clock.today();
    const { rows, total } = await this.repo.expiring(today, d, supplierId, key, limit + 1);
    return toConnection(
      rows,
      limit,
      total,
      (r) => ({ certification: toCertification(r, today), supplierId: r.supplier_id, daysLeft: r.days_left }),
      (r) => encodeCursor(EXPIRING, [r.expires_on, r.id]),
      after,
    );
  }
}
