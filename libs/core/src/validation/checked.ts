import { DomainError } from '../errors/domain-error';

/** A value a rule accepted, normalised (trimmed, upper- or lower-cased, null for empty). */
export interface Accepted<T> {
  ok: true;
  value: T;
}

/**
 * Why a rule refused a value. `problem` reads after the field's name ("must not be empty");
 * `part` is the path below the field that is at fault (".lat", "[2].process"), when not the field itself.
 */
export interface Refused {
  ok: false;
  problem: string;
  part?: string;
}

/**
 * The answer of a validation rule. Rules are pure functions that never name the field: the
 * GraphQL API turns a refusal into BAD_USER_INPUT naming its input path (valueOrBadInput), the
 * import into a row error naming its CSV column, with the same message.
 */
export type Checked<T, Extra = unknown> = Accepted<T> | (Refused & Extra);

export function accept<T>(value: T): Accepted<T> {
  return { ok: true, value };
}

export function refuse(problem: string, part?: string): Refused {
  return part === undefined ? { ok: false, problem } : { ok: false, problem, part };
}

/** The accepted value, or BAD_USER_INPUT naming `field` (plus the refused part below it). */
export function valueOrBadInput<T>(checked: Checked<T>, field: string): T {
  if (checked.ok) return checked.value;
  throw DomainError.badInput(`${field}${checked.part ?? ''}`, checked.problem);
}
