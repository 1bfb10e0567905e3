import { EntityManager } from 'typeorm';
import { SupplierStore } from '@enlace/suppliers';
import { CreatedRow, ImportActor, planBatch, WriteOutcome } from './batch-plan';
import { readBatch } from './batch-reads';
import { findSimilarNearby } from './duplicate-checker';
import { SupplierCandidate } from './candidate';
import { PossibleDuplicate } from './import-report';

export interface WriteBatchOptions {
  /** Read and decide only: the report is complete, nothing is written. */
  dryRun: boolean;
  actor: ImportActor;
  /** Ids for the suppliers the batch creates, by position in the batch (see ImportService). */
  newIds: string[];
  /**
   * Run the similar-name check of the rows to be created here, in the batch's transaction before
   * its writes (a one-connection pool, where no checker connection exists; see import.service.ts).
   */
  similarNamesInTransaction: boolean;
}

export interface BatchResult {
  outcomes: WriteOutcome[];
  /** Same-RFC refusals, and the similar-name ones when checked here. */
  duplicates: PossibleDuplicate[];
  /** The suppliers the batch creates (for a similar-name check run elsewhere). */
  created: CreatedRow[];
}

/**
 * Writes one batch of validated rows through `m` (the caller's transaction): reads what the rows
 * match, plans (planBatch), and has SupplierStore write the plan.
 */
export async function writeBatch(
  m: EntityManager,
  store: SupplierStore,
  batch: SupplierCandidate[],
  opts: WriteBatchOptions,
): Promise<BatchResult> {
  const plan = planBatch(batch, await readBatch(m, batch), opts.newIds, opts.actor);
  const similar = opts.similarNamesInTransaction
    ? await findSimilarNearby((sql, params) => m.query(sql, params), plan.created)
    : [];
  if (!opts.dryRun) await store.applyBatch(m, plan.write);
  return { outcomes: plan.outcomes, duplicates: [...plan.duplicates, ...similar], created: plan.created };
}
