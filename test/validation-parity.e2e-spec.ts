import { startTestApp, TestApp } from './support/test-app';
import { adminToken } from './support/accounts';
import { denueHeader, denueLine, denueRow } from './support/denue';

/**
 * The API and the import apply the same supplier rules: a value createSupplier refuses is a row
 * error of the import naming the column, with the same message; a value it accepts imports.
 */
const CREATE = `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`;
const IMPORT = `mutation($csv: String!, $format: ImportFormat!) {
  importSuppliers(csv: $csv, format: $format, dryRun: true) { created errors { line field message } } }`;

const VALID = {
  name: 'Troqueles de Paridad',
  stateCode: 'MX-NLE',
  city: 'Monterrey',
  location: { lat: 25.67, lng: -100.31 },
};

/** One enlace template row with the same values as a createSupplier input. */
function templateCsv(input: typeof VALID & Record<string, unknown>): string {
  const cells: Record<string, unknown> = {
    source: 'parity',
    source_id: '1',
    name: input.name,
    rfc: input.rfc ?? '',
    state_code: input.stateCode,
    city: input.city,
    lat: input.location.lat,
    lng: input.location.lng,
    contact_email: input.contactEmail ?? '',
    contact_phone: input.contactPhone ?? '',
    website: input.website ?? '',
  };
  const columns = Object.keys(cells);
  return `${columns.join(',')}\n${columns.map((c) => String(cells[c])).join(',')}\n`;
}

describe('one set of supplier rules for the API and the import', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  // [what, the input's change, the API's field, the template column]
  const refused: Array<[string, Record<string, unknown>, string, string]> = [
    ['an RFC with month 19', { rfc: 'ABC019901XY9' }, 'input.rfc', 'rfc'],
    ['a longitude just east of the box', { location: { lat: 20.5, lng: -86.55 } }, 'input.location', 'lng'],
    ['a latitude just south of the box', { location: { lat: 14.25, lng: -92.1 } }, 'input.location', 'lat'],
    ['an impossible latitude', { location: { lat: 95, lng: -100 } }, 'input.location.lat', 'lat'],
    ['a name of 301 characters', { name: 'x'.repeat(301) }, 'input.name', 'name'],
    ['a city of 201 characters', { city: 'y'.repeat(201) }, 'input.city', 'city'],
    ['a malformed e-mail', { contactEmail: 'ventas-at-alfa.example' }, 'input.contactEmail', 'contact_email'],
    ['a malformed phone', { contactPhone: 'call us' }, 'input.contactPhone', 'contact_phone'],
    ['a website that is not http(s)', { website: 'ftp://alfa.example' }, 'input.website', 'website'],
  ];

  it.each(refused)('refuses %s in both, with the same message', async (_what, change, apiField, column) => {
    const input = { ...VALID, ...change };
    const api = await t.gql(CREATE, { input }, admin);
    expect(api.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: apiField });
    const imported = await t.gql(IMPORT, { csv: templateCsv(input), format: 'ENLACE' }, admin);
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importSuppliers.errors).toEqual([
      { line: 2, field: column, message: api.errors![0].message.slice(`${apiField}: `.length) },
    ]);
  });

  it('accepts in both what the API accepts, e.g. a point the old import box refused', async () => {
    const input = { ...VALID, name: 'Maquinados Tijuana Oeste', location: { lat: 32.5, lng: -118.55 } };
    const imported = await t.gql(IMPORT, { csv: templateCsv(input), format: 'ENLACE' }, admin);
    expect(imported.data.importSuppliers).toEqual({ created: 1, errors: [] });
    const api = await t.gql(CREATE, { input }, admin);
    expect(api.errors).toBeUndefined();
  });

  it('applies the same rules to DENUE rows, naming the DENUE column; a malformed contact detail is left out', async () => {
    const api = await t.gql(CREATE, { input: { ...VALID, location: { lat: 20.5, lng: -86.55 } } }, admin);
    const csv = [
      denueHeader(),
      denueLine(denueRow(701, { latitud: '20.5', longitud: '-86.55' })),
      denueLine(denueRow(702, { correoelec: 'sin correo' })),
      denueLine(denueRow(703, { www: 'WWW.ESTAMPADOS-NORTE.COM.MX' })),
    ].join('\n');
    const r = await t.gql(IMPORT, { csv, format: 'DENUE' }, admin);
    expect(r.data.importSuppliers).toEqual({
      created: 2,
      errors: [{ line: 2, field: 'longitud', message: api.errors![0].message.slice('input.location: '.length) }],
    });
  });
});
