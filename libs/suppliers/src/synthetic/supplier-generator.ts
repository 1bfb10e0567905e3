import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { randomBytes } from 'crypto';
import { Clock, insertWithCapabilityFacts } from '@enlace/core';
import { GeneratorData, loadGeneratorData } from './synthetic-data';
import { SyntheticSupplier, seedContext, syntheticSupplier } from './synthetic-supplier';

export interface GenerateOptions {
  /** `suppliers.source` of the generated rows (default "synthetic"). */
  source?: string;
  /** Rows per INSERT statement / transaction (default 5,000). */
  batchSize?: number;
  /** "Today" for certificate dates and confirmations (default: the app clock). */
  today?: string;
  onProgress?: (p: GenerateProgress) => void;
}

export interface GenerateProgress {
  done: number;
  total: number;
  inserted: number;
  seconds: number;
}

export interface GenerateResult {
  seed: string;
  source: string;
  requested: number;
  /** New suppliers written; rows whose (source, source_id) or RFC already existed are skipped. */
  inserted: number;
  skipped: number;
  capabilities: number;
  certifications: number;
  seconds: number;
}

export const DEFAULT_GENERATOR_BATCH = 5000;

/**
 * Writes deterministic synthetic suppliers (see syntheticSupplier) with multi-row
 * INSERT ... SELECT FROM unnest(...) statements, one transaction per batch. source_id is
 * `${seed}-${index}`, so running a seed again adds nothing and another seed adds new suppliers.
 */
@Injectable()
export class SupplierGenerator {
  private data: GeneratorData | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(Clock) private readonly clock?: Clock,
  ) {}

  static randomSeed(): string {
    return randomBytes(4).toString('hex');
  }

  /** The suppliers a run would write, without touching the database. */
  preview(n: number, seed: string, today = this.today(), from = 0): SyntheticSupplier[] {
    const data = this.generatorData();
    const ctx = seedContext(seed, data);
    const out: SyntheticSupplier[] = [];
    for (let i = from; i < from + n; i++) out.push(syntheticSupplier(ctx, data, i, today));
    return out;
  }

  async generate(n: number, seed: string, opts: GenerateOptions = {}): Promise<GenerateResult> {
    if (!Number.isInteger(n) || n < 0) throw new Error(`number of suppliers must be a whole number >= 0, got ${n}`);
    const source = opts.source ?? 'synthetic';
    const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_GENERATOR_BATCH);
    const today = opts.today ?? this.today();
    const data = this.generatorData();
    const ctx = seedContext(seed, data);
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const result: GenerateResult = {
      seed,
      source,
      requested: n,
      inserted: 0,
      skipped: 0,
      capabilities: 0,
      certifications: 0,
      seconds: 0,
    };
    for (let from = 0; from < n; from += batchSize) {
      const batch: SyntheticSupplier[] = [];
      for (let i = from; i < Math.min(n, from + batchSize); i++) batch.push(syntheticSupplier(ctx, data, i, today));
      const w = await this.dataSource.transaction((m) => this.writeBatch(m, source, batch));
      result.inserted += w.suppliers;
      result.capabilities += w.capabilities;
      result.certifications += w.certifications;
      opts.onProgress?.({ done: from + batch.length, total: n, inserted: result.inserted, seconds: seconds() });
    }
    result.skipped = n - result.inserted;
    result.seconds = seconds();
    return result;
  }

  private async writeBatch(m: EntityManager, source: string, batch: SyntheticSupplier[]) {
    const rows: Array<{ id: string; source_id: string }> = await m.query(
      `INSERT INTO suppliers (name, rfc, tier, state_code, city, lat, lng, employees, source, source_id, profile_confirmed_at)
       SELECT name, rfc, tier, state_code, city, lat, lng, employees, $9, source_id, profile_confirmed_at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $10::text[], $11::timestamptz[])
           AS x(name, rfc, tier, state_code, city, lat, lng, employees, source_id, profile_confirmed_at)
       ON CONFLICT DO NOTHING
       RETURNING id, source_id`,
      [
        batch.map((s) => s.name),
        batch.map((s) => s.rfc),
        batch.map((s) => s.tier),
        batch.map((s) => s.stateCode),
        batch.map((s) => s.city),
        batch.map((s) => s.lat),
        batch.map((s) => s.lng),
        batch.map((s) => s.employees),
        source,
        batch.map((s) => s.sourceId),
        batch.map((s) => s.profileConfirmedAt),
      ],
    );
    if (!rows.length) return { suppliers: 0, capabilities: 0, certifications: 0 };
    const ids = new Map(rows.map((r) => [r.source_id, r.id]));
    const cap = {
      id: [] as string[],
      process: [] as string[],
      materials: [] as string[],
      position: [] as number[],
      lat: [] as number[],
      lng: [] as number[],
      confirmed: [] as Array<Date | null>,
    };
    const cert = {
      id: [] as string[],
      scheme: [] as string[],
      num: [] as string[],
      issuer: [] as string[],
      issued: [] as string[],
      expires: [] as string[],
      status: [] as (string | null)[],
    };
    for (const s of batch) {
      const id = ids.get(s.sourceId);
      if (!id) continue;
      s.capabilities.forEach((c, i) => {
        cap.id.push(id);
        cap.process.push(c.process);
        cap.materials.push(c.materials.join('|'));
        cap.position.push(i);
        cap.lat.push(s.lat);
        cap.lng.push(s.lng);
        cap.confirmed.push(s.profileConfirmedAt);
      });
      for (const c of s.certifications) {
        cert.id.push(id);
        cert.scheme.push(c.scheme);
        cert.num.push(c.certificateNumber);
        cert.issuer.push(c.issuer);
        cert.issued.push(c.issuedOn);
        cert.expires.push(c.expiresOn);
        cert.status.push(c.recordedStatus);
      }
    }
    if (cap.id.length) {
      // The suppliers are new and get their certificates below (summarised onto these rows by the
      // certifications statement trigger), so every column the per-row BEFORE trigger would look up
      // is known here: geo (the suppliers.geo expression), confirmed_at, and no certificates yet;
      // that trigger's per-row call is skipped.
      await insertWithCapabilityFacts(m, () =>
        m.query(
          `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, position, geo, confirmed_at, cert_schemes, cert_expires)
         SELECT sid, process, CASE WHEN mats = '' THEN '{}'::text[] ELSE string_to_array(mats, '|') END, pos,
                public.enlace_earth(lat, lng), confirmed, '{}', '{}'
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int2[], $5::float8[], $6::float8[], $7::timestamptz[]) AS x(sid, process, mats, pos, lat, lng, confirmed)`,
          [cap.id, cap.process, cap.materials, cap.position, cap.lat, cap.lng, cap.confirmed],
        ),
      );
    }
    if (cert.id.length) {
      await m.query(
        `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[])`,
        [cert.id, cert.scheme, cert.num, cert.issuer, cert.issued, cert.expires, cert.status],
      );
    }
    return { suppliers: rows.length, capabilities: cap.id.length, certifications: cert.id.length };
  }

  private generatorData(): GeneratorData {
    return (this.data ??= loadGeneratorData());
  }

  private today(): string {
    return this.clock?.today() ?? new Date().toISOString().slice(0, 10);
  }
}
