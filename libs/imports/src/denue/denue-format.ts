import { ImportFileError } from '../import-report';
import { checkEmail } from '@enlace/core';
import { checkCity, checkContactPhone, checkSupplierName, checkWebsite } from '@enlace/suppliers';
import {
  CellCheck,
  cleanText,
  inColumn,
  nullIfEmpty,
  parseLocation,
  RowOutcome,
  rowError,
  SupplierCandidate,
} from '../candidate';
import { ScianMap } from './scian-map';

/** The 42 columns of an INEGI DENUE bulk CSV, in order (names compared case-insensitively). */
export const DENUE_COLUMNS = [
  'id',
  'clee',
  'nom_estab',
  'raz_social',
  'codigo_act',
  'nombre_act',
  'per_ocu',
  'tipo_vial',
  'nom_vial',
  'tipo_v_e_1',
  'nom_v_e_1',
  'tipo_v_e_2',
  'nom_v_e_2',
  'tipo_v_e_3',
  'nom_v_e_3',
  'numero_ext',
  'letra_ext',
  'edificio',
  'edificio_e',
  'numero_int',
  'letra_int',
  'tipo_asent',
  'nomb_asent',
  'tipoCenCom',
  'nom_CenCom',
  'num_local',
  'cod_postal',
  'cve_ent',
  'entidad',
  'cve_mun',
  'municipio',
  'cve_loc',
  'localidad',
  'ageb',
  'manzana',
  'telefono',
  'correoelec',
  'www',
  'tipoUniEco',
  'latitud',
  'longitud',
  'fecha_alta',
] as const;

export const DENUE_SOURCE = 'denue';

const COL = Object.fromEntries(DENUE_COLUMNS.map((c, i) => [c, i])) as Record<(typeof DENUE_COLUMNS)[number], number>;

/** Throws ImportFileError unless `header` is the DENUE header (any letter case, surrounding spaces ignored). */
export function checkDenueHeader(header: string[]): void {
  const got = header.map((h) => h.trim().toLowerCase());
  if (got.length !== DENUE_COLUMNS.length) {
    throw new ImportFileError(
      `wrong header for format denue: expected the ${DENUE_COLUMNS.length} DENUE columns (id, clee, nom_estab, ...), got ${got.length} column(s) starting "${header.slice(0, 3).join(',')}"`,
    );
  }
  DENUE_COLUMNS.forEach((c, i) => {
    if (got[i] !== c.toLowerCase())
      throw new ImportFileError(`wrong header for format denue: column ${i + 1} should be "${c}", got "${header[i]}"`);
  });
}

export interface DenueContext {
  scian: ScianMap;
  /** INEGI 2-digit code -> ISO state code. */
  statesByInegi: Map<string, string>;
}

/**
 * A DENUE `www` value as a website: DENUE lists bare host names ("WWW.EMPRESA.COM.MX"), which
 * become http URLs; the website rule then decides.
 */
function denueWebsite(www: string): string {
  return www && !/^[a-z][a-z0-9+.-]*:\/\//i.test(www) ? `http://${www}` : www;
}

/**
 * Maps one DENUE data row to a candidate, a skip (outside the automotive scope) or an error. The
 * fields DENUE gives go through the API's rules (`@enlace/suppliers` rules, checkLocation and
 * checkEmail of `@enlace/core`); an error names the DENUE column.
 */
export function denueRow(line: number, f: string[], ctx: DenueContext): RowOutcome {
  const err = (field: string, message: string): RowOutcome => ({ kind: 'error', line, field, message });
  if (f.length !== DENUE_COLUMNS.length) return err('row', `expected ${DENUE_COLUMNS.length} columns, got ${f.length}`);
  const get = (c: (typeof DENUE_COLUMNS)[number]) => f[COL[c]] ?? '';

  const id = cleanText(get('id'));
  if (!id) return err('id', 'is required');
  if (!/^\d{1,20}$/.test(id)) return err('id', `"${id}" is not a DENUE id (digits)`);

  const act = cleanText(get('codigo_act'));
  if (!/^\d{6}$/.test(act)) return err('codigo_act', `"${act}" is not a 6-digit SCIAN code`);
  const processes = ctx.scian.processesFor(act);
  if (!processes) {
    const what = cleanText(get('nombre_act'));
    return {
      kind: 'skip',
      line,
      reason: `outside the automotive scope: codigo_act ${act}${what ? ` (${what})` : ''} is not one of the automotive SCIAN codes (${ctx.scian.scope()})`,
    };
  }

  const fields = denueFields(get);
  if (!fields.ok) return rowError(line, fields);
  const cve = cleanText(get('cve_ent'));
  const inegi = /^\d{1,2}$/.test(cve) ? cve.padStart(2, '0') : null;
  const stateCode = inegi ? ctx.statesByInegi.get(inegi) : undefined;
  if (!stateCode) return err('cve_ent', `"${cve}" is not an INEGI state code (01 to 32)`);

  return {
    kind: 'candidate',
    candidate: {
      line,
      mode: 'denue',
      id: null,
      source: DENUE_SOURCE,
      sourceId: id,
      rfc: null,
      tier: null,
      stateCode,
      ...fields.value,
      employees: nullIfEmpty(get('per_ocu')),
      profileConfirmedAt: null,
      capabilities: processes.map((p) => ({ process: p, materials: [], notes: null })),
      certifications: [],
    },
  };
}

type DenueFields = Pick<
  SupplierCandidate,
  'name' | 'city' | 'lat' | 'lng' | 'contactEmail' | 'contactPhone' | 'website'
>;

function valueOrNull<T>(check: { ok: true; value: T | null } | { ok: false }): T | null {
  return check.ok ? check.value : null;
}

/** Name, place and contact details of a DENUE row, checked by the supplier rules. */
function denueFields(get: (c: (typeof DENUE_COLUMNS)[number]) => string): CellCheck<DenueFields> {
  const name = inColumn(checkSupplierName(cleanText(get('nom_estab')) || cleanText(get('raz_social'))), 'nom_estab');
  if (!name.ok) return name;
  const location = parseLocation({ lat: get('latitud'), lng: get('longitud') }, { lat: 'latitud', lng: 'longitud' });
  if (!location.ok) return location;
  const city = inColumn(checkCity(cleanText(get('localidad')) || cleanText(get('municipio'))), 'municipio');
  if (!city.ok) return city;
  // DENUE's contact columns are free text typed by census takers: a malformed one is left out (the
  // API's rule decides what is malformed) rather than losing the establishment.
  const contactEmail = valueOrNull(checkEmail(cleanText(get('correoelec'))));
  const contactPhone = valueOrNull(checkContactPhone(cleanText(get('telefono'))));
  const website = valueOrNull(checkWebsite(denueWebsite(cleanText(get('www')))));
  return {
    ok: true,
    value: {
      name: name.value,
      city: city.value,
      ...location.value,
      contactEmail,
      contactPhone,
      website,
    },
  };
}
