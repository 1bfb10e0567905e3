import { checkEmail, isUuid } from '@enlace/core';
import {
  checkCapability,
  checkCapabilityList,
  checkCertificationDetails,
  checkCity,
  checkContactPhone,
  checkRfc,
  checkSupplierName,
  checkTier,
  checkWebsite,
} from '@enlace/suppliers';
import { ImportFileError } from '../import-report';
import {
  CandidateCapability,
  CandidateCertification,
  canonicalTimestamp,
  CellCheck,
  cleanText,
  inColumn,
  nullIfEmpty,
  parseLocation,
  RowOutcome,
  rowError,
  SupplierCandidate,
} from '../candidate';
import { escapeItem, splitEscaped, unescapeItem } from './list-codec';

/**
 * The enlace CSV template (what `export` writes and `import --format enlace` reads), one supplier
 * per row. Header names are matched case-insensitively and may come in any order; only name,
 * state_code, city, lat and lng are required columns, an omitted column counts as empty.
 *
 *   id                    supplier UUID (written by export; used to match rows that have no source id)
 *   source, source_id     where the record comes from and its id there (e.g. denue, 6789012); both or neither
 *   name                  company / plant name
 *   rfc                   Mexican tax id, unique where present
 *   tier                  TIER_1, TIER_2, TIER_3 or empty
 *   state_code            ISO 3166-2 (MX-GUA) or the 2-digit INEGI code
 *   city                  city or municipality
 *   lat, lng              decimal degrees
 *   employees             staff band, e.g. "51 a 100 personas"
 *   contact_email, contact_phone, website
 *   profile_confirmed_at  ISO 8601 timestamp (UTC), empty when never confirmed
 *   capabilities          process:material|material:notes;process2:... (process codes from the catalogue)
 *   certifications        SCHEME:number:issuer:issued_on:expires_on:status;... (dates YYYY-MM-DD, status SUSPENDED/WITHDRAWN or empty)
 *
 * Inside the list fields a backslash escapes `\ ; : |`. Rows match existing suppliers by
 * (source, source_id), else by id, else by rfc; a row with none of these is an error (it could not
 * be re-imported without duplicating). Every field of a matched supplier is replaced by the row's.
 */
export const ENLACE_COLUMNS = [
  'id',
  'source',
  'source_id',
  'name',
  'rfc',
  'tier',
  'state_code',
  'city',
  'lat',
  'lng',
  'employees',
  'contact_email',
  'contact_phone',
  'website',
  'profile_confirmed_at',
  'capabilities',
  'certifications',
] as const;
export type EnlaceColumn = (typeof ENLACE_COLUMNS)[number];
const REQUIRED: EnlaceColumn[] = ['name', 'state_code', 'city', 'lat', 'lng'];

export type EnlaceHeader = Map<EnlaceColumn, number>;

export function checkEnlaceHeader(header: string[]): EnlaceHeader {
  const map: EnlaceHeader = new Map();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase() as EnlaceColumn;
    if (!(ENLACE_COLUMNS as readonly string[]).includes(name)) {
      throw new ImportFileError(
        `wrong header for format enlace: unknown column "${h}" (expected ${ENLACE_COLUMNS.join(',')})`,
      );
    }
    if (map.has(name)) throw new ImportFileError(`wrong header for format enlace: column "${h}" appears twice`);
    map.set(name, i);
  });
  const missing = REQUIRED.filter((c) => !map.has(c));
  if (missing.length)
    throw new ImportFileError(`wrong header for format enlace: missing column(s) ${missing.join(', ')}`);
  return map;
}

export interface EnlaceContext {
  states: Set<string>;
  statesByInegi: Map<string, string>;
  processes: Set<string>;
  schemes: Set<string>;
}

const SOURCE = /^[a-z0-9_.-]{1,40}$/;

/** The cells of one row: `raw` as read, `get` with white space collapsed. */
interface RowCells {
  raw: (c: EnlaceColumn) => string;
  get: (c: EnlaceColumn) => string;
}

interface RowKeys {
  id: string | null;
  source: string | null;
  sourceId: string | null;
  rfc: string | null;
}

type Profile = Pick<
  SupplierCandidate,
  | 'name'
  | 'tier'
  | 'stateCode'
  | 'city'
  | 'lat'
  | 'lng'
  | 'contactEmail'
  | 'contactPhone'
  | 'website'
  | 'profileConfirmedAt'
