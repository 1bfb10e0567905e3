import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Writable } from 'stream';
import { once } from 'events';
import { CatalogService } from '@enlace/catalog';
import { DomainError, queryRows, Region } from '@enlace/core';
import { CandidateCapability, CandidateCertification, canonicalTimestampSql } from './candidate';
import { csvField, ENLACE_COLUMNS, formatCapabilities, formatCertifications } from './enlace/enlace-template';

export interface ExportFilter {
  region?: string | null;
  process?: string | null;
}

export const EXPORT_PAGE = 2000;

/** A supplier as exported (the template's columns, from suppliers). */
interface ExportSupplierRow {
  id: string;
  source: string | null;
  source_id: string | null;
  name: string;
  rfc: string | null;
  tier: string | null;
  state_code: string;
  city: string;
  lat: number;
  lng: number;
  employees: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  profile_confirmed_at: string | null;
}

interface ExportCapabilityRow {
  supplier_id: string;
  process_code: string;
  materials: string[];
  notes: string | null;
}

interface ExportCertificationRow {
  supplier_id: string;
  scheme_code: string;
  certificate_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  expires_on: string | null;
  recorded_status: 'SUSPENDED' | 'WITHDRAWN' | null;
}

/** Rows grouped by supplier id, each group in the rows' order. */
function bySupplier<R extends { supplier_id: string }, V>(rows: readonly R[], value: (r: R) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(r.supplier_id);
    if (list) list.push(value(r));
    else out.set(r.supplier_id, [value(r)]);
  }
  return out;
}

/** One CSV line of the enlace template. */
function csvLine(r: ExportSupplierRow, caps: CandidateCapability[], certs: CandidateCertification[]): string {
  const values: Record<(typeof ENLACE_COLUMNS)[number], string | number | null> = {
    ...r,
    capabilities: formatCapabilities(caps),
    certifications: formatCertifications(certs),
  };
  return ENLACE_COLUMNS.map((c) => csvField(values[c])).join(',') + '\n';
}

/** Writes suppliers as the enlace CSV template, page by page (keyset on id), so memory stays flat. */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  async checkFilter(filter: ExportFilter): Promise<void> {
    if (filter.region && !(Object.values(Region) as string[]).includes(filter.region)) {
      throw DomainError.badInput(
        'region',
        `unknown region "${filter.region}" (expected one of ${Object.values(Region).join(', ')})`,
      );
    }
    if (filter.process) await this.catalog.requireProcess(filter.process, 'process');
  }

  /** Streams the CSV to `out` (not ended); resolves to the number of suppliers written. */
  async exportCsv(out: Writable, filter: ExportFilter = {}, onProgress?: (rows: number) => void): Promise<number> {
    await this.checkFilter(filter);
    const write = async (s: string) => {
      if (!out.write(s)) await once(out, 'drain');
    };
    await write(ENLACE_COLUMNS.join(',') + '\n');
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const rows = await this.page(after, filter);
      if (!rows.length) break;
      await write(await this.csvChunk(rows));
      total += rows.length;
      after = rows[rows.length - 1].id;
      onProgress?.(total);
      if (rows.length < EXPORT_PAGE) break;
    }
    return total;
  }

  /** The CSV lines of a page of suppliers, with their capabilities and certificates. */
  private async csvChunk(rows: readonly ExportSupplierRow[]): Promise<string> {
    const ids = rows.map((r) => r.id);
    const [capRows, certRows] = await Promise.all([this.capabilities(ids), this.certifications(ids)]);
    const caps = bySupplier(capRows, (r) => ({ process: r.process_code, materials: r.materials, notes: r.notes }));
    const certs = bySupplier(certRows, (r) => ({
      scheme: r.scheme_code,
      certificateNumber: r.certificate_number,
      issuer: r.issuer,
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      recordedStatus: r.recorded_status,
    }));
    return rows.map((r) => csvLine(r, caps.get(r.id) ?? [], certs.get(r.id) ?? [])).join('');
  }

  private page(after: string | null, filter: ExportFilter): Promise<ExportSupplierRow[]> {
    return queryRows<ExportSupplierRow>(
      this.dataSource,
      `SELECT s.id, s.source, s.source_id, s.name, s.rfc, s.tier, s.state_code, s.city, s.lat, s.lng, s.employees,
              s.contact_email, s.contact_phone, s.website, ${canonicalTimestampSql('s.profile_confirmed_at')} AS profile_confirmed_at
         FROM suppliers s JOIN states st ON st.code = s.state_code
        WHERE ($1::uuid IS NULL OR s.id > $1::uuid)
          AND ($2::text IS NULL OR st.region = $2::text)
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM supplier_capabilities c WHERE c.supplier_id = s.id AND c.process_code = $3::text))
        ORDER BY s.id
        LIMIT ${EXPORT_PAGE}`,
      [after, filter.region ?? null, filter.process ?? null],
    );
  }

  private capabilities(ids: readonly string[]): Promise<ExportCapabilityRow[]> {
    return queryRows<ExportCapabilityRow>(
      this.dataSource,
      `SELECT supplier_id, process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position, process_code`,
      [ids],
    );
  }

  private certifications(ids: readonly string[]): Promise<ExportCertificationRow[]> {
    return queryRows<ExportCertificationRow>(
      this.dataSource,
      `SELECT supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status FROM certifications
        WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, scheme_code, issued_on NULLS FIRST, expires_on NULLS FIRST, certificate_number NULLS FIRST, id`,
      [ids],
    );
  }
}
