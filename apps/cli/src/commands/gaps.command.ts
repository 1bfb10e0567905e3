import { GapsUsageError, prepareGapsCommand } from '@enlace/gaps';
import { ParsedArgs, UsageError } from '../args';
import { CliIo } from '../cli-io';
import { PreparedCommand } from './command';

/** `gaps [--region R] [--format csv|md] [--radius km] [--out file]` and `gaps snapshot`: see libs/gaps/src/cli. */
export function prepareGaps(args: ParsedArgs, io: CliIo): PreparedCommand {
  try {
    return prepareGapsCommand({ positionals: args.positionals, options: args.options }, io);
  } catch (e) {
    if (e instanceof GapsUsageError) throw new UsageError(e.message);
    throw e;
  }
}
