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

/** Rough bounding box of Mexico with a small margin; coordinates outside it are rejected. */
export const MEXICO_BOUNDS = { minLat: 14.3, maxLat: 32.8, minLng: -118.5, maxLng: -86.5 };

export function cleanText(v: string | undefined | null): string {
  return (v ?? '').replace(/\s+/g, ' ').trim();
}

export function nullIfEmpty(v: string | undefined | null): string | null {
  const c = cleanText(v);
  return c === '' ? null : c;
}

/** Parses a coordinate; returns an error message or the number. */
export function parseCoordinate(raw: string, kind: 'lat' | 'lng'): number | string {
  const v = cleanText(raw);
  if (v === '') return 'is required';
  if (!/^[-+]?\d+(\.\d+)?$/.test(v)) return `"${v}" is not a decimal number`;
  const n = Number(v);
  const [lo, hi] =
    kind === 'lat' ? [MEXICO_BOUNDS.minLat, MEXICO_BOUNDS.maxLat] : [MEXICO_BOUNDS.minLng, MEXICO_BOUNDS.maxLng];
  if (n < lo || n > hi) return `${n} is outside Mexico (${kind === 'lat' ? 'latitude' : 'longitude'} ${lo} to ${hi})`;
  return n;
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
