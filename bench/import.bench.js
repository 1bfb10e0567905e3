'use strict';
// Benchmark of the DENUE import (issue 6: at least 5,000 rows/s and under 300 MB RSS for a
// 100,000-row file; 1,000,000 rows with the same peak memory). Used by `npm run bench`; also
// runnable alone:
//   node bench/import.bench.js [rows] [DATABASE_URL]
// It writes a synthetic DENUE extract to a temporary file, runs the built CLI
// (`npm run cli -- import <file> --format denue --report <json>`) in a child process and reads the
// CLI's own figures: import time (excluding process and database start-up) and peak RSS.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
/** The DENUE header, as the importer itself defines it (from the built CLI, built here when stale). */
function denueColumns() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-if-stale.js'), 'cli'], { stdio: 'inherit' });
  return require(path.join(ROOT, 'dist/apps/cli/libs/imports/src/denue/denue-format.js')).DENUE_COLUMNS;
}
const CITIES = [
  ['19', 'Nuevo León', 'Monterrey', 25.6866, -100.3161],
  ['05', 'Coahuila de Zaragoza', 'Saltillo', 25.4232, -100.9924],
  ['22', 'Querétaro', 'Querétaro', 20.5888, -100.3899],
  ['11', 'Guanajuato', 'Celaya', 20.5235, -100.8157],
  ['01', 'Aguascalientes', 'Aguascalientes', 21.8853, -102.2916],
  ['08', 'Chihuahua', 'Juárez', 31.6904, -106.4245],
  ['24', 'San Luis Potosí', 'San Luis Potosí', 22.1565, -100.9855],
  ['21', 'Puebla', 'Puebla', 19.0414, -98.2063],
];
const CODES = [
  ['336370', 'Fabricación de piezas metálicas troqueladas'],
  ['336390', 'Fabricación de otras partes para vehículos'],
  ['336320', 'Fabricación de equipo eléctrico y electrónico'],
  ['326199', 'Fabricación de otros productos de plástico'],
  ['332710', 'Maquinado de piezas para maquinaria y equipo'],
  ['331520', 'Moldeo por fundición de piezas no ferrosas'],
  ['336360', 'Fabricación de asientos y accesorios interiores'],
  ['335920', 'Fabricación de cables de conducción eléctrica'],
  ['461110', 'Comercio al por menor en tiendas de abarrotes'],
];
const SURNAMES = ['GARZA', 'TREVIÑO', 'LÓPEZ', 'HERNÁNDEZ', 'VILLARREAL', 'SÁNCHEZ', 'CANTÚ', 'ELIZONDO'];
const WORDS = [
  'MAQUINADOS',
  'TROQUELES',
  'FUNDICIONES',
  'PLÁSTICOS',
  'ARNESES',
  'FORJAS',
  'HULES',
  'ESTAMPADOS',
  'MOLDES',
  'AUTOPARTES',
  'NORTE',
  'BAJÍO',
  'AZTECA',
  'REGIO',
  'PRECISIÓN',
  'GLOBAL',
  'TÉCNICOS',
  'INTEGRALES',
  'AVANZADOS',
  'MEXICANOS',
  'UNIDOS',
  'OCCIDENTE',
];
/** A varied establishment name (real DENUE names rarely look alike). */
function nameFor(i) {
  let h = (i * 2654435761) >>> 0;
  const parts = [];
  for (let k = 0; k < 3; k++) {
    parts.push(WORDS[h % WORDS.length]);
    h = Math.floor(h / WORDS.length) ^ (i * 97 + k);
  }
  return `${parts.join(' ')} ${SURNAMES[i % 8]} ${i.toString(36).toUpperCase()}`;
}

const cell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes a `rows`-row DENUE extract (1 row in 9 outside the automotive scope), streamed. */
async function writeDenueFile(file, rows, idBase) {
  const out = fs.createWriteStream(file);
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  const COLUMNS = denueColumns();
  await write(COLUMNS.join(',') + '\n');
  let chunk = '';
  for (let i = 1; i <= rows; i++) {
    const [cve, entidad, mun, lat, lng] = CITIES[i % CITIES.length];
    const [code, act] = CODES[i % CODES.length];
    const dLat = (((i * 2654435761) % 10007) / 10007 - 0.5) * 0.15;
    const dLng = (((i * 40503) % 10009) / 10009 - 0.5) * 0.15;
    const r = {
      id: String(idBase + i),
      clee: String(10000000000 + i),
      nom_estab: nameFor(i),
      raz_social: `INDUSTRIAS ${SURNAMES[i % 8]}, S.A. DE C.V.`,
      codigo_act: code,
      nombre_act: act,
      per_ocu: '51 a 100 personas',
      tipo_vial: 'CALLE',
      nom_vial: 'INDUSTRIAL',
      cod_postal: '25900',
      cve_ent: cve,
      entidad,
      cve_mun: '001',
      municipio: mun,
      cve_loc: '0001',
      localidad: mun,
      telefono: '8180000000',
      tipoUniEco: 'Fijo',
      latitud: (lat + dLat).toFixed(6),
      longitud: (lng + dLng).toFixed(6),
      fecha_alta: '2019-11',
    };
    chunk += COLUMNS.map((c) => cell(r[c] || '')).join(',') + '\n';
    if (i % 2000 === 0) {
      await write(chunk);
      chunk = '';
    }
  }
  if (chunk) await write(chunk);
  out.end();
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
}

function runCli(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run-cli.js'), ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Imports a generated `rows`-row DENUE file with the CLI and reports its throughput and peak RSS.
 * @param {{ rows?: number, databaseUrl?: string, dataDir?: string, keepFile?: boolean }} opts
 *   databaseUrl: the database to import into (default: DATABASE_URL, else a throwaway embedded
 *   PostgreSQL in a temporary folder). New DENUE ids are used on every run, so rows are created.
 * @returns {Promise<{ name: string, rows: number, seconds: number, rowsPerSec: number, peakRssMb: number, created: number, skipped: number, errors: number }>}
 */
async function benchImport(opts = {}) {
  const rows = opts.rows ?? 100_000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-import-bench-'));
  fs.chmodSync(tmp, 0o755); // the embedded server may run as another user
  const file = path.join(tmp, 'denue.csv');
  const reportFile = path.join(tmp, 'report.json');
  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' };
  const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = opts.dataDir ?? path.join(tmp, 'data');
    env.EMBEDDED_PG_PORT = String(opts.embeddedPgPort ?? 56000 + Math.floor(Math.random() * 2000));
  }
  try {
    await writeDenueFile(file, rows, 7_000_000_000 + (Date.now() % 1_000_000_000) * 10);
    const r = await runCli(['import', file, '--format', 'denue', '--report', reportFile], env);
    if (r.code !== 0)
      throw new Error(`import failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
    const m = /in ([\d.]+) s \((\d+) rows\/s, peak RSS (\d+) MB\)/.exec(r.stdout);
    if (!m)
      throw new Error(`unexpected CLI output: ${r.stdout.trim()} ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    const seconds = Number(m[1]);
    return {
      name: `DENUE import (${rows.toLocaleString('en-US')} rows)`,
      rows,
      seconds,
      rowsPerSec: Math.round(rows / Math.max(seconds, 0.001)),
      peakRssMb: Number(m[3]),
      created: report.created,
      skipped: report.skipped.length,
      errors: report.errors.length,
    };
  } finally {
    if (!opts.keepFile) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { benchImport, writeDenueFile };

if (require.main === module) {
  const rows = Number(process.argv[2] || 100_000);
  benchImport({ rows, databaseUrl: process.argv[3] })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
