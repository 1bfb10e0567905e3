import { DomainError, Region } from '@enlace/core';
import { certificationCost, requireRegion, resolveRadius } from './gaps.service';
import { gapsToCsv, gapsToMarkdown } from './cli/gaps-format';
import { GapsUsageError, prepareGapsCommand } from './cli/gaps.command';
import { GapRow } from './gaps.repository';

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

describe('gaps argument checks', () => {
  it('radius: default 250, > 0 required, naming the field', () => {
    expect(resolveRadius(undefined, 'input.radiusKm')).toBe(250);
    expect(resolveRadius(null, 'input.radiusKm')).toBe(250);
    expect(resolveRadius(12.5, 'input.radiusKm')).toBe(12.5);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      try {
        resolveRadius(bad, 'input.radiusKm');
        fail('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
        expect((e as DomainError).message).toContain('input.radiusKm');
      }
    }
  });

  it('region must be one of the contract regions', () => {
    expect(requireRegion('WEST', 'region')).toBe(Region.WEST);
    expect(() => requireRegion('bajio', 'region')).toThrow(DomainError);
  });

  it('certification cost: IATF from scratch or over ISO 9001, plus the CQI when lacking; 50% co-funded', () => {
    expect(certificationCost(false, true)).toEqual({ total: 34000, coFunded: 17000, own: 17000 });
    expect(certificationCost(true, false)).toEqual({ total: 18000, coFunded: 9000, own: 9000 });
    expect(certificationCost(false, false).total).toBe(30000);
  });
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
    const args = (o: Record<string, string>, positionals: string[] = []) => ({
      positionals,
      options: new Map(Object.entries(o)) as Map<string, string | true>,
    });
    expect(() => prepareGapsCommand(args({ format: 'xlsx' }), io)).toThrow(GapsUsageError);
    expect(() => prepareGapsCommand(args({ colour: 'red' }), io)).toThrow(/unknown option --colour/);
    expect(() => prepareGapsCommand(args({}, ['report']), io)).toThrow(GapsUsageError);
    expect(() => prepareGapsCommand(args({ region: 'BAJIO' }, ['snapshot']), io)).toThrow(/--region/);
    expect(() => prepareGapsCommand(args({ radius: '-3' }), io)).toThrow(/--radius/);
    expect(prepareGapsCommand(args({ region: 'bajio', format: 'md' }), io)).toHaveProperty('run');
    expect(prepareGapsCommand(args({ radius: '100' }, ['snapshot']), io)).toHaveProperty('run');
  });
});
