import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Readable } from 'stream';
import { CatalogService } from '@enlace/catalog';
import { domainErrorFromDatabase, sqlState } from '@enlace/core';
import { RowOutcome, SupplierCandidate } from './candidate';
import { checkReadableFile, openTextStream, scanTextFile, TextEncodingName } from './csv/encoding';
import { csvRecords } from './csv/record-stream';
import { checkDenueHeader, denueRow } from './denue/denue-format';
import { ScianMap } from './denue/scian-map';
import { checkEnlaceHeader, enlaceRow } from './enlace/enlace-template';
import { emptyReport, ImportFileError, ImportFormatName, ImportReport } from './import-report';
import { DuplicateCheckUnavailable, DuplicateChecker, PendingCheck } from './duplicate-checker';
import { v7 as uuidv7 } from 'uuid';
import { CreatedRow, ImportActor, ReadQuery, writeBatch } from './supplier-writer';

export interface ImportOptions {
  dryRun?: boolean;
  /** Rows per transaction (default 1,000). */
  batchSize?: number;
  actor?: ImportActor;
  /**
   * Called after every committed batch with the data rows read so far; `totalRows` estimates the
   * data rows of the file (from its line count; null when unknown, e.g. text over GraphQL).
   */
  onProgress?: (p: { rows: number; seconds: number; totalRows: number | null }) => void;
}

interface BatchContext {
  dryRun: boolean;
  actor: ImportActor;
  report: ImportReport;
  /** Settles when every earlier batch has committed or failed. */
  turn: Promise<void>;
  dup: DuplicateChecker | null;
  /** Without `dup`: where writeBatch runs the check (another connection; default the batch's). */
  readQuery?: ReadQuery;
  checks: Set<Promise<void>>;
  onCheckFailure: (e: unknown) => void;
}

export interface ImportRun {
  report: ImportReport;
  rows: number;
  seconds: number;
  encoding: TextEncodingName | 'text';
}

export const IMPORT_FORMATS: readonly ImportFormatName[] = ['denue', 'enlace'];
export const DEFAULT_IMPORT_BATCH = 1000;
/**
 * Batches of a DENUE file written at the same time, each in its own transaction and connection.
 * DENUE rows are matched by their source id only and the file's repeated ids are skipped, so two
 * batches never touch the same supplier; commits still happen in file order. Template rows (matched
 * by id or RFC, which two batches could share) are written one batch at a time.
 */
export const DENUE_WRITE_LANES = 2;
/** Connections running possible-duplicate checks after their batch has committed. */
export const DUPLICATE_CHECK_CONNECTIONS = 2;

/**
 * Streams a DENUE extract or an enlace template into the suppliers tables. Each batch is one
 * transaction; a batch that fails as a whole is split in halves until the bad rows are alone, so a
 * bad row never takes good ones with it. Every data row ends up in exactly one of
 * created/updated/unchanged/skipped/errors.
 *
 * Throughput: while one batch is written the next ones are parsed; DENUE batches are written two at
 * a time (DENUE_WRITE_LANES), committing in file order; the possible-duplicate check of a batch runs
 * on its own connection after the commit, in a snapshot taken just before it (so it sees the
 * suppliers as they were before the batch, as if the batches ran one after another), alongside the
 * writes of later batches.
 *
 * Memory stays flat whatever the file size: at most one batch per lane is in flight and the parser
 * waits (backpressure); a written batch's rows are dropped; the in-file duplicate test keeps source
 * ids in a compact typed-array set; repeated skip reasons share one string.
 */
@Injectable()
export class ImportService {
  private scian: ScianMap | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  static checkFormat(format: string): ImportFormatName {
    const f = format.trim().toLowerCase();
    if (!(IMPORT_FORMATS as readonly string[]).includes(f))
      throw new ImportFileError(`unknown format "${format}" (expected denue or enlace)`);
    return f as ImportFormatName;
  }

  async importFile(file: string, format: ImportFormatName, opts: ImportOptions = {}): Promise<ImportRun> {
    checkReadableFile(file);
    const { encoding, lines } = await scanTextFile(file);
    const run = await this.importStream(openTextStream(file, encoding), format, opts, Math.max(0, lines - 1));
    return { ...run, encoding };
  }

  async importText(csv: string, format: ImportFormatName, opts: ImportOptions = {}): Promise<ImportRun> {
    const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
    return { ...(await this.importStream(Readable.from([text]), format, opts)), encoding: 'text' };
  }

