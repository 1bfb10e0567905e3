import { accept, Checked, checkText, isIsoDate, refuse } from '@enlace/core';
import { Tier } from '../models/tier';

/**
 * The rules of a supplier profile, once. Pure functions answering Checked (the normalised value or
 * the problem, never the field's name): the GraphQL writes (SupplierValidation), the CSV import
 * (DENUE and enlace formats) and the synthetic generator's tests all call these. The rules every
 * entity shares live in @enlace/core: `checkLocation` (Mexico's bounding box), `checkEmail`
 * (contact e-mail), `checkText`.
 */
export const SUPPLIER_LIMITS = {
  name: 300,
  city: 200,
  phone: 30,
  website: 300,
  capabilities: 100,
  material: 100,
  materialsPerCapability: 50,
  capabilityNotes: 2000,
  certificateNumber: 100,
  issuer: 200,
} as const;

/** RFC (Mexican tax id): 3 letters (companies) or 4 (persons), YYMMDD, 3-character homoclave. */
const RFC = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z0-9]{3})$/;
const PHONE = /^\+?[0-9][0-9 ()\-.]{6,29}$/;
const TIERS = Object.values(Tier);
const TIER_BY_NAME = new Map<string, Tier>(TIERS.map((t) => [t, t]));

export function checkSupplierName(value: string | null | undefined): Checked<string> {
  return checkText(value, SUPPLIER_LIMITS.name, true);
}

export function checkCity(value: string | null | undefined): Checked<string> {
  return checkText(value, SUPPLIER_LIMITS.city, true);
}

/** Upper-cases and checks an RFC, month 01-12 and day 01-31 included; empty means none. */
export function checkRfc(value: string | null | undefined): Checked<string | null> {
  const v = value?.trim().toUpperCase() ?? '';
  if (!v) return accept(null);
  const m = RFC.exec(v);
  const month = m ? Number(m[3]) : 0;
  const day = m ? Number(m[4]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    return refuse(
      `"${v.slice(0, 20)}" is not a valid RFC (3-4 letters, a YYMMDD date, 3 letters or digits, e.g. "ABC010203XY9")`,
    );
  }
  return accept(v);
}

/** A tier name (any letter case); empty means none. */
export function checkTier(value: string | null | undefined): Checked<Tier | null> {
  const v = value?.trim().toUpperCase() ?? '';
  if (!v) return accept(null);
  const tier = TIER_BY_NAME.get(v);
  return tier ? accept(tier) : refuse(`"${value?.trim()}" is not ${TIERS.slice(0, -1).join(', ')} or ${TIERS.at(-1)}`);
}

export function checkContactPhone(value: string | null | undefined): Checked<string | null> {
  const phone = checkText(value, SUPPLIER_LIMITS.phone, false);
  if (phone.ok && phone.value && !PHONE.test(phone.value))
    return refuse('is not a valid phone number (digits, spaces, +, -, parentheses)');
  return phone;
}

/** An http(s) URL with a dotted host name; empty means none. */
export function checkWebsite(value: string | null | undefined): Checked<string | null> {
  const text = checkText(value, SUPPLIER_LIMITS.website, false);
  if (!text.ok || !text.value) return text;
  let url: URL | null = null;
  try {
    url = new URL(text.value);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.'))
    return refuse('must be an http(s) URL');
  return text;
}

export interface CapabilityValue {
  process: string;
  materials: string[];
  notes: string | null;
}

/**
 * One capability's materials (trimmed, empty ones dropped, repeats removed, at most 50 of at most
 * 100 characters) and notes. Whether the process exists is the catalogue's to say.
 */
export function checkCapability(c: {
  process: string;
  materials?: readonly (string | null)[] | null;
  notes?: string | null;
}): Checked<CapabilityValue> {
  const materials: string[] = [];
  for (const [j, raw] of (c.materials ?? []).entries()) {
    const m = checkText(raw, SUPPLIER_LIMITS.material, false);
    if (!m.ok) return refuse(m.problem, `.materials[${j}]`);
    if (m.value && !materials.includes(m.value)) materials.push(m.value);
  }
  if (materials.length > SUPPLIER_LIMITS.materialsPerCapability)
    return refuse(`must list at most ${SUPPLIER_LIMITS.materialsPerCapability} materials`, '.materials');
  const notes = checkText(c.notes, SUPPLIER_LIMITS.capabilityNotes, false);
  if (!notes.ok) return refuse(notes.problem, '.notes');
  return accept({ process: c.process.trim(), materials, notes: notes.value });
}

/** A profile's whole list of capabilities: at most 100, each process once. */
export function checkCapabilityList(list: readonly CapabilityValue[]): Checked<CapabilityValue[]> {
  if (list.length > SUPPLIER_LIMITS.capabilities)
    return refuse(`must list at most ${SUPPLIER_LIMITS.capabilities} capabilities`);
  const seen = new Set<string>();
  for (const [i, c] of list.entries()) {
    if (seen.has(c.process)) return refuse(`"${c.process}" is listed twice`, `[${i}].process`);
    seen.add(c.process);
  }
  return accept([...list]);
}

export interface CertificationDetails {
  certificateNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
}

/** A certificate's details besides its scheme (the catalogue's): YYYY-MM-DD dates in order, bounded texts. */
export function checkCertificationDetails(c: {
  certificateNumber?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
}): Checked<CertificationDetails> {
  const issuedOn = c.issuedOn || null;
  const expiresOn = c.expiresOn || null;
  if (issuedOn && !isIsoDate(issuedOn)) return refuse(`"${issuedOn}" is not a YYYY-MM-DD date`, '.issuedOn');
  if (expiresOn && !isIsoDate(expiresOn)) return refuse(`"${expiresOn}" is not a YYYY-MM-DD date`, '.expiresOn');
  if (issuedOn && expiresOn && expiresOn < issuedOn)
    return refuse(`(${expiresOn}) must not precede issuedOn (${issuedOn})`, '.expiresOn');
  const certificateNumber = checkText(c.certificateNumber, SUPPLIER_LIMITS.certificateNumber, false);
  if (!certificateNumber.ok) return refuse(certificateNumber.problem, '.certificateNumber');
  const issuer = checkText(c.issuer, SUPPLIER_LIMITS.issuer, false);
  if (!issuer.ok) return refuse(issuer.problem, '.issuer');
  return accept({ certificateNumber: certificateNumber.value, issuer: issuer.value, issuedOn, expiresOn });
}
