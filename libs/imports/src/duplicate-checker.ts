import { DataSource, QueryRunner } from 'typeorm';
import { PossibleDuplicate } from './import-report';
import { CreatedRow, findSimilarNearby } from './supplier-writer';

/** The possible-duplicate check could not take its snapshot: the import stops (nothing half-written). */
export class DuplicateCheckUnavailable extends Error {
  constructor(cause: unknown) {
    super(`the possible-duplicate check could not start: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DuplicateCheckUnavailable';
  }
}

/** A check whose snapshot is taken; `run` once the batch has committed, `cancel` if it did not. */
export interface PendingCheck {
  run(): Promise<PossibleDuplicate[]>;
  cancel(): void;
}

/**
 * Runs the similar-name check of committed batches on a few connections of its own. `open` takes a
 * read-only REPEATABLE READ snapshot; called just before a batch commits (and after every earlier
 * batch has), the snapshot holds exactly the suppliers that existed before the batch, so the check
 * can run later, alongside the writes of the following batches, and still compare each row with what
 * it would have seen had the batches run one after another. `open` waits while every connection is
 * busy, which bounds the checks (and the rows they hold) in flight.
 */
export class DuplicateChecker {
  private readonly idle: QueryRunner[] = [];
  private readonly all: QueryRunner[] = [];
  private readonly waiting: Array<{ resolve: (qr: QueryRunner) => void; reject: (e: unknown) => void }> = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly connections: number,
  ) {}

  async open(rows: CreatedRow[]): Promise<PendingCheck> {
    let qr: QueryRunner;
    try {
      qr = await this.acquire();
    } catch (e) {
      throw new DuplicateCheckUnavailable(e);
    }
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await qr.query('SELECT pg_current_snapshot()'); // the transaction's snapshot is taken here
    } catch (e) {
      await this.discard(qr);
      throw new DuplicateCheckUnavailable(e);
    }
    let settled = false;
    return {
      run: async () => {
        if (settled) throw new Error('possible-duplicate check already settled');
        settled = true;
        try {
          const found = await findSimilarNearby((sql, p) => qr.query(sql, p), rows);
          await qr.query('COMMIT');
          this.release(qr);
          return found;
        } catch (e) {
          await this.discard(qr);
          throw e;
        }
      },
      cancel: () => {
        if (settled) return;
        settled = true;
        void this.discard(qr);
      },
    };
  }

  /** Returns the connections to the pool; call once every check has settled. */
  async close(): Promise<void> {
    const runners = this.all.splice(0);
    this.idle.length = 0;
    for (const w of this.waiting.splice(0)) w.reject(new Error('possible-duplicate checker closed'));
    await Promise.allSettled(runners.map((qr) => qr.release()));
  }

  private async acquire(): Promise<QueryRunner> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.length < this.connections) {
      const qr = this.dataSource.createQueryRunner();
      this.all.push(qr);
      try {
        await qr.connect();
      } catch (e) {
        this.all.splice(this.all.indexOf(qr), 1);
        throw e;
      }
      return qr;
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(qr: QueryRunner): void {
    const next = this.waiting.shift();
    if (next) next.resolve(qr);
    else this.idle.push(qr);
  }

  /** Ends whatever transaction `qr` is in, returns it to the pool and frees its slot. */
  private async discard(qr: QueryRunner): Promise<void> {
    await qr.query('ROLLBACK').catch(() => undefined);
    const i = this.all.indexOf(qr);
    if (i >= 0) this.all.splice(i, 1);
    await qr.release().catch(() => undefined);
    const next = this.waiting.shift();
    if (next) this.acquire().then(next.resolve, next.reject);
  }
}
