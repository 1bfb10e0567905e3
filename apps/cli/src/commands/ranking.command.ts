import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@enlace/core';
import { checkOptions, ParsedArgs, UsageError } from '../args';
import { CliIo, line } from '../cli-io';
import { PreparedCommand } from './command';

/**
 * `ranking rebase`: moves the reference date of the ranking's static score bounds (rank_key,
 * migration 1765200000000) to today and rewrites the capability rows with bounds of that date.
 * Bounds only loosen as their date ages (the ranking stays exact, it just reads more rows), so an
 * operator runs this now and then, e.g. weekly; one transaction, minutes for a million suppliers.
 */
export function prepareRanking(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, []);
  if (args.positionals.length !== 1 || args.positionals[0] !== 'rebase') throw new UsageError('usage: ranking rebase');
  return {
    async run(app: INestApplicationContext) {
      const db = app.get(DataSource);
      const today = app.get(Clock).today();
      const [before] = await db.query(`SELECT to_char(valid_from, 'YYYY-MM-DD') AS d FROM ranking_bounds`);
      const started = Date.now();
      await db.transaction((m) => m.query(`SELECT public.enlace_rebase_rank_key($1::date)`, [today]));
      const [after] = await db.query(`SELECT to_char(valid_from, 'YYYY-MM-DD') AS d FROM ranking_bounds`);
      line(io.stdout, `ranking bounds: from ${before?.d ?? 'none'} to ${after?.d ?? 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    },
  };
}
