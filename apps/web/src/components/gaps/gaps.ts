// Capability gaps as the pages show them: the filters in the URL, the shades of the choropleth and the
// heat map, the table's sort order, the summary per region and the CSV rows. No API rules here: the
// scores and their order come from the API.
import { isRegion, REGIONS } from '../../catalog/regions';
import type { GapInput, GapRowFragment, Region } from '../../generated/graphql';

/** The API's radius when none is given (GapInput.radiusKm). */
export const DEFAULT_RADIUS_KM = 250;

export interface GapFilters {
  region: Region | null;
  /** null: the API's default. */
  radiusKm: number | null;
  /** A process code, or '' for every process. */
  process: string;
}

/** Reads `?region=BAJIO&radiusKm=150&process=stamping`; unknown or malformed values mean "not set". */
export function gapFiltersFromParams(params: URLSearchParams): GapFilters {
  const region = params.get('region');
  const radius = Number(params.get('radiusKm') ?? '');
  return {
    region: isRegion(region) ? region : null,
    radiusKm: params.get('radiusKm') && Number.isFinite(radius) ? radius : null,
    process: params.get('process') ?? '',
  };
}

/** The filters written into the URL's parameters, keeping the others (e.g. `lang`). */
export function paramsFromGapFilters(filters: GapFilters, prev: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(prev);
  const set = (key: string, value: string | null) => (value ? out.set(key, value) : out.delete(key));
  set('region', filters.region);
  set('radiusKm', filters.radiusKm != null ? String(filters.radiusKm) : null);
  set('process', filters.process || null);
  return out;
}

export function gapInputOf(filters: GapFilters): GapInput {
  return { region: filters.region, radiusKm: filters.radiusKm };
}

/** The page of one gap, carrying the radius when it is not the default. */
export function gapPath(region: Region, process: string, radiusKm: number | null): string {
  return `/gaps/${region}/${encodeURIComponent(process)}${radiusKm != null ? `?radiusKm=${radiusKm}` : ''}`;
}

/** Five shades of equal width over [0, 1]: 0 = [0, 0.2), …, 4 = [0.8, 1]. */
export const SHADES = 5;

export function shadeOf(score: number): number {
  return Math.max(0, Math.min(SHADES - 1, Math.floor(score * SHADES)));
}

/** Each shade's range of scores, for the legend. */
export function shadeRanges(): Array<{ shade: number; from: number; to: number }> {
  return Array.from({ length: SHADES }, (_, shade) => ({ shade, from: shade / SHADES, to: (shade + 1) / SHADES }));
}

/** Per region: the worst gap score, or the gap of `process` when one is chosen (absent: no such demand). */
export function regionScores(rows: GapRowFragment[], process: string): Map<Region, number> {
  const out = new Map<Region, number>();
  for (const r of rows) {
    if (process && r.process !== process) continue;
    out.set(r.region, Math.max(out.get(r.region) ?? 0, r.gapScore));
  }
  return out;
}

/** Per region, its first `n` gaps in the API's order (the worst first). */
export function topGapsByRegion(rows: GapRowFragment[], n: number): Map<Region, GapRowFragment[]> {
  const out = new Map<Region, GapRowFragment[]>();
  for (const r of rows) {
    const list = out.get(r.region) ?? [];
    if (list.length < n) list.push(r);
    out.set(r.region, list);
  }
  return out;
}

export type SortKey =
  'region' | 'process' | 'plantsInRegion' | 'demand' | 'certifiedSuppliers' | 'developmentCandidates' | 'gapScore';
export type SortDirection = 'ascending' | 'descending';
export interface GapSort {
  key: SortKey;
  direction: SortDirection;
}

/** The API's own order (gap score descending, ties by demand, region and process). */
export const API_ORDER: GapSort = { key: 'gapScore', direction: 'descending' };

/** Clicking a column: the same column turns around; a new one starts with numbers high first, names A to Z. */
export function nextSort(current: GapSort, key: SortKey): GapSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'region' || key === 'process' ? 'ascending' : 'descending' };
}

/** A stable sort: rows that tie keep the API's order. Names compare as shown in the page's language. */
export function sortGaps(
  rows: GapRowFragment[],
  sort: GapSort,
  names: { region: (r: Region) => string; process: (code: string) => string; locale: string },
): GapRowFragment[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(names.locale);
  const compare = (a: GapRowFragment, b: GapRowFragment): number => {
    if (sort.key === 'region') return collator.compare(names.region(a.region), names.region(b.region));
    if (sort.key === 'process') return collator.compare(names.process(a.process), names.process(b.process));
    return a[sort.key] - b[sort.key];
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}

export interface HeatMatrix {
  regions: Region[];
  /** Process codes, the worst gap first (then by code). */
  processes: string[];
  cell: (region: Region, process: string) => GapRowFragment | undefined;
}

/** Regions (north to south) × processes with some demand, for the heat map. */
export function heatMatrix(rows: GapRowFragment[]): HeatMatrix {
  const cells = new Map(rows.map((r) => [`${r.region}|${r.process}`, r]));
  const worst = new Map<string, number>();
  for (const r of rows) worst.set(r.process, Math.max(worst.get(r.process) ?? 0, r.gapScore));
  const processes = [...worst.keys()].sort((a, b) => worst.get(b)! - worst.get(a)! || a.localeCompare(b));
  return {
    regions: REGIONS.filter((region) => rows.some((r) => r.region === region)),
    processes,
    cell: (region, process) => cells.get(`${region}|${process}`),
  };
}

/** The table as CSV cells (header first): names in the page's language, codes beside them, plain numbers. */
export function gapCsvRows(
  rows: GapRowFragment[],
  headers: string[],
  names: { region: (r: Region) => string; process: (code: string) => string },
): Array<Array<string | number>> {
  return [
    headers,
    ...rows.map((r) => [
      names.region(r.region),
      r.region,
      names.process(r.process),
      r.process,
      r.plantsInRegion,
      r.demand,
      r.certifiedSuppliers,
      r.developmentCandidates,
      Math.round(r.gapScore * 10000) / 10000,
    ]),
  ];
}
