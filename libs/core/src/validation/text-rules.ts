import { accept, Checked, refuse } from './checked';

/** Longest e-mail address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Trims a text; empty means none (refused when `required`); longer than `max` characters is refused. */
export function checkText(value: string | null | undefined, max: number, required: true): Checked<string>;
export function checkText(value: string | null | undefined, max: number, required: false): Checked<string | null>;
export function checkText(value: string | null | undefined, max: number, required: boolean): Checked<string | null> {
  const v = value?.trim() ?? '';
  if (!v) return required ? refuse('must not be empty') : accept(null);
  if (v.length > max) return refuse(`must be at most ${max} characters`);
  return accept(v);
}

/** An optional e-mail address, lower-cased; empty means none. */
export function checkEmail(value: string | null | undefined): Checked<string | null> {
  const text = checkText(value, MAX_EMAIL_LENGTH, false);
  if (!text.ok || text.value === null) return text;
  const email = text.value.toLowerCase();
  return EMAIL.test(email) ? accept(email) : refuse('is not a valid email address');
}
