import { Checked, checkLocation } from '@enlace/core';

/** A row ready to be matched and written (validated, normalised). */
export interface CandidateCapability {
  process: string;
  materials: string[];
  notes: string | null;
}

export interface CandidateCertification {
  scheme: string;
  certificateNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  recordedStatus: 'SUSPENDED' | 'WITHDRAWN' | null;
}

export interface SupplierCandidate {
  line: number;
  /** `denue` rows manage only the fields DENUE has and add capabilities; `enlace` rows are the whole profile. */
  mode: 'denue' | 'enlace';
  id: string | null;
  source: string | null;
  sourceId: string | null;
  name: string;
  rfc: string | null;
  tier: string | null;
  stateCode: string;
  city: string;
  lat: number;
  lng: number;
  employees: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  /** Canonical `YYYY-MM-DDTHH:MM:SS.ffffffZ`, or null. */
  profileConfirmedAt: string | null;
  capabilities: CandidateCapability[];
  certifications: CandidateCertification[];
}

export type RowOutcome =
  | { kind: 'candidate'; candidate: SupplierCandidate }
  | { kind: 'skip'; line: number; reason: string }
  | { kind: 'error'; line: number; field: string; message: string };

/** A cell (or the cells of one field) read and checked: the value, or the column at fault and why. */
export type CellCheck<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** A rule's answer (Checked of @enlace/core) for the import: a refusal names `field`, the CSV column. */
export function inColumn<T>(checked: Checked<T>, field: string): CellCheck<T> {
  return checked.ok ? checked : { ok: false, field, message: checked.problem };
}

export function rowError(line: number, problem: { field: string; message: string }): RowOutcome {
  return { kind: 'error', line, field: problem.field, message: problem.message };
}

export function cleanText(v: string | undefined | null): string {
  return (v ?? '').replace(/\s+/g, ' ').trim();
}

export function nullIfEmpty(v: string | undefined | null): string | null {
  const c = cleanText(v);
  return c === '' ? null : c;
}

/** Reads a decimal number; returns an error message or the number. */
function parseDecimal(raw: string): number | string {
  const v = cleanText(raw);
  if (v === '') return 'is required';
  if (!/^[-+]?\d+(\.\d+)?$/.test(v)) return `"${v}" is not a decimal number`;
  return Number(v);
}

/**
 * Reads the latitude and longitude cells and applies the location rule of the API (checkLocation:
 * Mexico's bounding box); a refusal names the column of the coordinate at fault.
 */
export function parseLocation(
  raw: { lat: string; lng: string },
  columns: { lat: string; lng: string },
): CellCheck<{ lat: number; lng: number }> {
  const lat = parseDecimal(raw.lat);
  if (typeof lat === 'string') return { ok: false, field: columns.lat, message: lat };
  const lng = parseDecimal(raw.lng);
  if (typeof lng === 'string') return { ok: false, field: columns.lng, message: lng };
  const location = checkLocation({ lat, lng });
  return location.ok ? location : { ok: false, field: columns[location.coordinate], message: location.problem };
}

const TS = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalises a timestamp (ISO 8601; a bare date means midnight UTC) to microsecond UTC text, or null when invalid. */
export function canonicalTimestamp(raw: string): string | null {
  const m = TS.exec(raw.trim());
  if (!m) return null;
  const [, date, hh = '00', mi = '00', ss = '00', frac = '', zone = 'Z'] = m;
  const z = zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const ms = Date.parse(`${date}T${hh}:${mi}:${ss}${z}`);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  if (zone === 'Z' && d.toISOString().slice(0, 10) !== date) return null;
  return `${d.toISOString().slice(0, 19)}.${frac.padEnd(6, '0')}Z`;
}

/** SQL expression formatting a timestamptz column like canonicalTimestamp. */
export function canonicalTimestampSql(col: string): string {
  return `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
