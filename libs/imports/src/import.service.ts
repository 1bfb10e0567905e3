/**
 * The import pipeline: how a DENUE extract or an enlace template reaches the suppliers tables, and
 * everything that runs at the same time meanwhile. This comment is the one description of its
 * concurrency; the code below follows it step by step.
 *
 * 1. Parse (`parse`). The file is streamed record by record and each data row mapped and validated
 *    (denue-format, enlace-template) into a candidate, a skip or an error; a candidate whose key
 *    (source id, id or RFC) appeared earlier in the file is skipped. Candidates are cut into
 *    batches of `batchSize` rows, and each batch gets its new-supplier ids when it is cut (version 7,
 *    time-ordered: ids increase along the file).
 *
 * 2. Write, in lanes (`WritePipeline`). Each batch is one transaction on a pooled connection of its
 *    own (`writeWithFallback` → supplier-writer: read what the rows match, plan, write through
 *    SupplierStore). A DENUE file is written in DENUE_WRITE_LANES lanes, i.e. that many batches at
 *    once: DENUE rows match by source id only and repeated ids are skipped, so two batches never touch
 *    the same supplier. Template rows match by id or RFC, which two batches could share: one lane.
 *    The parser waits for a free lane (backpressure), so memory holds at most one batch per lane
 *    plus the one being parsed, whatever the file size. A dry run takes the same steps and writes
 *    nothing.
 *
 * 3. Commit in file order. Last thing before committing, a batch waits for its `turn`: the previous
 *    batch has committed (or failed) and reported progress. So batches finish in file order and an
 *    interrupted import leaves a prefix of the file.
 *
 * 4. Possible duplicates (a similar name within 1 km; duplicate-checker.ts). At its turn, before
 *    committing, a batch opens a read-only snapshot on a checker connection: it holds exactly the
 *    suppliers that existed before the batch, as if the batches had run one after another. The check
 *    runs on that snapshot after the commit, alongside the later batches' writes. At most
 *    DUPLICATE_CHECK_CONNECTIONS snapshots are open at once; opening one waits for a free one. With a
 *    one-connection pool there is no checker: the check runs in the batch's own transaction, before
 *    its writes.
 *
 * 5. Failures. A batch that fails as a whole is split in halves, each in its own transaction, down to
 *    single rows, so a bad row never takes good ones with it (it becomes a row error). Anything else
 *    (a snapshot that cannot be opened, a check that fails, a progress callback that throws) stops
 *    the import: parsing stops at the next batch, and every batch and check in flight settles
 *    before the import returns or fails, so no connection is left behind.
 *
 * Connections (DB_POOL_SIZE): lanes plus checkers fit in the pool. Two DENUE lanes need four (two
 * checkers); otherwise one lane and up to two checkers; a pool of one gives the in-transaction check.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Readable } from 'stream';
import { v7 as uuidv7 } from 'uuid';
import { CatalogService } from '@enlace/catalog';
import { domainErrorFromDatabase, sqlState } from '@enlace/core';
import { SupplierStore } from '@enlace/suppliers';
import { RowOutcome, SupplierCandidate } from './candidate';
import { checkReadableFile, openTextStream, scanTextFile, TextEncodingName } from './csv/encoding';
import { CsvRecord, csvRecords } from './csv/record-stream';
import { checkDenueHeader, denueRow } from './denue/denue-format';
import { ScianMap } from './denue/scian-map';
import { checkEnlaceHeader, enlaceRow } from './enlace/enlace-template';
import { emptyReport, ImportFileError, ImportFormatName, ImportReport } from './import-report';
import { DuplicateCheckUnavailable, DuplicateChecker, PendingCheck } from './duplicate-checker';
import { ImportActor } from './batch-plan';
import { BatchResult, writeBatch } from './supplier-writer';
import { SeenKeys } from './seen-keys';

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

export interface ImportRun {
  report: ImportReport;
  rows: number;
  seconds: number;
  encoding: TextEncodingName | 'text';
}

export const IMPORT_FORMATS: readonly ImportFormatName[] = ['denue', 'enlace'];
export const DEFAULT_IMPORT_BATCH = 1000;
/** Batches of a DENUE file written at the same time (step 2 above). */
export const DENUE_WRITE_LANES = 2;
/** Connections running possible-duplicate checks after their batch has committed (step 4 above). */
export const DUPLICATE_CHECK_CONNECTIONS = 2;

type RowMapper = (line: number, fields: string[]) => RowOutcome;

/** What every batch of one import shares. */
interface BatchContext {
  dryRun: boolean;
  actor: ImportActor;
  report: ImportReport;
  /** Null with a one-connection pool: the check then runs in the batch's transaction. */
  checker: DuplicateChecker | null;
  pipeline: WritePipeline;
}

