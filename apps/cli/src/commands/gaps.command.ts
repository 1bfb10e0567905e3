import { INestApplicationContext } from '@nestjs/common';
import { promises as fs } from 'fs';
import { Clock, Region } from '@enlace/core';
import { DEFAULT_GAP_RADIUS_KM, GAP_FULL_COVERAGE_K, GapsService, requireRegion, resolveRadius } from '@enlace/gaps';
import { checkOptions, ParsedArgs, stringOption, UsageError } from '../args';
import { CliIo, line } from '../cli-io';
import { PreparedCommand } from './command';
import { gapsToCsv, gapsToMarkdown } from './gaps-format';

/** The gaps lib's argument checks (DomainErrors naming the option) as usage errors. */
function usage<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

function radiusOption(args: ParsedArgs): number | undefined {
  const v = stringOption(args, 'radius');
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !(n > 0))
    throw new UsageError(`--radius must be a number of kilometres greater than 0, got "${v}"`);
  return usage(() => resolveRadius(n, '--radius'));
}

function regionOption(args: ParsedArgs): Region | null {
  const v = stringOption(args, 'region');
  return v === undefined ? null : usage(() => requireRegion(v.trim().toUpperCase(), '--region'));
}

/** `gaps snapshot [--radius km]`: records today's gaps for every region. */
function prepareSnapshot(args: ParsedArgs, io: CliIo): PreparedCommand {
  for (const k of ['region', 'format', 'out'])
    if (args.options.has(k)) throw new UsageError(`gaps snapshot records every region; --${k} is not allowed`);
  const radiusKm = radiusOption(args);
  return {
    async run(app: INestApplicationContext) {
      const r = await app.get(GapsService).snapshot(radiusKm);
      line(io.stdout, `recorded ${r.gaps} capability gaps for ${r.date} (radius ${r.radiusKm} km)`);
      return 0;
    },
  };
}

/** `gaps [--region R] [--format csv|md] [--radius km] [--out file]`: the gaps as CSV or Markdown. */
function prepareReport(args: ParsedArgs, io: CliIo): PreparedCommand {
  const radiusKm = radiusOption(args);
  const format = stringOption(args, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'md') throw new UsageError(`--format must be csv or md, got "${format}"`);
  const region = regionOption(args);
  const out = stringOption(args, 'out');
  return {
    async run(app: INestApplicationContext) {
      const rows = await app.get(GapsService).gaps(region, radiusKm, '--radius');
      const text =
        format === 'csv'
          ? gapsToCsv(rows)
          : gapsToMarkdown(rows, {
              regions: region ? [region] : Object.values(Region),
              asOf: app.get(Clock).today(),
              radiusKm: radiusKm ?? DEFAULT_GAP_RADIUS_KM,
              k: GAP_FULL_COVERAGE_K,
            });
      if (!out) {
        io.stdout.write(text);
        return 0;
      }
      await fs.writeFile(out, text, 'utf8');
      line(io.stderr, `wrote ${rows.length} capability gaps to ${out}`);
      return 0;
    },
  };
}

/** `gaps ...` and `gaps snapshot ...`: arguments are checked up front (UsageError) before anything runs. */
export function prepareGaps(args: ParsedArgs, io: CliIo): PreparedCommand {
  checkOptions(args, ['region', 'format', 'radius', 'out']);
  const sub = args.positionals[0];
  if (args.positionals.length > 1 || (sub !== undefined && sub !== 'snapshot'))
    throw new UsageError(`gaps takes no positional argument except "snapshot", got "${args.positionals.join(' ')}"`);
  return sub === 'snapshot' ? prepareSnapshot(args, io) : prepareReport(args, io);
}
