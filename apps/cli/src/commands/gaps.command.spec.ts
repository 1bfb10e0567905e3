import { Region } from '@enlace/core';
import { GapRow } from '@enlace/gaps';
import { PassThrough } from 'stream';
import { ParsedArgs, UsageError } from '../args';
import { runCli } from '../cli';
import { gapsToCsv, gapsToMarkdown } from './gaps-format';
import { prepareGaps } from './gaps.command';

const row = (over: Partial<GapRow> = {}): GapRow => ({
  region: Region.BAJIO,
  process: 'injection-molding',
  plantsInRegion: 9,
  demand: 9.5,
  certifiedSuppliers: 2,
  developmentCandidates: 4,
  gapScore: 0.25,
  ...over,
});

describe('gaps output formats', () => {
  it('CSV has a header and one line per gap in order', () => {
    const csv = gapsToCsv([row(), row({ region: Region.NORTH, process: 'stamping', gapScore: 1 })]);
    expect(csv.split('\n')).toEqual([
      'region,process,plantsInRegion,demand,certifiedSuppliers,developmentCandidates,gapScore',
      'BAJIO,injection-molding,9,9.5,2,4,0.25',
      'NORTH,stamping,9,9.5,2,4,1',
      '',
    ]);
  });

  it('Markdown has a table per region, and says so when a region has no plants', () => {
    const md = gapsToMarkdown([row(), row({ region: Region.NORTH, process: 'stamping', gapScore: 1 })], {
      regions: [Region.NORTH, Region.BAJIO, Region.SOUTH],
      asOf: '2026-01-31',
      radiusKm: 250,
      k: 3,
    });
    expect(md).toContain('## NORTH\n\n| Process |');
    expect(md).toContain('| stamping | 9 | 9.5 | 2 | 4 | 1.000 |');
    expect(md).toContain('| injection-molding | 9 | 9.5 | 2 | 4 | 0.250 |');
    expect(md).toContain('## SOUTH\n\n_No plant of this region sources any process._');
    expect(md.indexOf('## NORTH')).toBeLessThan(md.indexOf('## BAJIO'));
  });

  it('CLI arguments are checked before anything runs', () => {
    const io = { stdout: process.stdout, stderr: process.stderr };
    const args = (o: Record<string, string>, positionals: string[] = []): ParsedArgs => ({
      command: 'gaps',
      positionals,
      options: new Map(Object.entries(o)),
    });
    expect(() => prepareGaps(args({ format: 'xlsx' }), io)).toThrow(UsageError);
    expect(() => prepareGaps(args({ colour: 'red' }), io)).toThrow(/unknown option --colour/);
    expect(() => prepareGaps(args({}, ['report']), io)).toThrow(UsageError);
    expect(() => prepareGaps(args({ region: 'BAJIO' }, ['snapshot']), io)).toThrow(/--region/);
    expect(() => prepareGaps(args({ radius: '-3' }), io)).toThrow(/--radius/);
    expect(prepareGaps(args({ region: 'bajio', format: 'md' }), io)).toHaveProperty('run');
    expect(prepareGaps(args({ radius: '100' }, ['snapshot']), io)).toHaveProperty('run');
  });

  it('the CLI routes "gaps" here: a bad option is a usage error (exit 2) before any database starts', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let text = '';
    err.on('data', (d: Buffer) => (text += d.toString()));
    const code = await runCli(['gaps', '--format', 'xlsx'], {
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      stdout: out,
      stderr: err,
    });
    expect(code).toBe(2);
    expect(text).toBe('error: --format must be csv or md, got "xlsx"\n');
  });
});
