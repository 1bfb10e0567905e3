import { types } from 'pg';

let installed = false;

/** Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); counts and numerics become numbers. */
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  types.setTypeParser(1082, (v: string) => v); // date
  types.setTypeParser(20, (v: string) => Number(v)); // int8 (count(*))
  types.setTypeParser(1700, (v: string) => Number(v)); // numeric
}
