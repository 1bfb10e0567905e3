import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '@enlace/core';
import { SUPPLIER_COLUMNS, SupplierRow, CertificationRow } from '../supplier.repository';

export interface StaleKey {
  confirmed: string | null;
  id: string;
}

export interface ExpiringRow extends CertificationRow {
  days_left: number;
}

/** Reads for reminders: stale profiles and lapsing certificates. */
@Injectable()
export class FreshnessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Profiles not confirmed within `days` days: never-confirmed first, then oldest confirmation. */
  async staleProfiles(
    days: number,
    after: StaleKey | null,
    limit: number,
  ): Promise<{ rows: (SupplierRow & { confirmed_key: string | null })[]; total: number }> {
    const base = `(s.profile_confirmed_at IS NULL OR s.profile_confirmed_at < now() - make_interval(days => $1::int))`;
    const params: unknown[] = [days];
    let keyset = '';
    if (after) {
      params.push(after.id);
      if (after.confirmed === null) {
        keyset = `AND ((s.profile_confirmed_at IS NULL AND s.id > $2::uuid) OR s.profile_confirmed_at IS NOT NULL)`;
      } else {
        params.push(after.confirmed);
        keyset = `AND s.profile_confirmed_at IS NOT NULL AND (s.profile_confirmed_at, s.id) > ($3::timestamptz, $2::uuid)`;
      }
    }
    params.push(limit);
    const [rows, [count]] = await Promise.all([
      queryRows<SupplierRow & { confirmed_key: string | null }>(
        this.db,
        `SELECT ${SUPPLIER_COLUMNS}, to_char(s.profile_confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS confirmed_key
           FROM suppliers s JOIN states st ON st.code = s.state_code
          WHERE ${base} ${keyset}
          ORDER BY s.profile_confirmed_at NULLS FIRST, s.id LIMIT $${params.length}`,
        params,
      ),
      queryRows<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM suppliers s WHERE ${base}`, [days]),
    ]);
    return { rows, total: count.n };
  }

  /**
   * Certificates valid today (not suspended, withdrawn or superseded) whose expiry falls within
   * `withinDays` days, soonest first; only one supplier's when `supplierId` is given.
   */
  async expiring(
    today: string,
    withinDays: number,
    supplierId: string | null,
    after: { expiresOn: string; id: string } | null,
    limit: number,
  ): Promise<{ rows: ExpiringRow[]; total: number }> {
    const where = `c.recorded_status IS NULL AND cs.superseded_by IS NULL AND c.expires_on >= $1::date AND c.expires_on <= $1::date + $2::int
                   AND ($3::uuid IS NULL OR c.supplier_id = $3::uuid)`;
    const params: unknown[] = [today, withinDays, supplierId];
    const keyset = after ? `AND (c.expires_on, c.id) > ($4::date, $5::uuid)` : '';
    if (after) params.push(after.expiresOn, after.id);
    params.push(limit);
    const [rows, [count]] = await Promise.all([
      queryRows<ExpiringRow>(
        this.db,
        `SELECT c.id, c.supplier_id, c.scheme_code, c.certificate_number, c.issuer, c.issued_on, c.expires_on, c.recorded_status, cs.superseded_by,
                (c.expires_on - $1::date) AS days_left
           FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
          WHERE ${where} ${keyset}
          ORDER BY c.expires_on, c.id LIMIT $${params.length}`,
        params,
      ),
      queryRows<{ n: number }>(
        this.db,
        `SELECT count(*)::int AS n FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code WHERE ${where}`,
        params.slice(0, 3),
      ),
    ]);
    return { rows, total: count.n };
  }
}
