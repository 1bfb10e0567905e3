import { DomainError } from '../errors/domain-error';

/**
 * Opaque Relay cursor: base64url of a JSON array holding the sort keys of a row followed by its id.
 * The sort tag is encoded too, so a cursor from one ordering is refused by another.
 */
export type CursorKey = string | number | null;

export function encodeCursor(sort: string, keys: CursorKey[]): string {
  return Buffer.from(JSON.stringify([sort, ...keys]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, arity: number, field = 'after'): CursorKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw DomainError.badInput(field, 'is not a valid cursor');
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== sort) {
    throw DomainError.badInput(field, 'is not a valid cursor for this query');
  }
  const keys = parsed.slice(1);
  if (!keys.every((k) => k === null || typeof k === 'string' || typeof k === 'number')) {
    throw DomainError.badInput(field, 'is not a valid cursor');
  }
  return keys as CursorKey[];
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first`: default 20, 1..100. */
export function pageSize(first: number | null | undefined, field = 'first', def = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return def;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw DomainError.badInput(field, `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}
