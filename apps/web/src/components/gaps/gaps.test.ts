import { describe, expect, it } from 'vitest';
import type { GapRowFragment } from '../../generated/graphql';
import { base64ToBlob, toCsv } from './download';
import { historyChart } from './chart';
import {
  API_ORDER,
  gapCsvRows,
  gapFiltersFromParams,
  gapPath,
  heatMatrix,
  nextSort,
  paramsFromGapFilters,
  regionScores,
  shadeOf,
  sortGaps,
  topGapsByRegion,
} from './gaps';

const row = (region: GapRowFragment['region'], process: string, gapScore: number, demand = 1): GapRowFragment => ({
  region,
  process,
  gapScore,
  demand,
  plantsInRegion: 1,
  certifiedSuppliers: 2,
  developmentCandidates: 3,
});
// In the API's order: score descending, then demand descending.
const ROWS = [
  row('BAJIO', 'stamping', 1, 3),
  row('NORTH', 'casting', 1, 2),
  row('BAJIO', 'machining', 0.5, 2),
  row('NORTH', 'machining', 0.5, 1),
  row('CENTER', 'painting', 0.1),
];
const names = { region: (r: string) => r.toLowerCase(), process: (p: string) => p, locale: 'es' };

describe('gap filters in the URL', () => {
  it('round-trips region, radius and process, keeping the language', () => {
    const url = new URLSearchParams('lang=en&region=BAJIO&radiusKm=150&process=stamping');
    const f = gapFiltersFromParams(url);
    expect(f).toEqual({ region: 'BAJIO', radiusKm: 150, process: 'stamping' });
    expect(paramsFromGapFilters(f, url).toString()).toBe(url.toString());
  });
  it('ignores an unknown region and a malformed radius', () => {
    expect(gapFiltersFromParams(new URLSearchParams('region=MARS&radiusKm=far'))).toEqual({
      region: null,
      radiusKm: null,
      process: '',
    });
    expect(
      paramsFromGapFilters({ region: null, radiusKm: null, process: '' }, new URLSearchParams('region=X')).toString(),
    ).toBe('');
  });
  it('links a gap with its radius', () => {
    expect(gapPath('BAJIO', 'injection-molding', null)).toBe('/gaps/BAJIO/injection-molding');
    expect(gapPath('BAJIO', 'injection-molding', 150)).toBe('/gaps/BAJIO/injection-molding?radiusKm=150');
  });
});

describe('shades and summaries', () => {
  it('cuts [0, 1] into five shades', () => {
    expect([0, 0.19, 0.2, 0.5, 0.99, 1].map(shadeOf)).toEqual([0, 0, 1, 2, 4, 4]);
  });
  it('takes each region’s worst gap, or the chosen process’s', () => {
    expect(Object.fromEntries(regionScores(ROWS, ''))).toEqual({ BAJIO: 1, NORTH: 1, CENTER: 0.1 });
    expect(Object.fromEntries(regionScores(ROWS, 'machining'))).toEqual({ BAJIO: 0.5, NORTH: 0.5 });
  });
  it('keeps the API’s first gaps per region', () => {
    expect(topGapsByRegion(ROWS, 1).get('NORTH')).toEqual([ROWS[1]]);
    expect(topGapsByRegion(ROWS, 5).get('BAJIO')).toEqual([ROWS[0], ROWS[2]]);
  });
  it('builds the region × process matrix, worst processes first', () => {
    const m = heatMatrix(ROWS);
    expect(m.regions).toEqual(['NORTH', 'BAJIO', 'CENTER']);
    expect(m.processes).toEqual(['casting', 'stamping', 'machining', 'painting']);
    expect(m.cell('NORTH', 'machining')).toBe(ROWS[3]);
    expect(m.cell('CENTER', 'casting')).toBeUndefined();
  });
});

describe('sorting the table', () => {
  it('keeps the API order for the default sort', () => {
    expect(sortGaps(ROWS, API_ORDER, names)).toEqual(ROWS);
  });
  it('sorts by a column, ties in the API order', () => {
    const byRegion = sortGaps(ROWS, { key: 'region', direction: 'ascending' }, names);
    expect(byRegion.map((r) => `${r.region}/${r.process}`)).toEqual([
      'BAJIO/stamping',
      'BAJIO/machining',
      'CENTER/painting',
      'NORTH/casting',
      'NORTH/machining',
    ]);
    expect(sortGaps(ROWS, { key: 'demand', direction: 'ascending' }, names)[0]).toBe(ROWS[3]);
  });
  it('turns a column around on a second click; names start A to Z, numbers high first', () => {
    expect(nextSort(API_ORDER, 'gapScore')).toEqual({ key: 'gapScore', direction: 'ascending' });
    expect(nextSort(API_ORDER, 'process')).toEqual({ key: 'process', direction: 'ascending' });
    expect(nextSort(API_ORDER, 'demand')).toEqual({ key: 'demand', direction: 'descending' });
  });
});

describe('CSV', () => {
  it('starts with the byte-order mark, quotes what needs it, ends lines with CRLF', () => {
    const csv = toCsv([
      ['Región', 'Proceso'],
      ['Bajío', 'Moldeo, "inyección"'],
      [' x', 'a\nb'],
    ]);
    expect(csv).toBe('\uFEFFRegión,Proceso\r\nBajío,"Moldeo, ""inyección"""\r\n" x","a\nb"\r\n');
  });
  it('writes the table’s rows with names, codes and plain numbers', () => {
    const rows = gapCsvRows([row('BAJIO', 'stamping', 2 / 3, 2.5)], ['h'], names);
    expect(rows).toEqual([['h'], ['bajio', 'BAJIO', 'stamping', 'stamping', 1, 2.5, 2, 3, 0.6667]]);
  });
  it('decodes base64 into bytes', async () => {
    const blob = base64ToBlob(btoa('%PDF-1.7'), 'application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.7');
  });
});

describe('history chart', () => {
  const box = { width: 200, height: 100, pad: { left: 0, right: 0, top: 0, bottom: 0 } };
  it('spreads the dates over the width and the score up the height', () => {
    const c = historyChart(
      [
        { date: '2026-01-01', gapScore: 1 },
        { date: '2026-01-03', gapScore: 0.5 },
        { date: '2026-01-05', gapScore: 0 },
      ],
      box,
    );
    expect(c.points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [100, 50],
      [200, 100],
    ]);
    expect(c.line).toBe('M0.0 0.0 L100.0 50.0 L200.0 100.0');
    expect(c.xTicks.map((t) => t.date)).toEqual(['2026-01-01', '2026-01-03', '2026-01-05']);
  });
  it('centres a single snapshot', () => {
    expect(historyChart([{ date: '2026-01-01', gapScore: 0.2 }], box).points[0].x).toBe(100);
  });
});