>;

/**
 * One template row to a candidate or an error naming the column. The profile fields go through the
 * API's rules (`@enlace/suppliers` rules, checkLocation and checkEmail of `@enlace/core`), so a
 * row is accepted exactly when createSupplier would accept the same values.
 */
export function enlaceRow(line: number, f: string[], header: EnlaceHeader, ctx: EnlaceContext): RowOutcome {
  if (f.length !== header.size)
    return rowError(line, { field: 'row', message: `expected ${header.size} columns, got ${f.length}` });
  const raw = (c: EnlaceColumn) => {
    const i = header.get(c);
    return i === undefined ? '' : (f[i] ?? '');
  };
  const cells: RowCells = { raw, get: (c) => cleanText(raw(c)) };
  const keys = rowKeys(cells);
  if (!keys.ok) return rowError(line, keys);
  const profile = rowProfile(cells, ctx);
  if (!profile.ok) return rowError(line, profile);
  const capabilities = parseCapabilities(raw('capabilities').trim(), ctx);
  if (!capabilities.ok) return rowError(line, capabilities);
  const certifications = parseCertifications(raw('certifications').trim(), ctx);
  if (!certifications.ok) return rowError(line, certifications);
  const { id, ...rest } = keys.value;
  return {
    kind: 'candidate',
    candidate: {
      line,
      mode: 'enlace',
      id: id ? id.toLowerCase() : null,
      ...rest,
      ...profile.value,
      employees: nullIfEmpty(raw('employees')),
      capabilities: capabilities.value,
      certifications: certifications.value,
    },
  };
}

/** id, source and source_id, rfc: at least one way to find the supplier again on re-import. */
function rowKeys({ get }: RowCells): CellCheck<RowKeys> {
  const id = get('id') || null;
  if (id && !isUuid(id)) return { ok: false, field: 'id', message: `"${get('id')}" is not a UUID` };
  const source = get('source') || null;
  const sourceId = get('source_id') || null;
  if ((source === null) !== (sourceId === null)) {
    const field = source ? 'source_id' : 'source';
    return { ok: false, field, message: 'source and source_id go together: give both or neither' };
  }
  if (source && !SOURCE.test(source))
    return { ok: false, field: 'source', message: `"${source}" must be lower-case letters, digits, _ . or -` };
  const rfc = inColumn(checkRfc(get('rfc')), 'rfc');
  if (!rfc.ok) return rfc;
  if (!source && !id && !rfc.value) {
    const message = 'the row needs source and source_id, id or rfc, so that importing it again does not duplicate it';
    return { ok: false, field: 'source_id', message };
  }
  return { ok: true, value: { id, source, sourceId, rfc: rfc.value } };
}

function rowProfile({ raw, get }: RowCells, ctx: EnlaceContext): CellCheck<Profile> {
  const name = inColumn(checkSupplierName(get('name')), 'name');
  if (!name.ok) return name;
  const tierText = get('tier');
  const tier = inColumn(checkTier(/^[123]$/.test(tierText) ? `TIER_${tierText}` : tierText), 'tier');
  if (!tier.ok) return tier;
  const st = get('state_code').toUpperCase();
  const stateCode = /^\d{1,2}$/.test(st)
    ? ctx.statesByInegi.get(st.padStart(2, '0'))
    : ctx.states.has(st)
      ? st
      : undefined;
  if (!stateCode) {
    const message = `unknown state "${get('state_code')}" (expected an ISO 3166-2 code such as MX-GUA)`;
    return { ok: false, field: 'state_code', message };
  }
  const city = inColumn(checkCity(get('city')), 'city');
  if (!city.ok) return city;
  const location = parseLocation({ lat: raw('lat'), lng: raw('lng') }, { lat: 'lat', lng: 'lng' });
  if (!location.ok) return location;
  const contactEmail = inColumn(checkEmail(get('contact_email')), 'contact_email');
  if (!contactEmail.ok) return contactEmail;
  const contactPhone = inColumn(checkContactPhone(get('contact_phone')), 'contact_phone');
  if (!contactPhone.ok) return contactPhone;
  const website = inColumn(checkWebsite(get('website')), 'website');
  if (!website.ok) return website;
  let profileConfirmedAt: string | null = null;
  if (get('profile_confirmed_at')) {
    profileConfirmedAt = canonicalTimestamp(get('profile_confirmed_at'));
    if (!profileConfirmedAt) {
      const message = `"${get('profile_confirmed_at')}" is not an ISO 8601 date or timestamp`;
      return { ok: false, field: 'profile_confirmed_at', message };
    }
  }
  return {
    ok: true,
    value: {
      name: name.value,
      tier: tier.value,
      stateCode,
      city: city.value,
      ...location.value,
      contactEmail: contactEmail.value,
      contactPhone: contactPhone.value,
      website: website.value,
      profileConfirmedAt,
    },
  };
}

