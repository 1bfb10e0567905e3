import { INestApplicationContext } from '@nestjs/common';
import { SupplierGenerator } from '@enlace/suppliers';
import { checkOptions, intOption, ParsedArgs, stringOption, UsageError } from '../args';
import { CliIo, line, progressReporter } from '../cli-io';
import { PreparedCommand } from './command';

export function prepareGenerate(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, ['suppliers', 'seed', 'source', 'batch-size']);
  if (args.positionals.length)
    throw new UsageError(`generate takes no positional arguments, got "${args.positionals[0]}"`);
  const n = intOption(args, 'suppliers', 0, 50_000_000);
  if (n === undefined) throw new UsageError('generate needs --suppliers <n>');
  const seed = stringOption(args, 'seed') ?? SupplierGenerator.randomSeed();
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(seed))
    throw new UsageError(`--seed must be 1-64 letters, digits or _.:- characters, got "${seed}"`);
  const source = stringOption(args, 'source') ?? 'synthetic';
  if (!/^[a-z0-9_-]{1,40}$/.test(source))
    throw new UsageError(`--source must be lower-case letters, digits, _ or -, got "${source}"`);
  const batchSize = intOption(args, 'batch-size', 1, 50_000);
  return {
    async run(app: INestApplicationContext) {
      const progress = progressReporter(io, 'generate');
      line(io.stderr, `generate: ${n.toLocaleString('en-US')} suppliers, seed "${seed}", source "${source}"`);
      const r = await app.get(SupplierGenerator).generate(n, seed, {
        source,
        batchSize,
        onProgress: (p) => progress(p.done, p.total, p.seconds, p.done === p.total),
      });
      line(
        io.stdout,
        `generated ${r.inserted.toLocaleString('en-US')} suppliers (${r.skipped.toLocaleString('en-US')} already present), ` +
          `${r.capabilities.toLocaleString('en-US')} capabilities, ${r.certifications.toLocaleString('en-US')} certificates ` +
          `in ${r.seconds.toFixed(1)} s (seed "${seed}", source "${source}")`,
      );
      return 0;
    },
  };
}
