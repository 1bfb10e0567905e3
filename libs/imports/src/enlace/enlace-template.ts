import { ImportFileError } from '../import-report';
import {
  CandidateCapability,
  CandidateCertification,
  canonicalTimestamp,
  cleanText,
  nullIfEmpty,
  parseCoordinate,
  RowOutcome,
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC = /^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function enlaceRow(line: number, f: string[], header: EnlaceHeader, ctx: EnlaceContext): RowOutcome {
  const err = (field: string, message: string): RowOutcome => ({ kind: 'error', line, field, message });
  if (f.length !== header.size) return err('row', `expected ${header.size} columns, got ${f.length}`);
  const raw = (c: EnlaceColumn) => {
    const i = header.get(c);
    return i === undefined ? '' : (f[i] ?? '');
  };
  const get = (c: EnlaceColumn) => cleanText(raw(c));

  const id = get('id') || null;
  if (id && !UUID.test(id)) return err('id', `"${id}" is not a UUID`);
  const source = get('source') || null;
  const sourceId = get('source_id') || null;
  if ((source === null) !== (sourceId === null))
    return err(source ? 'source_id' : 'source', 'source and source_id go together: give both or neither');
  if (source && !/^[a-z0-9_.-]{1,40}$/.test(source))
    return err('source', `"${source}" must be lower-case letters, digits, _ . or -`);

  const name = get('name');
  if (!name) return err('name', 'is required');
  if (name.length > 300) return err('name', 'is longer than 300 characters');
  const rfc = get('rfc').toUpperCase() || null;
  if (rfc && !RFC.test(rfc)) return err('rfc', `"${rfc}" is not a valid RFC`);
  if (!source && !id && !rfc)
    return err(
      'source_id',
      'the row needs source and source_id, id or rfc, so that importing it again does not duplicate it',
    );

  let tier: string | null = get('tier').toUpperCase() || null;
  if (tier && /^[123]$/.test(tier)) tier = `TIER_${tier}`;
  if (tier && !['TIER_1', 'TIER_2', 'TIER_3'].includes(tier))
    return err('tier', `"${get('tier')}" is not TIER_1, TIER_2 or TIER_3`);

  const st = get('state_code').toUpperCase();
  const stateCode = /^\d{1,2}$/.test(st)
    ? ctx.statesByInegi.get(st.padStart(2, '0'))
    : ctx.states.has(st)
      ? st
      : undefined;
  if (!stateCode)
    return err('state_code', `unknown state "${get('state_code')}" (expected an ISO 3166-2 code such as MX-GUA)`);
  const city = get('city');
  if (!city) return err('city', 'is required');
  const lat = parseCoordinate(raw('lat'), 'lat');
  if (typeof lat === 'string') return err('lat', lat);
  const lng = parseCoordinate(raw('lng'), 'lng');
  if (typeof lng === 'string') return err('lng', lng);

  let profileConfirmedAt: string | null = null;
  if (get('profile_confirmed_at')) {
    profileConfirmedAt = canonicalTimestamp(get('profile_confirmed_at'));
    if (!profileConfirmedAt)
      return err('profile_confirmed_at', `"${get('profile_confirmed_at')}" is not an ISO 8601 date or timestamp`);
  }

  const capabilities: CandidateCapability[] = [];
  const capsRaw = raw('capabilities').trim();
  if (capsRaw) {
    for (const entry of splitEscaped(capsRaw, ';')) {
      if (!entry.trim()) continue;
      const parts = splitEscaped(entry, ':');
      if (parts.length > 3) return err('capabilities', `"${entry}" has more than process:materials:notes`);
      const process = unescapeItem(parts[0]).trim();
      if (!ctx.processes.has(process)) return err('capabilities', `unknown process "${process}"`);
      if (capabilities.some((c) => c.process === process))
        return err('capabilities', `process "${process}" is listed twice`);
      const materials = parts[1]
        ? splitEscaped(parts[1], '|')
            .map((m) => unescapeItem(m).trim())
            .filter(Boolean)
        : [];
      const notes = parts[2] !== undefined ? unescapeItem(parts[2]).trim() || null : null;
      if (notes && notes.length > 2000)
        return err('capabilities', `notes for "${process}" are longer than 2000 characters`);
      capabilities.push({ process, materials, notes });
    }
  }

  const certifications: CandidateCertification[] = [];
  const certsRaw = raw('certifications').trim();
  if (certsRaw) {
    for (const entry of splitEscaped(certsRaw, ';')) {
      if (!entry.trim()) continue;
      const parts = splitEscaped(entry, ':').map((p) => unescapeItem(p).trim());
      if (parts.length > 6)
        return err('certifications', `"${entry}" has more than SCHEME:number:issuer:issued_on:expires_on:status`);
      const [scheme, number = '', issuer = '', issuedOn = '', expiresOn = '', status = ''] = parts;
      const schemeCode = scheme.toUpperCase();
      if (!ctx.schemes.has(schemeCode)) return err('certifications', `unknown certification scheme "${scheme}"`);
      if (issuedOn && !isDate(issuedOn))
        return err('certifications', `issued_on "${issuedOn}" of ${schemeCode} is not a YYYY-MM-DD date`);
      if (expiresOn && !isDate(expiresOn))
        return err('certifications', `expires_on "${expiresOn}" of ${schemeCode} is not a YYYY-MM-DD date`);
      if (issuedOn && expiresOn && expiresOn < issuedOn)
        return err('certifications', `${schemeCode} expires (${expiresOn}) before it was issued (${issuedOn})`);
      const st = status.toUpperCase();
      if (st && st !== 'SUSPENDED' && st !== 'WITHDRAWN')
        return err('certifications', `status "${status}" of ${schemeCode} must be SUSPENDED, WITHDRAWN or empty`);
      if (number.length > 100)
        return err('certifications', `certificate number of ${schemeCode} is longer than 100 characters`);
      if (issuer.length > 200) return err('certifications', `issuer of ${schemeCode} is longer than 200 characters`);
      certifications.push({
        scheme: schemeCode,
        certificateNumber: number || null,
        issuer: issuer || null,
        issuedOn: issuedOn || null,
        expiresOn: expiresOn || null,
        recordedStatus: (st || null) as CandidateCertification['recordedStatus'],
      });
    }
  }

  return {
    kind: 'candidate',
    candidate: {
      line,
      mode: 'enlace',
      id: id ? id.toLowerCase() : null,
      source,
      sourceId,
      name,
      rfc,
      tier,
      stateCode,
      city,
      lat,
      lng,
      employees: nullIfEmpty(raw('employees')),
      contactEmail: nullIfEmpty(raw('contact_email')),
      contactPhone: nullIfEmpty(raw('contact_phone')),
      website: nullIfEmpty(raw('website')),
      profileConfirmedAt,
      capabilities,
      certifications,
    },
  };
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