  private async importStream(
    text: Readable,
    format: ImportFormatName,
    opts: ImportOptions,
    totalRows: number | null = null,
  ): Promise<Omit<ImportRun, 'encoding'>> {
    const report = emptyReport();
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_IMPORT_BATCH);
    const actor = opts.actor ?? { userId: null, email: null };
    const dryRun = !!opts.dryRun;
    const mapRow = await this.rowMapper(format);
    const seen = new SeenKeys();
    const reasons = new Map<string, string>();
    const intern = (r: string) => {
      const got = reasons.get(r);
      if (got !== undefined) return got;
      if (reasons.size < 10_000) reasons.set(r, r);
      return r;
    };
    let rows = 0;
    let headerSeen = false;
    let mapper: ((line: number, fields: string[]) => RowOutcome) | null = null;
    let batch: SupplierCandidate[] = [];

    // connections: one per lane, plus the checker's; fewer when the pool is small (DB_POOL_SIZE)
    const pool = this.poolSize();
    const lanes =
      dryRun || format !== 'denue' || pool < DENUE_WRITE_LANES + DUPLICATE_CHECK_CONNECTIONS ? 1 : DENUE_WRITE_LANES;
    const checkConnections = dryRun ? 0 : Math.min(DUPLICATE_CHECK_CONNECTIONS, pool - lanes);
    const dup = checkConnections > 0 ? new DuplicateChecker(this.dataSource, checkConnections) : null;
    // without the checker (dry run, tiny pool) writeBatch runs the check itself: on another
    // connection while the batch is written when there is one, else in the batch's transaction
    const readQuery = pool > 1 ? (sql: string, params: unknown[]) => this.dataSource.query(sql, params) : undefined;
    const inFlight = new Set<Promise<void>>();
    const checks = new Set<Promise<void>>();
    let failure: unknown = null;
    /**
     * Settles when every batch handed over so far has committed (or failed) and reported progress:
     * the next batch's turn to commit, so batches also finish in file order.
     */
    let previousDone: Promise<void> = Promise.resolve();
    const flush = async () => {
      // a free lane first (the parser waits here: at most one batch per lane in flight, plus the one parsed)
      while (inFlight.size >= lanes) await Promise.race(inFlight);
      if (failure) throw failure;
      if (batch.length) {
        const b = batch;
        const rowsSoFar = rows;
        batch = [];
        // time-ordered ids, assigned in file order whichever lane writes the batch
        const ids = b.map(() => uuidv7());
        const turn = previousDone;
        const written = this.writeWithFallback(b, ids, {
          dryRun,
          actor,
          report,
          turn,
          dup,
          readQuery,
          checks,
          onCheckFailure: (e) => (failure ??= e),
        })
          .then(() => opts.onProgress?.({ rows: rowsSoFar, seconds: seconds(), totalRows }))
          .catch((e) => {
            failure ??= e;
          });
        previousDone = written;
        inFlight.add(written);
        void written.finally(() => inFlight.delete(written));
      }
    };
    try {
      for await (const rec of csvRecords(text)) {
        if (!headerSeen) {
          if (rec.kind === 'bad') throw new ImportFileError(`unreadable header on line ${rec.line}: ${rec.message}`);
          headerSeen = true;
          mapper = mapRow(rec.fields);
          continue;
        }
        rows++;
        if (rec.kind === 'bad') {
          report.errors.push({ line: rec.line, field: 'row', message: `malformed CSV: ${rec.message}` });
          continue;
        }
        const out = mapper!(rec.line, rec.fields);
        if (out.kind === 'skip') report.skipped.push({ line: out.line, reason: intern(out.reason) });
        else if (out.kind === 'error') report.errors.push({ line: out.line, field: out.field, message: out.message });
        else {
          const c = out.candidate;
          const key = c.source ? `s:${c.source}\u0000${c.sourceId}` : c.id ? `i:${c.id}` : `r:${c.rfc}`;
          const first = seen.getOrAdd(key, c.line);
          if (first !== undefined) {
            report.skipped.push({
              line: c.line,
              reason: `duplicate of line ${first}: ${c.source ? `source id ${c.source}:${c.sourceId}` : c.id ? `id ${c.id}` : `RFC ${c.rfc}`} appears more than once in the file`,
            });
            continue;
          }
          batch.push(c);
          if (batch.length >= batchSize) await flush();
        }
      }
      if (!headerSeen) throw new ImportFileError(`the file is empty: expected a ${format} header row`);
      await flush();
    } finally {
      // every batch and check settles before the import returns or fails (no connection left behind)
      await Promise.allSettled([...inFlight]);
      while (checks.size) await Promise.allSettled([...checks]);
      text.destroy();
    }
    if (failure) throw failure;
    report.skipped.sort((a, b) => a.line - b.line);
    report.errors.sort((a, b) => a.line - b.line);
    report.possibleDuplicates.sort((a, b) => a.line - b.line);
    return { report, rows, seconds: seconds() };
  }

  /**
   * Writes one batch in one transaction, committing only after every earlier batch (`turn`); a
   * batch that fails as a whole is split in halves until the bad rows are alone, so a bad row never
   * takes good ones with it. The batch's possible-duplicate check takes its snapshot just before
   * the commit and runs after it (tracked in `checks`).
   */
  private async writeWithFallback(batch: SupplierCandidate[], ids: string[], ctx: BatchContext): Promise<void> {
    const { dryRun, actor, report, dup, readQuery } = ctx;
    const opened: { check: PendingCheck | null } = { check: null };
    try {
      const beforeCommit = async (created: CreatedRow[]) => {
        await ctx.turn;
        if (created.length) opened.check = await dup!.open(created);
      };
      const r = await this.dataSource.transaction((m) =>
        writeBatch(m, batch, { dryRun, actor, readQuery, newIds: ids, beforeCommit: dup ? beforeCommit : undefined }),
      );
      for (const o of r.outcomes) {
        if (o.kind === 'error') report.errors.push({ line: o.line, field: o.field, message: o.message });
        else report[o.kind]++;
      }
      report.possibleDuplicates.push(...r.duplicates);
      const check = opened.check;
      opened.check = null;
      if (check) {
        const run = check.run().then(
          (found) => void report.possibleDuplicates.push(...found),
          (e) => ctx.onCheckFailure(e),
        );
        ctx.checks.add(run);
        void run.finally(() => ctx.checks.delete(run));
      }
    } catch (e) {
      opened.check?.cancel();
      opened.check = null;
      if (e instanceof DuplicateCheckUnavailable) throw e;
      if (batch.length === 1) {
        report.errors.push({ line: batch[0].line, field: 'row', message: describeDbError(e) });
        return;
      }
      // Find the culprit(s): halves in their own transactions, down to single rows.
      const half = Math.ceil(batch.length / 2);
      await this.writeWithFallback(batch.slice(0, half), ids.slice(0, half), ctx);
      await this.writeWithFallback(batch.slice(half), ids.slice(half), ctx);
    }
  }

  private poolSize(): number {
    const max = (this.dataSource.options as { extra?: { max?: number } }).extra?.max;
    return typeof max === 'number' && max >= 1 ? max : 10; // node-postgres' default
  }

  private async rowMapper(
    format: ImportFormatName,
  ): Promise<(header: string[]) => (line: number, fields: string[]) => RowOutcome> {
    const states = await this.catalog.states();
    const statesByInegi = new Map(states.map((s) => [s.inegiCode, s.code]));
    if (format === 'denue') {
      const scian = (this.scian ??= ScianMap.load());
      return (header) => {
        checkDenueHeader(header);
        return (line, fields) => denueRow(line, fields, { scian, statesByInegi });
      };
    }
    const ctx = {
      states: new Set(states.map((s) => s.code)),
      statesByInegi,
      processes: new Set((await this.catalog.processes()).map((p) => p.code)),
      schemes: new Set((await this.catalog.schemes()).map((s) => s.code)),
    };
    return (header) => {
      const h = checkEnlaceHeader(header);
      return (line, fields) => enlaceRow(line, fields, h, ctx);
    };
  }
}

