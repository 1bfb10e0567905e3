import { INestApplicationContext } from '@nestjs/common';
import { promises as fs } from 'fs';
import { Writable } from 'stream';
import { Clock, Region } from '@enlace/core';
import { GapsService, requireRegion, resolveRadius } from '../gaps.service';
import { DEFAULT_GAP_RADIUS_KM, GAP_FULL_COVERAGE_K } from '../gaps.constants';
import { gapsToCsv, gapsToMarkdown } from './gaps-format';

/** A usage mistake in the gaps command's arguments (the CLI maps it to its usage exit code). */
export class GapsUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GapsUsageError';
  }
}

export interface GapsCommandArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export interface GapsCommandIo {
  stdout: Writable;
  stderr: Writable;
}

export const GAPS_USAGE = `  gaps [--region <REGION>] [--format csv|md] [--radius <km>] [--out <path>]
      Writes capability gaps (all regions unless --region), CSV by default; Markdown has a table per region.
  gaps snapshot [--radius <km>]
      Records today's gaps for every region (re-running the same day replaces them); see gapHistory.`;

const ALLOWED = ['region', 'format', 'radius', 'out'];

function str(args: GapsCommandArgs, key: string): string | undefined {
  const v = args.options.get(key);
  if (v === true) throw new GapsUsageError(`option --${key} needs a value`);
  return v;
}

function radius(args: GapsCommandArgs): number | undefined {
  const v = str(args, 'radius');
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !(n > 0))
    throw new GapsUsageError(`--radius must be a number of kilometres greater than 0, got "${v}"`);
  try {
    return resolveRadius(n, '--radius');
  } catch (e) {
    throw new GapsUsageError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * `npm run cli -- gaps ...`: checks the arguments up front (throws GapsUsageError) and returns the
 * command to run in the started application context; run resolves to the exit code.
 */
export function prepareGapsCommand(
  args: GapsCommandArgs,
  io: GapsCommandIo,
): { run(app: INestApplicationContext): Promise<number> } {
  for (const k of args.options.keys()) {
    if (k !== 'help' && !ALLOWED.includes(k))
      throw new GapsUsageError(
        `unknown option --${k} for "gaps" (allowed: ${ALLOWED.map((a) => `--${a}`).join(', ')})`,
      );
  }
  const sub = args.positionals[0];
  if (args.positionals.length > 1 || (sub !== undefined && sub !== 'snapshot')) {
    throw new GapsUsageError(
      `gaps takes no positional argument except "snapshot", got "${args.positionals.join(' ')}"`,
    );
  }
  const radiusKm = radius(args);

  if (sub === 'snapshot') {
    for (const k of ['region', 'format', 'out'])
      if (args.options.has(k)) throw new GapsUsageError(`gaps snapshot records every region; --${k} is not allowed`);
    return {
      async run(app) {
        const r = await app.get(GapsService).snapshot(radiusKm);
        io.stdout.write(`recorded ${r.gaps} capability gaps for ${r.date} (radius ${r.radiusKm} km)\n`);
        return 0;
      },
    };
  }

  const format = str(args, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'md') throw new GapsUsageError(`--format must be csv or md, got "${format}"`);
  const regionArg = str(args, 'region');
  let region: Region | null = null;
  if (regionArg !== undefined) {
    try {
      region = requireRegion(regionArg.trim().toUpperCase(), '--region');
    } catch (e) {
      throw new GapsUsageError(e instanceof Error ? e.message : String(e));
    }
  }
  const out = str(args, 'out');

  return {
    async run(app) {
      const service = app.get(GapsService);
      const rows = await service.gaps(region, radiusKm, '--radius');
      const text =
        format === 'csv'
          ? gapsToCsv(rows)
          : gapsToMarkdown(rows, {
              regions: region ? [region] : Object.values(Region),
              asOf: app.get(Clock).today(),
              radiusKm: radiusKm ?? DEFAULT_GAP_RADIUS_KM,
              k: GAP_FULL_COVERAGE_K,
            });
      if (out) {
        await fs.writeFile(out, text, 'utf8');
        io.stderr.write(`wrote ${rows.length} capability gaps to ${out}\n`);
      } else {
        io.stdout.write(text);
      }
      return 0;
    },
  };
}
