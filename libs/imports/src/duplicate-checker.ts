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
 * Runs the similar-name check of committed batches, at most `connections` at a time, each on a
 * pooled connection of its own. `open` takes a read-only REPEATABLE READ snapshot; called just
 * before a batch commits (and after every earlier batch has), the snapshot holds exactly the
 * suppliers that existed before the batch, so the check can run later, alongside the writes of the
 * following batches, and still compare each row with what it would have seen had the batches run one
 * after another. `open` waits while `connections` checks are open, which bounds the checks (and the
 * rows they hold) in flight.
 */
export class DuplicateChecker {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly dataSource: DataSource,
    connections: number,
  ) {
    this.free = connections;
  }

  async open(rows: CreatedRow[]): Promise<PendingCheck> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    const qr = this.dataSource.createQueryRunner();
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await qr.query('SELECT pg_current_snapshot()'); // the transaction's snapshot is taken here
    } catch (e) {
      await this.end(qr);
      throw new DuplicateCheckUnavailable(e);
    }
    let settled = false;
    return {
      run: async () => {
        if (settled) throw new Error('possible-duplicate check already settled');
        settled = true;
        try {
          return await findSimilarNearby((sql, p) => qr.query(sql, p), rows);
        } finally {
          await this.end(qr);
        }
      },
      cancel: () => {
        if (settled) return;
        settled = true;
        void this.end(qr);
      },
    };
  }

  /** Ends the read-only transaction (nothing to commit), returns the connection, frees the slot. */
  private async end(qr: QueryRunner): Promise<void> {
    await qr.query('ROLLBACK').catch(() => undefined);
    await qr.release().catch(() => undefined);
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