/** A database error as a row message, without SQL (the codes are mapped by @enlace/core). */
export function describeDbError(e: unknown): string {
  const code = sqlState(e);
  return domainErrorFromDatabase(e)?.message ?? `could not be written (database error${code ? ` ${code}` : ''})`;
}

/**
 * Keys seen in one file with the line of their first occurrence. Plain digit keys (DENUE ids up to
 * 15 digits, the common case) live in an open-addressing table of typed arrays (about 24 bytes per
 * key, outside the JS heap); anything else in a Map.
 */
export class SeenKeys {
  private keys = new Float64Array(1 << 16);
  private lines = new Int32Array(1 << 16);
  private count = 0;
  private readonly other = new Map<string, number>();

  /** The line where `key` was first seen, or undefined after recording it with `line`. */
  getOrAdd(key: string, line: number): number | undefined {
    const m = /^s:denue\u0000([1-9]\d{0,14})$/.exec(key);
    if (!m) {
      const first = this.other.get(key);
      if (first === undefined) this.other.set(key, line);
      return first;
    }
    const k = Number(m[1]);
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.find(k);
    if (this.keys[slot] === k) return this.lines[slot];
    this.keys[slot] = k;
    this.lines[slot] = line;
    this.count++;
    return undefined;
  }

  private find(k: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul((k % 0x7fffffff) | 0, 0x9e3779b1) ^ Math.floor(k / 0x7fffffff)) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldLines = this.lines;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.lines = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const slot = this.find(oldKeys[i]);
      this.keys[slot] = oldKeys[i];
      this.lines[slot] = oldLines[i];
    }
  }
}
