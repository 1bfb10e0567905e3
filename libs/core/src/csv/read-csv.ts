import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'csv-parse/sync';

/** Reads a small UTF-8 CSV file with a header row into records (for versioned data files). */
export function readCsvFile(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

/** Finds the repository's `data/` folder from source or build output. */
export function findDataDir(sub: string, start = __dirname): string {
  const fromEnv = process.env.ENLACE_DATA_FILES;
  if (fromEnv) return path.join(fromEnv, sub);
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'data', sub);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`data/${sub} not found above ${start}`);
    dir = parent;
  }
}

/** Splits a ';'-separated list field. */
export function splitList(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
