// The /profile form as data: the draft a supplier edits, what updateSupplier is sent, what differs
// from someone else's save, and the rules for certificates (pure, unit-tested).
import type { ApolloError } from '@apollo/client';
import type { MyProfileFragment, Tier, UpdateSupplierInput } from '../../generated/graphql';

export interface CapabilityDraft {
  process: string;
  /** Comma-separated, as typed. */
  materials: string;
  notes: string;
}

export interface ProfileDraft {
  name: string;
  tier: Tier | '';
  city: string;
  stateCode: string;
  lat: number;
  lng: number;
  contactEmail: string;
  contactPhone: string;
  website: string;
  capabilities: CapabilityDraft[];
}

/** The form's fields, in the order the conflict alert lists them. */
export const DRAFT_FIELDS = [
  'name',
  'tier',
  'city',
  'stateCode',
  'location',
  'contactEmail',
  'contactPhone',
  'website',
  'capabilities',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export function draftOf(s: MyProfileFragment): ProfileDraft {
  return {
    name: s.name,
    tier: s.tier ?? '',
    city: s.city,
    stateCode: s.state.code,
    lat: s.location.lat,
    lng: s.location.lng,
    contactEmail: s.contactEmail ?? '',
    contactPhone: s.contactPhone ?? '',
    website: s.website ?? '',
    capabilities: s.capabilities.map((c) => ({
      process: c.process,
      materials: c.materials.join(', '),
      notes: c.notes ?? '',
    })),
  };
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
const orNull = (text: string) => text.trim() || null;

/** The whole draft as updateSupplier's input (empty contact fields and tier clear the value). */
export function inputOf(d: ProfileDraft): UpdateSupplierInput {
  return {
    name: d.name.trim(),
    tier: d.tier || null,
    city: d.city.trim(),
    stateCode: d.stateCode,
    location: { lat: d.lat, lng: d.lng },
    contactEmail: orNull(d.contactEmail),
    contactPhone: orNull(d.contactPhone),
    website: orNull(d.website),
    capabilities: d.capabilities.map((c) => ({
      process: c.process,
      materials: splitList(c.materials),
      notes: orNull(c.notes),
    })),
  };
}

/** A field's value as the user reads it (capabilities as "process: materials" lines). */
export function fieldText(d: ProfileDraft, field: DraftField, processName: (code: string) => string): string {
  if (field === 'location') return `${d.lat.toFixed(4)}, ${d.lng.toFixed(4)}`;
  if (field === 'capabilities')
    return d.capabilities
      .map((c) =>
        [processName(c.process), splitList(c.materials).join(', '), c.notes.trim()].filter(Boolean).join(': '),
      )
      .join('; ');
  return String(d[field]).trim();
}

/** The fields where two drafts differ (as the user would read them). */
export function changedFields(a: ProfileDraft, b: ProfileDraft): DraftField[] {
  const same = (f: DraftField) => fieldText(a, f, String) === fieldText(b, f, String);
  return DRAFT_FIELDS.filter((f) => !same(f));
}

/**
 * The user's draft on top of someone else's save: the fields the user changed (from what the form was
 * loaded with) keep the user's value; the others take the saved value.
 */
export function rebaseDraft(loaded: ProfileDraft, mine: ProfileDraft, theirs: ProfileDraft): ProfileDraft {
  const touched = new Set(changedFields(loaded, mine));
  const pick = <K extends keyof ProfileDraft>(k: K, f: DraftField) => (touched.has(f) ? mine[k] : theirs[k]);
  return {
    name: pick('name', 'name'),
    tier: pick('tier', 'tier'),
    city: pick('city', 'city'),
    stateCode: pick('stateCode', 'stateCode'),
    lat: pick('lat', 'location'),
    lng: pick('lng', 'location'),
    contactEmail: pick('contactEmail', 'contactEmail'),
    contactPhone: pick('contactPhone', 'contactPhone'),
    website: pick('website', 'website'),
    capabilities: pick('capabilities', 'capabilities'),
  };
}

/** The API's BAD_USER_INPUT field (e.g. "input.capabilities[1].process") as a form field, with its message. */
export function fieldErrorOf(error: ApolloError | undefined): { field: string; message: string } | null {
  const e = error?.graphQLErrors[0];
  if (!e || e.extensions?.code !== 'BAD_USER_INPUT' || typeof e.extensions.field !== 'string') return null;
  return { field: e.extensions.field.replace(/^input\./, ''), message: e.message };
}

export interface CertificateDraft {
  scheme: string;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export const EMPTY_CERTIFICATE: CertificateDraft = {
  scheme: '',
  certificateNumber: '',
  issuer: '',
  issuedOn: '',
  expiresOn: '',
};

/** Problems the form finds before sending (message keys by field). */
export function certificateProblems(c: CertificateDraft): Partial<Record<keyof CertificateDraft, string>> {
  const out: Partial<Record<keyof CertificateDraft, string>> = {};
  if (!c.scheme) out.scheme = 'profile.cert.schemeRequired';
  if (c.issuedOn && c.expiresOn && c.expiresOn <= c.issuedOn) out.expiresOn = 'profile.cert.expiryBeforeIssue';
  return out;
}

/** Whole days from `today` (YYYY-MM-DD) to `date`; negative once past. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Certificates soonest to expire first (no expiry last), then by scheme. */
export function byExpiry<T extends { expiresOn?: string | null; scheme: string }>(certs: readonly T[]): T[] {
  return [...certs].sort(
    (a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999') || a.scheme.localeCompare(b.scheme),
  );
}

export const STALE_AFTER_DAYS = 180;

/** Whether the last confirmation (or none) is older than 180 days. */
export function isStale(confirmedAt: string | null | undefined, today: string): boolean {
  return !confirmedAt || daysBetween(confirmedAt.slice(0, 10), today) > STALE_AFTER_DAYS;
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
