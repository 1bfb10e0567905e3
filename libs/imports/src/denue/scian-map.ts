import * as path from 'path';
import { findDataDir, readCsvFile, splitList } from '@enlace/core';

/** DENUE `codigo_act` (SCIAN) to process codes, by the longest matching prefix (data/reference/scian-processes.csv). */
export class ScianMap {
  private readonly entries: Array<{ prefix: string; processes: string[] }>;

  constructor(rows: Array<{ prefix: string; processes: string[] }>) {
    this.entries = [...rows].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  static load(dir = findDataDir('reference')): ScianMap {
    return new ScianMap(
      readCsvFile(path.join(dir, 'scian-processes.csv')).map((r) => ({
        prefix: r.scian_prefix,
        processes: splitList(r.processes),
      })),
    );
  }

  processesFor(code: string): string[] | null {
    for (const e of this.entries) if (code.startsWith(e.prefix)) return e.processes;
    return null;
  }

  /** Human description of the scope for skip reasons. */
  scope(): string {
    return [...this.entries]
      .map((e) => e.prefix)
      .sort()
      .join(', ');
  }
}
