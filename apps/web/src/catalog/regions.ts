import type { Region } from '../generated/graphql';

/** Mexico's automotive regions, north to south (the order lists and filters show them in). */
export const REGIONS: Region[] = ['NORTH', 'BAJIO', 'CENTER', 'WEST', 'SOUTH'];

export function isRegion(value: string | null | undefined): value is Region {
  return REGIONS.includes(value as Region);
}
