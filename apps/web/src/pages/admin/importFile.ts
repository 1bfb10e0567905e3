// The /admin/import rules that do not need the API: the size GraphQL accepts and the report's totals.
import type { ImportSuppliersMutation } from '../../generated/graphql';

/** importSuppliers takes CSV text up to 900 KB (the API's MAX_IMPORT_CSV_BYTES); larger files go through the CLI. */
export const MAX_IMPORT_BYTES = 900 * 1024;

export function tooLargeForApi(bytes: number): boolean {
  return bytes > MAX_IMPORT_BYTES;
}

export type ImportReport = ImportSuppliersMutation['importSuppliers'];

/** The five counts of a report, in the order the page shows them. */
export function reportCounts(r: ImportReport): Array<[key: string, value: number]> {
  return [
    ['created', r.created],
    ['updated', r.updated],
    ['unchanged', r.unchanged],
    ['skipped', r.skipped.length],
    ['errors', r.errors.length],
  ];
}

/** The CLI command for a file (README: `npm run cli -- import <file> --format …`). */
export function cliCommand(fileName: string, format: 'DENUE' | 'ENLACE', dryRun: boolean): string {
  const quoted = /^[\w./-]+$/.test(fileName) ? fileName : `'${fileName.replace(/'/g, `'\\''`)}'`;
  return `npm run cli -- import ${quoted} --format ${format.toLowerCase()}${dryRun ? ' --dry-run' : ''}`;
}