/** `process:material|material:notes;...`, each capability through the API's capability rules. */
function parseCapabilities(text: string, ctx: EnlaceContext): CellCheck<CandidateCapability[]> {
  const capabilities: CandidateCapability[] = [];
  const refused = (message: string): CellCheck<never> => ({ ok: false, field: 'capabilities', message });
  for (const entry of text ? splitEscaped(text, ';') : []) {
    if (!entry.trim()) continue;
    const parts = splitEscaped(entry, ':');
    if (parts.length > 3) return refused(`"${entry}" has more than process:materials:notes`);
    const process = unescapeItem(parts[0]).trim();
    if (!ctx.processes.has(process)) return refused(`unknown process "${process}"`);
    const materials = parts[1] ? splitEscaped(parts[1], '|').map(unescapeItem) : [];
    const notes = parts[2] !== undefined ? unescapeItem(parts[2]) : null;
    const capability = checkCapability({ process, materials, notes });
    if (!capability.ok) return refused(`${process}${capability.part ?? ''}: ${capability.problem}`);
    capabilities.push(capability.value);
  }
  const list = checkCapabilityList(capabilities);
  return list.ok ? list : refused(list.problem);
}

/** `SCHEME:number:issuer:issued_on:expires_on:status;...`, details through the API's certificate rules. */
function parseCertifications(text: string, ctx: EnlaceContext): CellCheck<CandidateCertification[]> {
  const certifications: CandidateCertification[] = [];
  const refused = (message: string): CellCheck<never> => ({ ok: false, field: 'certifications', message });
  for (const entry of text ? splitEscaped(text, ';') : []) {
    if (!entry.trim()) continue;
    const parts = splitEscaped(entry, ':').map((p) => unescapeItem(p).trim());
    if (parts.length > 6) return refused(`"${entry}" has more than SCHEME:number:issuer:issued_on:expires_on:status`);
    const [scheme, certificateNumber, issuer, issuedOn, expiresOn, status = ''] = parts;
    const schemeCode = scheme.toUpperCase();
    if (!ctx.schemes.has(schemeCode)) return refused(`unknown certification scheme "${scheme}"`);
    const details = checkCertificationDetails({ certificateNumber, issuer, issuedOn, expiresOn });
    if (!details.ok) return refused(`${schemeCode}${details.part ?? ''}: ${details.problem}`);
    const recordedStatus = status.toUpperCase() || null;
    if (recordedStatus !== null && recordedStatus !== 'SUSPENDED' && recordedStatus !== 'WITHDRAWN')
      return refused(`status "${status}" of ${schemeCode} must be SUSPENDED, WITHDRAWN or empty`);
    certifications.push({ scheme: schemeCode, ...details.value, recordedStatus });
  }
  return { ok: true, value: certifications };
}

export function formatCapabilities(caps: CandidateCapability[]): string {
  return caps
    .map((c) => {
      let s = `${escapeItem(c.process)}:${c.materials.map(escapeItem).join('|')}`;
      if (c.notes) s += `:${escapeItem(c.notes)}`;
      return s;
    })
    .join(';');
}

export function formatCertifications(certs: CandidateCertification[]): string {
  return certs
    .map((c) => {
      const parts = [
        c.scheme,
        c.certificateNumber ?? '',
        c.issuer ?? '',
        c.issuedOn ?? '',
        c.expiresOn ?? '',
        c.recordedStatus ?? '',
      ];
      while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      return parts.map(escapeItem).join(':');
    })
    .join(';');
}

/** One CSV field, quoted when needed (RFC 4180). */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
