import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { cliWorkspace } from './support/cli';
import { denueHeader, denueLine, denueRow } from './support/denue';

jest.setTimeout(180_000);

/** CSV files as Excel on Windows (es-MX) writes and reads them. */
describe('CSV for Excel: windows-1252 imports, export --bom', () => {
  const ws = cliWorkspace('enlace-excel-test-');
  const { cli, report } = ws;
  const NAME = 'TALLER “LA ESPAÑOLA” — PRECISIÓN €';

  it('imports a windows-1252 file: curly quotes, dash, euro sign and accents come out right', async () => {
    const file = path.join(ws.dir, 'denue-ansi.csv');
    const text = [
      denueHeader(),
      denueLine(denueRow(301, { nom_estab: NAME, municipio: 'León', localidad: 'León' })),
      denueLine(denueRow(302, { nom_estab: 'FORJAS DEL BAJÍO ‘ÁGUILA’', codigo_act: '332110' })),
    ].join('\r\n');
    const bytes = iconv.encode(text + '\r\n', 'windows-1252');
    expect(bytes.includes(Buffer.from([0x93]))).toBe(true); // “ is 0x93 there, a control code in ISO-8859-1
    fs.writeFileSync(file, bytes);

    const r = await cli('import', file, '--format', 'denue', '--report', path.join(ws.dir, 'ansi.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(denue, windows-1252)');
    expect(report(path.join(ws.dir, 'ansi.json')).created).toBe(2);
    expect(
      (await ws.db.query(`SELECT name, city FROM suppliers WHERE source = 'denue' ORDER BY source_id`)).map(
        (s: { name: string; city: string }) => [s.name, s.city],
      ),
    ).toEqual([
      [NAME, 'León'],
      ['FORJAS DEL BAJÍO ‘ÁGUILA’', 'Ramos Arizpe'],
    ]);
  });

  it('export --bom starts the file with a UTF-8 byte-order mark, and the file imports back unchanged', async () => {
    await cli('generate', '--suppliers', '30', '--seed', 'excel');
    const plain = path.join(ws.dir, 'plain.csv');
    const withBom = path.join(ws.dir, 'excel.csv');
    expect((await cli('export', '--format', 'csv', '--out', plain)).code).toBe(0);
    expect((await cli('export', '--format', 'csv', '--out', withBom, '--bom')).code).toBe(0);

    const bytes = fs.readFileSync(withBom);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).equals(fs.readFileSync(plain))).toBe(true);
    expect(bytes.subarray(3, 6).toString()).toBe('id,');
    expect(bytes.toString('utf8')).toContain(NAME);

    const rep = path.join(ws.dir, 'bom.json');
    const back = await cli('import', withBom, '--format', 'enlace', '--report', rep);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('(enlace, utf-8)');
    const j = report(rep);
    expect([j.created, j.updated, j.errors, j.skipped]).toEqual([0, 0, [], []]);
    expect(j.unchanged).toBe(32);
  });

  it('export --bom to standard output; --bom takes no value', async () => {
    const r = await cli('export', '--format', 'csv', '--bom', '--region', 'BAJIO');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFid,source,source_id,name,')).toBe(true);
    const bad = await cli('export', '--format', 'csv', '--bom=yes');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--bom takes no value/);
  });
});
