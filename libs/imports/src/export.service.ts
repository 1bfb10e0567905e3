import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Writable } from 'stream';
import { once } from 'events';
import { CatalogService } from '@enlace/catalog';
import { DomainError, Region } from '@enlace/core';
import { CandidateCapability, CandidateCertification, canonicalTimestampSql } from './candidate';
import { csvField, ENLACE_COLUMNS, formatCapabilities, formatCertifications } from './enlace/enlace-template';

export interface ExportFilter {
  region?: string | null;
  process?: string | null;
}

export const EXPORT_PAGE = 2000;

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
      const rows: Array<Record<string, any>> = await this.dataSource.query(
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
      if (!rows.length) break;
      const ids = rows.map((r) => r.id);
      const [capRows, certRows] = await Promise.all([
        this.dataSource.query(
          `SELECT supplier_id, process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position, process_code`,
          [ids],
        ),
        this.dataSource.query(
          `SELECT supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status FROM certifications
            WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, scheme_code, issued_on NULLS FIRST, expires_on NULLS FIRST, certificate_number NULLS FIRST, id`,
          [ids],
        ),
      ]);
      const caps = new Map<string, CandidateCapability[]>();
      for (const r of capRows)
        caps.set(r.supplier_id, [
          ...(caps.get(r.supplier_id) ?? []),
          { process: r.process_code, materials: r.materials, notes: r.notes },
        ]);
      const certs = new Map<string, CandidateCertification[]>();
      for (const r of certRows) {
        certs.set(r.supplier_id, [
          ...(certs.get(r.supplier_id) ?? []),
          {
            scheme: r.scheme_code,
            certificateNumber: r.certificate_number,
            issuer: r.issuer,
            issuedOn: r.issued_on,
            expiresOn: r.expires_on,
            recordedStatus: r.recorded_status,
          },
        ]);
      }
      let chunk = '';
      for (const r of rows) {
        const values: Record<(typeof ENLACE_COLUMNS)[number], string | number | null> = {
          id: r.id,
          source: r.source,
          source_id: r.source_id,
          name: r.name,
          rfc: r.rfc,
          tier: r.tier,
          state_code: r.state_code,
          city: r.city,
          lat: r.lat,
          lng: r.lng,
          employees: r.employees,
          contact_email: r.contact_email,
          contact_phone: r.contact_phone,
          website: r.website,
          profile_confirmed_at: r.profile_confirmed_at,
          capabilities: formatCapabilities(caps.get(r.id) ?? []),
          certifications: formatCertifications(certs.get(r.id) ?? []),
        };
        chunk += ENLACE_COLUMNS.map((c) => csvField(values[c])).join(',') + '\n';
      }
      await write(chunk);
      total += rows.length;
      after = rows[rows.length - 1].id;
      onProgress?.(total);
      if (rows.length < EXPORT_PAGE) break;
    }
    return total;
  }
}
