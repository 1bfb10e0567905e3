import { INestApplicationContext } from '@nestjs/common';
import { Clock } from '@enlace/core';
import { rebaseBounds } from '@enlace/matching';
import { DataSource } from 'typeorm';
import { checkOptions, ParsedArgs, UsageError } from '../args';
import { CliIo, line } from '../cli-io';
import { PreparedCommand } from './command';

/**
 * `ranking rebase`: moves the reference date of the ranking's static score bounds (rank_key,
 * migrations 1765200000000 and 1765400000000) to today and rewrites the capability rows with bounds
 * of that date and the code's constants. Bounds only loosen as their date ages (the ranking stays
 * exact, it just reads more rows), so an operator runs this now and then, e.g. weekly, and after a
 * change of the ranking's constants; one transaction, minutes for a million suppliers.
 */
export function prepareRanking(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, []);
  if (args.positionals.length !== 1 || args.positionals[0] !== 'rebase') throw new UsageError('usage: ranking rebase');
  return {
    async run(app: INestApplicationContext) {
      const started = Date.now();
      const { from, to } = await rebaseBounds(app.get(DataSource), app.get(Clock).today());
      line(
        io.stdout,
        `ranking bounds: from ${from ?? 'none'} to ${to ?? 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      return 0;
    },
  };
}
