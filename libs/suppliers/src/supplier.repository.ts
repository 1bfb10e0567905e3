import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery, queryRows, Region } from '@enlace/core';
import { validCertSql } from './certifications/certification-status';

export interface SupplierRow {
  id: string;
  name: string;
  rfc: string | null;
  tier: string | null;
  state_code: string;
  region: Region;
  city: string;
  lat: number;
  lng: number;
  employees: string | null;
  source: string | null;
  profile_confirmed_at: Date | null;
  version: number;
  updated_at: Date;
  rank?: number;
}

export interface CapabilityRow {
  supplier_id: string;
  process_code: string;
  materials: string[];
  notes: string | null;
}

export interface CertificationRow {
  id: string;
  supplier_id: string;
  scheme_code: string;
  certificate_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  expires_on: string | null;
  recorded_status: 'SUSPENDED' | 'WITHDRAWN' | null;
  superseded_by: string | null;
}

export interface ContactRow {
  id: string;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
}

export interface SupplierSearch {
  search: string | null;
  region: Region | null;
  stateCode: string | null;
  process: string | null;
  certification: string | null;
  today: string;
}

export type SupplierKeyset =
  { kind: 'name'; name: string; id: string } | { kind: 'rank'; rank: number; name: string; id: string };

export const SUPPLIER_COLUMNS = `s.id, s.name, s.rfc, s.tier, s.state_code, st.region, s.city, s.lat, s.lng, s.employees, s.source,
  s.profile_confirmed_at, s.version, s.updated_at`;

/** Thin data access for supplier reads; hot queries are explicit SQL. */
@Injectable()
export class SupplierRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private filters(f: SupplierSearch, params: unknown[]): string[] {
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (f.search) {
      const q = p(f.search);
      where.push(
        `(public.enlace_fold(${q}) <% s.search_name OR s.search_name LIKE '%' || public.enlace_fold(${q}) || '%')`,
      );
    }
    if (f.region) where.push(`st.region = ${p(f.region)}`);
    if (f.stateCode) where.push(`s.state_code = ${p(f.stateCode)}`);
    if (f.process)
      where.push(
        `EXISTS (SELECT 1 FROM supplier_capabilities sc WHERE sc.supplier_id = s.id AND sc.process_code = ${p(f.process)})`,
      );
    if (f.certification) {
      const scheme = p(f.certification);
      const today = p(f.today);
      where.push(`EXISTS (SELECT 1 FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
                   WHERE c.supplier_id = s.id AND c.scheme_code = ${scheme} AND ${validCertSql('c', 'cs', `${today}::date`)})`);
    }
    return where;
  }

  /** The page after `after` (limit rows, in relevance order when searching, else by name). */
  page(f: SupplierSearch, after: SupplierKeyset | null, limit: number): Promise<SupplierRow[]> {
    const params: unknown[] = [];
    const where = this.filters(f, params);
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    let rankExpr = '';
    let order = 's.name, s.id';
    if (f.search) {
      rankExpr = `, word_similarity(public.enlace_fold($1), s.search_name) AS rank`;
      order = 'rank DESC, s.name, s.id';
    }
    if (after?.kind === 'name') where.push(`(s.name, s.id) > (${p(after.name)}::text, ${p(after.id)}::uuid)`);
    if (after?.kind === 'rank') {
      const r = p(after.rank);
      where.push(
        `(word_similarity(public.enlace_fold($1), s.search_name) < ${r}::real OR (word_similarity(public.enlace_fold($1), s.search_name) = ${r}::real AND (s.name, s.id) > (${p(after.name)}::text, ${p(after.id)}::uuid)))`,
      );
    }
    const sql = `SELECT ${SUPPLIER_COLUMNS}${rankExpr}
                   FROM suppliers s JOIN states st ON st.code = s.state_code
                  ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                  ORDER BY ${order} LIMIT ${p(limit)}`;
    return queryRows<SupplierRow>(this.db, sql, params);
  }

  /** How many suppliers match the filters (the connection's totalCount, run only when asked for). */
  async count(f: SupplierSearch): Promise<number> {
    const params: unknown[] = [];
    const where = this.filters(f, params);
    const [row] = await queryRows<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM suppliers s JOIN states st ON st.code = s.state_code ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`,
      params,
    );
    return row.n;
  }

  /** Hot (every ranking and every supplier DataLoader): a prepared statement outside transactions. */
  async byIds(ids: readonly string[], manager?: EntityManager): Promise<SupplierRow[]> {
    const sql = `SELECT ${SUPPLIER_COLUMNS} FROM suppliers s JOIN states st ON st.code = s.state_code WHERE s.id = ANY($1::uuid[])`;
    return manager ? queryRows<SupplierRow>(manager, sql, [ids]) : preparedQuery<SupplierRow>(this.db, sql, [ids]);
  }

  /** Whether any supplier came from `source` with a source id starting with `sourceIdPrefix`. */
  async anyFromSource(source: string, sourceIdPrefix: string): Promise<boolean> {
    const [row] = await queryRows<{ present: boolean }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM suppliers WHERE source = $1 AND starts_with(source_id, $2)) AS present`,
      [source, sourceIdPrefix],
    );
    return row.present;
  }

  /** Contact details, read only for callers allowed to see them (see `canSeeSupplierContacts`). */
  async contactsOf(ids: readonly string[]): Promise<ContactRow[]> {
    return queryRows<ContactRow>(
      this.db,
      `SELECT id, contact_email, contact_phone, website FROM suppliers WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async capabilitiesOf(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<CapabilityRow[]> {
    return queryRows<CapabilityRow>(
      manager,
      `SELECT supplier_id, process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position, process_code`,
      [ids],
    );
  }

  async certificationsOf(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<CertificationRow[]> {
    return queryRows<CertificationRow>(
      manager,
      `SELECT c.id, c.supplier_id, c.scheme_code, c.certificate_number, c.issuer, c.issued_on, c.expires_on, c.recorded_status, cs.superseded_by
         FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
        WHERE c.supplier_id = ANY($1::uuid[])
        ORDER BY c.supplier_id, c.expires_on DESC NULLS LAST, c.scheme_code, c.id`,
      [ids],
    );
  }
}
