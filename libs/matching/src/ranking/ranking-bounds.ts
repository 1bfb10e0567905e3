import { DataSource } from 'typeorm';
import { SqlRunner } from './ranking-engine';

/** ranking_bounds.valid_from: the day from which rank_key's static score bounds hold (null: none). */
export async function readBoundsFrom(run: SqlRunner): Promise<string | null> {
  const rows: Array<{ d: string }> = await run(`SELECT to_char(valid_from, 'YYYY-MM-DD') AS d FROM ranking_bounds`, []);
  return rows[0]?.d ?? null;
}

/**
 * Moves the static score bounds (rank_key, migration 1765200000000) to `today` and rewrites the
 * capability rows with bounds of that date, in one transaction (`ranking rebase`). Never moves them
 * back: bounds of an earlier date stay valid, only looser. Running APIs pick the new date up within
 * a minute (RankingService re-reads it).
 */
export function rebaseBounds(db: DataSource, today: string): Promise<{ from: string | null; to: string | null }> {
  return db.transaction(async (m) => {
    const run: SqlRunner = (sql, params) => m.query(sql, params);
    const from = await readBoundsFrom(run);
    await run(`SELECT public.enlace_rebase_rank_key($1::date)`, [today]);
    return { from, to: await readBoundsFrom(run) };
  });
}
