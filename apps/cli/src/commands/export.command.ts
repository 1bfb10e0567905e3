import { INestApplicationContext } from '@nestjs/common';
import * as fs from 'fs';
import * as path from 'path';
import { finished } from 'stream/promises';
import { ExportService } from '@enlace/imports';
import { checkOptions, flagOption, ParsedArgs, stringOption, UsageError } from '../args';
import { CliFailure } from '../cli-failure';
import { CliIo, line, progressReporter } from '../cli-io';
import { PreparedCommand } from './command';

/** A UTF-8 byte-order mark: Excel reads a CSV file without one in the system's ANSI code page. */
const UTF8_BOM = '\uFEFF';

/** `export --format csv [--out <path>] [--region R] [--process p] [--bom]` */
export function prepareExport(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, ['format', 'out', 'region', 'process', 'bom']);
  if (args.positionals.length)
    throw new UsageError(`export takes no positional arguments, got "${args.positionals[0]}" (use --out <path>)`);
  const format = stringOption(args, 'format') ?? 'csv';
  if (format.toLowerCase() !== 'csv') throw new UsageError(`unknown export format "${format}" (expected csv)`);
  const out = stringOption(args, 'out');
  const region = stringOption(args, 'region')?.toUpperCase();
  const processCode = stringOption(args, 'process');
  const bom = flagOption(args, 'bom');
  if (out && !fs.existsSync(path.dirname(path.resolve(out))))
    throw new CliFailure(`output folder does not exist: ${path.dirname(path.resolve(out))}`);
  return {
    async run(app: INestApplicationContext) {
      const exporter = app.get(ExportService);
      const filter = { region, process: processCode };
      try {
        await exporter.checkFilter(filter);
      } catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e));
      }
      const started = Date.now();
      const progress = progressReporter(io, 'export', 2000);
      if (out) {
        const tmp = `${out}.partial`;
        const stream = fs.createWriteStream(tmp);
        if (bom) stream.write(UTF8_BOM);
        const n = await exporter.exportCsv(stream, filter, (rows) =>
          progress(rows, null, (Date.now() - started) / 1000),
        );
        stream.end();
        await finished(stream);
        fs.renameSync(tmp, out);
        line(io.stderr, `exported ${n} suppliers to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } else {
        if (bom) io.stdout.write(UTF8_BOM);
        const n = await exporter.exportCsv(io.stdout, filter);
        line(io.stderr, `exported ${n} suppliers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      return 0;
    },
  };
}
