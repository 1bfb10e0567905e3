import { DomainError } from '../errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Checks an ID argument is a UUID; a malformed one is BAD_USER_INPUT naming the argument. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw DomainError.badInput(field, `must be a UUID, got "${String(value).slice(0, 60)}"`);
  return value.toLowerCase();
}
