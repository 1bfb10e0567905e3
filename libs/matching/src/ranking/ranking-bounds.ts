import { DataSource } from 'typeorm';
import { RANK_KEY_CONSTANTS, RankKeyConstants } from './rank-key';
import { SqlRunner } from './ranking-engine';

/**
 * The static score bounds in rank_key (migrations 1765200000000 and 1765400000000) hold from
 * `ranking_bounds.valid_from` on, for the constants in `ranking_bounds.constants`.
 */
export interface StoredBounds {
  /** YYYY-MM-DD, or null when the table has no row. */
  validFrom: string | null;
  /** Whether the bounds were computed with `constants` (by default the code's, RANK_KEY_CONSTANTS). */
  current: boolean;
}

export async function readBounds(
  run: SqlRunner,
  constants: RankKeyConstants = RANK_KEY_CONSTANTS,
): Promise<StoredBounds> {
  const rows: Array<{ d: string; current: boolean }> = await run(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS d, constants = $1::jsonb AS current FROM ranking_bounds`,
    [JSON.stringify(constants)],
  );
  return { validFrom: rows[0]?.d ?? null, current: rows[0]?.current ?? false };
}

/**
 * The day from which the ranking may use the static bounds (rankTopK's `boundsFrom`): null when they
 * were computed with constants other than the code's (the ranking is then exact without them, only
 * slower, until a rebase).
 */
export async function readBoundsFrom(run: SqlRunner): Promise<string | null> {
  const b = await readBounds(run);
  return b.current ? b.validFrom : null;
}

/**
 * Moves the static score bounds to `today` with the code's constants and rewrites the capability
 * rows, in one transaction (`ranking rebase`). Never moves the date back: bounds of an earlier date
 * stay valid, only looser. Running APIs pick the new date up within a minute (RankingService
 * re-reads it).
 */
export function rebaseBounds(
  db: DataSource,
  today: string,
  constants: RankKeyConstants = RANK_KEY_CONSTANTS,
): Promise<{ from: string | null; to: string | null }> {
  return db.transaction(async (m) => {
    const run: SqlRunner = (sql, params) => m.query(sql, params);
    const from = await readBounds(run, constants);
    await run(`SELECT public.enlace_rebase_rank_key($1::date, $2::jsonb)`, [today, JSON.stringify(constants)]);
    return { from: from.validFrom, to: (await readBounds(run, constants)).validFrom };
  });
}

/** Up to this many capability rows, a start rewrites bounds of other constants itself (a few seconds at most: within the API's statement timeout). */
export const START_REBASE_MAX_ROWS = 5_000;

/**
 * At start: when the stored bounds were computed with constants other than the code's, rebases now
 * if there are at most `maxRows` capability rows (a new or small database), else leaves it to
 * `ranking rebase` ('stale': until then the ranking does without the bounds). Concurrent starters
 * wait for each other on the ranking_bounds row.
 */
export function applyCodeConstants(
  db: DataSource,
  today: string,
  maxRows = START_REBASE_MAX_ROWS,
): Promise<'current' | 'rebased' | 'stale'> {
  return db.transaction(async (m) => {
    const run: SqlRunner = (sql, params) => m.query(sql, params);
    await run(`SELECT 1 FROM ranking_bounds FOR UPDATE`, []);
    if ((await readBounds(run)).current) return 'current';
    const [{ n }]: Array<{ n: number }> = await run(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM supplier_capabilities LIMIT $1) x`,
      [maxRows + 1],
    );
    if (n > maxRows) return 'stale';
    await run(`SELECT public.enlace_rebase_rank_key($1::date, $2::jsonb)`, [today, JSON.stringify(RANK_KEY_CONSTANTS)]);
    return 'rebased';
  });
}
