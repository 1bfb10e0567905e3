import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import { DENUE_COLUMNS } from '../../libs/imports/src/denue/denue-format';

export type DenueRow = Partial<Record<(typeof DENUE_COLUMNS)[number], string>>;

/** A plausible automotive DENUE row; override any column. */
export function denueRow(id: number | string, over: DenueRow = {}): DenueRow {
  return {
    id: String(id),
    clee: `05035336370${String(id).padStart(6, '0')}0000000000`.slice(0, 24),
    nom_estab: `ESTAMPADOS DEL NORTE ${id}`,
    raz_social: `ESTAMPADOS DEL NORTE ${id} SA DE CV`,
    codigo_act: '336370',
    nombre_act: 'Fabricación de piezas metálicas troqueladas para vehículos automotrices',
    per_ocu: '51 a 100 personas',
    tipo_vial: 'CALLE',
    nom_vial: 'INDUSTRIAL',
    cod_postal: '25900',
    cve_ent: '05',
    entidad: 'Coahuila de Zaragoza',
    cve_mun: '027',
    municipio: 'Ramos Arizpe',
    cve_loc: '0001',
    localidad: 'Ramos Arizpe',
    telefono: '8444000000',
    correoelec: '',
    www: '',
    tipoUniEco: 'Fijo',
    latitud: '25.5399',
    longitud: '-100.9472',
    fecha_alta: '2010-07',
    ...over,
  };
}

export function csvCell(v: string | undefined): string {
  const s = v ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function denueLine(row: DenueRow): string {
  return DENUE_COLUMNS.map((c) => csvCell(row[c])).join(',');
}

export function denueHeader(upper = false): string {
  return DENUE_COLUMNS.map((c) => (upper ? c.toUpperCase() : c)).join(',');
}

/** Writes a DENUE CSV (header + rows; a string row is written as-is) in UTF-8 or latin-1. */
export function writeDenueFile(
  file: string,
  rows: Array<DenueRow | string>,
  encoding: 'utf-8' | 'latin1' = 'utf-8',
  upperHeader = false,
): void {
  const text =
    [denueHeader(upperHeader), ...rows.map((r) => (typeof r === 'string' ? r : denueLine(r)))].join('\r\n') + '\r\n';
  fs.writeFileSync(file, encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'latin1'));
}

const CITIES = [
  { cve: '19', mun: 'Monterrey', lat: 25.6866, lng: -100.3161 },
  { cve: '05', mun: 'Saltillo', lat: 25.4232, lng: -100.9924 },
  { cve: '22', mun: 'Querétaro', lat: 20.5888, lng: -100.3899 },
  { cve: '11', mun: 'Celaya', lat: 20.5235, lng: -100.8157 },
  { cve: '01', mun: 'Aguascalientes', lat: 21.8853, lng: -102.2916 },
  { cve: '08', mun: 'Juárez', lat: 31.6904, lng: -106.4245 },
];
const CODES = ['336370', '336390', '336320', '326199', '332710', '331520', '336360', '335920', '461110'];

/**
 * Streams a large synthetic DENUE file (for the benchmark) without holding it in memory: about
 * 1 in 9 rows is outside the automotive scope.
 */
export async function writeLargeDenueFile(
  file: string,
  rows: number,
  encoding: 'utf-8' | 'latin1' = 'utf-8',
): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (s: string) =>
    new Promise<void>((resolve) =>
      out.write(encoding === 'utf-8' ? s : iconv.encode(s, 'latin1')) ? resolve() : out.once('drain', () => resolve()),
    );
  await write(denueHeader() + '\n');
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    const c = CITIES[i % CITIES.length];
    const a = (i * 2654435761) % 1000;
    const b = (i * 40503) % 1000;
    chunk +=
      denueLine(
        denueRow(1_000_000 + i, {
          nom_estab: `MAQUINADOS Y ESTAMPADOS ${['GARZA', 'TREVIÑO', 'LÓPEZ', 'HERNÁNDEZ'][i % 4]} PLANTA ${i}`,
          raz_social: `INDUSTRIAS ${i} SA DE CV`,
          codigo_act: CODES[i % CODES.length],
          cve_ent: c.cve,
          municipio: c.mun,
          localidad: c.mun,
          latitud: (c.lat + (a - 500) / 5000).toFixed(6),
          longitud: (c.lng + (b - 500) / 5000).toFixed(6),
        }),
      ) + '\n';
    if (i % 2000 === 0) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk) await write(chunk);
  out.end();
  await new Promise<void>((r) => out.on('finish', () => r()));
}
