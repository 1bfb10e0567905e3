import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { randomBytes } from 'crypto';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '@enlace/core';
import { NewSuppliersWrite } from '../store/store-rows';
import { SupplierStore } from '../store/supplier.store';
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
 * Writes deterministic synthetic suppliers (see syntheticSupplier) through SupplierStore's
 * set-wise createMissing, one transaction per batch. source_id is `${seed}-${index}`, so running a
 * seed again adds nothing and another seed adds new suppliers.
 */
@Injectable()
export class SupplierGenerator {
  private data: GeneratorData | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: SupplierStore,
    @Optional() @Inject(Clock) private readonly clock?: Clock,
  ) {}

  static randomSeed(): string {
    return randomBytes(4).toString('hex');
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
      const w = await this.dataSource.transaction((m) => this.store.createMissing(m, newSuppliersWrite(source, batch)));
      result.inserted += w.created.size;
      result.capabilities += w.capabilities;
      result.certifications += w.certifications;
      opts.onProgress?.({ done: from + batch.length, total: n, inserted: result.inserted, seconds: seconds() });
    }
    if (result.inserted) await this.store.refreshStatistics(this.dataSource.manager);
    result.skipped = n - result.inserted;
    result.seconds = seconds();
    return result;
  }

  private generatorData(): GeneratorData {
    return (this.data ??= loadGeneratorData());
  }

  private today(): string {
    return this.clock?.today() ?? new Date().toISOString().slice(0, 10);
  }
}

/** A batch of synthetic suppliers as new rows (version 7 ids, in batch order) with what belongs to them. */
function newSuppliersWrite(source: string, batch: SyntheticSupplier[]): NewSuppliersWrite {
  const w: NewSuppliersWrite = { creates: [], capabilities: [], certifications: [], audit: [] };
  for (const s of batch) {
    const id = uuidv7();
    const { capabilities, certifications, ...profile } = s;
    w.creates.push({ ...profile, id, source, contactEmail: null, contactPhone: null, website: null });
    capabilities.forEach((c, position) => w.capabilities.push({ supplierId: id, ...c, notes: null, position }));
    for (const c of certifications) w.certifications.push({ supplierId: id, ...c });
  }
  return w;
}