/**
 * Streams a DENUE extract or an enlace template into the suppliers tables (see the top of this
 * file). Every data row ends up in exactly one of created/updated/unchanged/skipped/errors.
 */
/** Rows written by one import from which the planner's statistics are refreshed at its end. */
const BULK_LOAD_ROWS = 10_000;

@Injectable()
export class ImportService {
  private scian: ScianMap | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly store: SupplierStore,
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
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    const ctx = this.batchContext(format, opts);
    const mapRow = await this.rowMapper(format);
    const onBatch = (batch: SupplierCandidate[], rowsSoFar: number) => {
      const ids = batch.map(() => uuidv7());
      return ctx.pipeline.submit(async (turn) => {
        await this.writeWithFallback(batch, ids, turn, ctx);
        opts.onProgress?.({ rows: rowsSoFar, seconds: seconds(), totalRows });
      });
    };
    let rows: number;
    try {
      rows = await parse(
        text,
        format,
        mapRow,
        ctx.report,
        Math.max(1, opts.batchSize ?? DEFAULT_IMPORT_BATCH),
        onBatch,
      );
    } finally {
      await ctx.pipeline.settle();
      text.destroy();
    }
    ctx.pipeline.throwIfFailed();
    const { report } = ctx;
    if (report.created + report.updated >= BULK_LOAD_ROWS) await this.store.refreshStatistics(this.dataSource.manager);
    report.skipped.sort((a, b) => a.line - b.line);
    report.errors.sort((a, b) => a.line - b.line);
    report.possibleDuplicates.sort((a, b) => a.line - b.line);
    return { report, rows, seconds: seconds() };
  }

  /** Lanes and checker connections from the pool's size (see "Connections" at the top). */
  private batchContext(format: ImportFormatName, opts: ImportOptions): BatchContext {
    const pool = this.poolSize();
    const lanes = format === 'denue' && pool >= DENUE_WRITE_LANES + DUPLICATE_CHECK_CONNECTIONS ? DENUE_WRITE_LANES : 1;
    const checkConnections = Math.min(DUPLICATE_CHECK_CONNECTIONS, pool - lanes);
    return {
      dryRun: !!opts.dryRun,
      actor: opts.actor ?? { userId: null, email: null },
      report: emptyReport(),
      checker: checkConnections > 0 ? new DuplicateChecker(this.dataSource, checkConnections) : null,
      pipeline: new WritePipeline(lanes),
    };
  }

  /**
   * Writes one batch in one transaction that commits at its `turn` (steps 3 and 4), then starts
   * its possible-duplicate check; a batch that fails as a whole is split in halves (step 5).
   */
  private async writeWithFallback(
    batch: SupplierCandidate[],
    ids: string[],
    turn: Promise<void>,
    ctx: BatchContext,
  ): Promise<void> {
    const { checker, report } = ctx;
    const opened: { check?: PendingCheck } = {};
    try {
      const result = await this.dataSource.transaction(async (m) => {
        const written = await writeBatch(m, this.store, batch, {
          dryRun: ctx.dryRun,
          actor: ctx.actor,
          newIds: ids,
          similarNamesInTransaction: !checker,
        });
        await turn;
        if (checker && written.created.length) opened.check = await checker.open(written.created);
        return written;
      });
      addToReport(report, result);
      const check = opened.check;
      opened.check = undefined;
      if (check) ctx.pipeline.background(check.run().then((found) => void report.possibleDuplicates.push(...found)));
    } catch (e) {
      opened.check?.cancel();
      if (e instanceof DuplicateCheckUnavailable) throw e;
      if (batch.length === 1) {
        report.errors.push({ line: batch[0].line, field: 'row', message: describeDbError(e) });
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.writeWithFallback(batch.slice(0, half), ids.slice(0, half), turn, ctx);
      await this.writeWithFallback(batch.slice(half), ids.slice(half), turn, ctx);
    }
  }

  private poolSize(): number {
    const max = (this.dataSource.options as { extra?: { max?: number } }).extra?.max;
    return typeof max === 'number' && max >= 1 ? max : 10; // node-postgres' default
  }

  private async rowMapper(format: ImportFormatName): Promise<(header: string[]) => RowMapper> {
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

/**
 * Step 1: streams the records into `report` (skips, errors) and hands batches of candidates to
 * `onBatch` (which waits for a free lane); returns the data rows read.
 */
async function parse(
  text: Readable,
  format: ImportFormatName,
  mapRow: (header: string[]) => RowMapper,
  report: ImportReport,
  batchSize: number,
  onBatch: (batch: SupplierCandidate[], rowsSoFar: number) => Promise<void>,
): Promise<number> {
  const accept = candidateFilter(report);
  let mapper: RowMapper | null = null;
  let rows = 0;
  let batch: SupplierCandidate[] = [];
  for await (const rec of csvRecords(text)) {
    if (!mapper) {
      if (rec.kind === 'bad') throw new ImportFileError(`unreadable header on line ${rec.line}: ${rec.message}`);
      mapper = mapRow(rec.fields);
      continue;
    }
    rows++;
    const c = accept(rec, mapper);
    if (!c) continue;
    batch.push(c);
    if (batch.length < batchSize) continue;
    await onBatch(batch, rows);
    batch = [];
  }
  if (!mapper) throw new ImportFileError(`the file is empty: expected a ${format} header row`);
  if (batch.length) await onBatch(batch, rows);
  return rows;
}

/**
 * Maps a data record to a candidate, or records why not: malformed CSV or an invalid row (errors),
 * a row out of scope or a repeat of an earlier row's key (skips). Repeated skip reasons share one
 * string, and keys are kept compactly (SeenKeys), so memory stays flat on large files.
 */
function candidateFilter(report: ImportReport): (rec: CsvRecord, mapper: RowMapper) => SupplierCandidate | null {
  const seen = new SeenKeys();
  const reasons = new Map<string, string>();
  const intern = (r: string) => {
    const got = reasons.get(r);
    if (got !== undefined) return got;
    if (reasons.size < 10_000) reasons.set(r, r);
    return r;
  };
  return (rec, mapper) => {
    if (rec.kind === 'bad') {
      report.errors.push({ line: rec.line, field: 'row', message: `malformed CSV: ${rec.message}` });
      return null;
    }
    const out = mapper(rec.line, rec.fields);
    if (out.kind === 'skip') report.skipped.push({ line: out.line, reason: intern(out.reason) });
    else if (out.kind === 'error') report.errors.push({ line: out.line, field: out.field, message: out.message });
    else {
      const c = out.candidate;
      const key = c.source ? `s:${c.source}\u0000${c.sourceId}` : c.id ? `i:${c.id}` : `r:${c.rfc}`;
      const first = seen.getOrAdd(key, c.line);
      if (first === undefined) return c;
      report.skipped.push({
        line: c.line,
        reason: `duplicate of line ${first}: ${c.source ? `source id ${c.source}:${c.sourceId}` : c.id ? `id ${c.id}` : `RFC ${c.rfc}`} appears more than once in the file`,
      });
    }
    return null;
  };
}

function addToReport(report: ImportReport, r: BatchResult): void {
  for (const o of r.outcomes) {
    if (o.kind === 'error') report.errors.push({ line: o.line, field: o.field, message: o.message });
    else report[o.kind]++;
  }
  report.possibleDuplicates.push(...r.duplicates);
}

/**
 * Steps 2, 3 and 5: at most `lanes` batch writes in flight, each handed the promise that the
 * previous one is done (its turn to commit); the checks started after commits; the first failure,
 * which stops further batches.
 */
class WritePipeline {
  private readonly writes = new Set<Promise<void>>();
  private readonly checks = new Set<Promise<void>>();
  private previous: Promise<void> = Promise.resolve();
  private failure: Error | null = null;

  constructor(private readonly lanes: number) {}

  /** Waits for a free lane (the parser waits here), then starts `write`. */
  async submit(write: (turn: Promise<void>) => Promise<void>): Promise<void> {
    while (this.writes.size >= this.lanes) await Promise.race(this.writes);
    this.throwIfFailed();
    const done = write(this.previous).catch((e) => this.fail(e));
    this.previous = done;
    track(this.writes, done);
  }

  /** A check that runs after its batch's commit; a failure stops the import. */
  background(check: Promise<void>): void {
    track(
      this.checks,
      check.catch((e) => this.fail(e)),
    );
  }

  /** Waits until every write and check has settled (a settling write may still start a check). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.writes]);
    while (this.checks.size) await Promise.allSettled([...this.checks]);
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private fail(e: unknown): void {
    this.failure ??= e instanceof Error ? e : new Error(String(e));
  }
}

function track(set: Set<Promise<void>>, p: Promise<void>): void {
  set.add(p);
  void p.finally(() => set.delete(p));
}

/** A database error as a row message, without SQL (the codes are mapped by @enlace/core). */
export function describeDbError(e: unknown): string {
  const code = sqlState(e);
  return domainErrorFromDatabase(e)?.message ?? `could not be written (database error${code ? ` ${code}` : ''})`;
}
