/** Result of one import: every data row is created, updated, unchanged, skipped or an error. */
export interface ImportSkip {
  line: number;
  reason: string;
}

export interface ImportRowError {
  line: number;
  field: string;
  message: string;
}

/** An incoming row that looks like an existing supplier (same RFC, or similar name within 1 km); never merged. */
export interface PossibleDuplicate {
  line: number;
  name: string;
  existingId: string;
  existingName: string;
  reason: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: ImportSkip[];
  errors: ImportRowError[];
  possibleDuplicates: PossibleDuplicate[];
}

export type ImportFormatName = 'denue' | 'enlace';

export function emptyReport(): ImportReport {
  return { created: 0, updated: 0, unchanged: 0, skipped: [], errors: [], possibleDuplicates: [] };
}

/** The file could not be read as an import (missing, unreadable, wrong header): nothing was imported. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
