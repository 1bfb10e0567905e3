import { INestApplicationContext } from '@nestjs/common';
import * as fs from 'fs';
import * as path from 'path';
import { checkReadableFile, ImportFileError, ImportService } from '@enlace/imports';
import { checkOptions, ParsedArgs, stringOption, UsageError } from '../args';
import { CliIo, line, progressReporter } from '../cli-io';
import { PreparedCommand } from './command';

/** `import <file> --format denue|enlace [--dry-run] [--report <path>]` */
export function prepareImport(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, ['format', 'dry-run', 'report', 'batch-size']);
  if (args.positionals.length !== 1)
    throw new UsageError(
      args.positionals.length
        ? `import takes one file, got ${args.positionals.length}`
        : 'import needs a file: import <file> --format denue|enlace',
    );
  const file = path.resolve(args.positionals[0]);
  const formatRaw = stringOption(args, 'format');
  if (!formatRaw) throw new UsageError('import needs --format denue|enlace');
  const format = ImportService.checkFormat(formatRaw);
  const dryRun = args.options.get('dry-run') === true;
  const reportPath = stringOption(args, 'report');
  const batchRaw = stringOption(args, 'batch-size');
  const batchSize = batchRaw ? Number(batchRaw) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1))
    throw new UsageError(`--batch-size must be a whole number >= 1, got "${batchRaw}"`);
  checkReadableFile(file);
  if (reportPath) {
    const dir = path.dirname(path.resolve(reportPath));
    if (!fs.existsSync(dir)) throw new ImportFileError(`report folder does not exist: ${dir}`);
  }
  return {
    async run(app: INestApplicationContext) {
      const progress = progressReporter(io, dryRun ? 'import (dry run)' : 'import', 2000);
      let run;
      try {
        run = await app.get(ImportService).importFile(file, format, {
          dryRun,
          batchSize,
          actor: { userId: null, email: 'cli' },
          onProgress: (p) => progress(p.rows, p.totalRows, p.seconds),
        });
      } catch (e) {
        progress.close();
        throw e;
      }
      // The final line: the rows actually read are the total.
      progress(run.rows, run.rows, run.seconds, true);
      const r = run.report;
      const { created, updated, unchanged, skipped, errors, possibleDuplicates } = r;
      if (reportPath) writeReportFile(reportPath, { created, updated, unchanged, skipped, errors, possibleDuplicates });
      line(
        io.stdout,
        `${dryRun ? 'dry run (nothing written): ' : ''}${run.rows} rows from ${path.basename(file)} (${format}, ${run.encoding}): ` +
          `${created} created, ${updated} updated, ${unchanged} unchanged, ${skipped.length} skipped, ${errors.length} errors, ` +
          `${possibleDuplicates.length} possible duplicates, in ${run.seconds.toFixed(1)} s (${Math.round(run.rows / Math.max(run.seconds, 0.001))} rows/s, ` +
          `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)${reportPath ? `; report: ${reportPath}` : ''}`,
      );
      if (!reportPath) {
        for (const e of errors.slice(0, 20)) line(io.stderr, `  line ${e.line}: ${e.field}: ${e.message}`);
        if (errors.length > 20)
          line(io.stderr, `  ... ${errors.length - 20} more errors (use --report <path> for all)`);
      }
      return 0;
    },
  };
}

/**
 * Writes the report as `JSON.stringify(report, null, 2)` would, one list entry at a time, so a
 * million-row report never exists as one string.
 */
export function writeReportFile(file: string, report: Record<string, number | object[]>): void {
  const fd = fs.openSync(file, 'w');
  try {
    const keys = Object.keys(report);
    let buf = '{\n';
    const out = (s: string) => {
      buf += s;
      if (buf.length > 1 << 16) {
        fs.writeSync(fd, buf);
        buf = '';
      }
    };
    keys.forEach((k, i) => {
      const v = report[k];
      const comma = i < keys.length - 1 ? ',' : '';
      if (!Array.isArray(v) || v.length === 0) {
        out(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}\n`);
        return;
      }
      out(`  ${JSON.stringify(k)}: [\n`);
      v.forEach((item, j) =>
        out(`    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${j < v.length - 1 ? ',' : ''}\n`),
      );
      out(`  ]${comma}\n`);
    });
    out('}\n');
    fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}
