import { describe, expect, it } from 'vitest';
import { cliCommand, MAX_IMPORT_BYTES, reportCounts, tooLargeForApi, type ImportReport } from './importFile';

describe('import file rules', () => {
  it('sends files up to 900 KB to the API and points larger ones to the CLI', () => {
    expect(tooLargeForApi(MAX_IMPORT_BYTES)).toBe(false);
    expect(tooLargeForApi(MAX_IMPORT_BYTES + 1)).toBe(true);
    expect(cliCommand('big.csv', 'DENUE', true)).toBe('npm run cli -- import big.csv --format denue --dry-run');
    expect(cliCommand("my file's.csv", 'ENLACE', false)).toBe(
      "npm run cli -- import 'my file'\\''s.csv' --format enlace",
    );
  });

  it('counts a report as created, updated, unchanged, skipped, errors', () => {
    const r = {
      created: 2,
      updated: 1,
      unchanged: 0,
      skipped: [{ line: 3, reason: 'x' }],
      errors: [
        { line: 4, field: 'lat', message: 'm' },
        { line: 5, field: 'name', message: 'm' },
      ],
    } as ImportReport;
    expect(reportCounts(r)).toEqual([
      ['created', 2],
      ['updated', 1],
      ['unchanged', 0],
      ['skipped', 1],
      ['errors', 2],
    ]);
  });
});
