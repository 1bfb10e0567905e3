import * as fs from 'fs';
import * as path from 'path';
import { cliWorkspace } from './support/cli';
import { denueRow, writeDenueFile, denueHeader, denueLine } from './support/denue';

jest.setTimeout(180_000);

describe('CLI import / export / generate', () => {
  const ws = cliWorkspace('enlace-cli-test-');
  const { cli, report } = ws;

  it('imports a latin-1 DENUE file with every kind of row, and a re-import changes nothing', async () => {
    const file = path.join(ws.dir, 'denue-latin1.csv');
    writeDenueFile(
      file,
      [
        denueRow(101, { nom_estab: 'FORJAS "EL ÁGUILA", S.A.', codigo_act: '332110' }), // line 2
        denueRow(102, { codigo_act: '461110', nombre_act: 'Comercio al por menor' }), // line 3: out of scope
        denueRow(101), // line 4: duplicate id
        denueRow(104, { latitud: 'abc' }), // line 5
        '105,too,few', // line 6
        denueRow(106, { cve_ent: '99' }), // line 7
        denueRow(107, { nom_estab: 'ARNESES\nDEL NORTE', codigo_act: '336320', latitud: '25.7', longitud: '-100.2' }), // lines 8-9
        denueRow(108, { nom_estab: '', raz_social: '' }), // line 10
        denueRow(109, { codigo_act: '3363' }), // line 11
        denueRow(110, { nom_estab: 'CROMADOS SALTILLO', codigo_act: '332810', latitud: '25.43', longitud: '-101.0' }), // line 12
      ],
      'latin1',
      true,
    );
    const rep = path.join(ws.dir, 'r1.json');
    const r = await cli('import', file, '--format', 'denue', '--report', rep);
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.code).toBe(0);
    const j = report(rep);
    expect(j.created).toBe(3);
    expect(j.skipped).toEqual([
      { line: 3, reason: expect.stringContaining('automotive scope') },
      { line: 4, reason: expect.stringContaining('duplicate') },
    ]);
    expect(j.errors.map((e: any) => [e.line, e.field])).toEqual([
      [5, 'latitud'],
      [6, 'row'],
      [7, 'cve_ent'],
      [10, 'nom_estab'],
      [11, 'codigo_act'],
    ]);
    expect(j.created + j.updated + j.unchanged + j.skipped.length + j.errors.length).toBe(10);
    const [forja] = await ws.db.query(
      `SELECT name, state_code, city, employees FROM suppliers WHERE source = 'denue' AND source_id = '101'`,
    );
    expect(forja).toEqual({
      name: 'FORJAS "EL ÁGUILA", S.A.',
      state_code: 'MX-COA',
      city: 'Ramos Arizpe',
      employees: '51 a 100 personas',
    });
    const caps = await ws.db.query(
      `SELECT process_code FROM supplier_capabilities c JOIN suppliers s ON s.id = c.supplier_id WHERE s.source_id = '101' ORDER BY 1`,
    );
    expect(caps.map((c) => c.process_code)).toEqual(['forging', 'stamping']);

    const rep2 = path.join(ws.dir, 'r2.json');
    expect((await cli('import', file, '--format', 'denue', '--report', rep2)).code).toBe(0);
    const j2 = report(rep2);
    expect([j2.created, j2.updated, j2.unchanged]).toEqual([0, 0, 3]);
  });

  it('reads UTF-8 and updates a changed row; a dry run writes nothing', async () => {
    const file = path.join(ws.dir, 'denue-utf8.csv');
    writeDenueFile(
      file,
      [
        denueRow(101, { nom_estab: 'FORJAS "EL ÁGUILA", S.A.', codigo_act: '332110', per_ocu: '101 a 250 personas' }),
        denueRow(201),
      ],
      'utf-8',
    );
    const before = await ws.db.query(`SELECT count(*)::int AS n, max(version) AS v FROM suppliers`);
    const dry = path.join(ws.dir, 'dry.json');
    expect((await cli('import', file, '--format', 'denue', '--dry-run', '--report', dry)).code).toBe(0);
    expect([report(dry).created, report(dry).updated]).toEqual([1, 1]);
    expect(await ws.db.query(`SELECT count(*)::int AS n, max(version) AS v FROM suppliers`)).toEqual(before);
    const rep = path.join(ws.dir, 'r3.json');
    await cli('import', file, '--format', 'denue', '--report', rep);
    expect([report(rep).created, report(rep).updated, report(rep).unchanged]).toEqual([1, 1, 0]);
    const [row] = await ws.db.query(`SELECT employees, version FROM suppliers WHERE source_id = '101'`);
    expect(row).toEqual({ employees: '101 a 250 personas', version: 2 });
  });

  it('generates deterministically, idempotently per seed, and round-trips through the template', async () => {
    expect((await cli('generate', '--suppliers', '300', '--seed', 'alpha')).code).toBe(0);
    const a = await ws.db.query(
      `SELECT source_id, name, lat, lng FROM suppliers WHERE source = 'synthetic' ORDER BY source_id`,
    );
    expect(a).toHaveLength(300);
    expect((await cli('generate', '--suppliers', '300', '--seed', 'alpha')).code).toBe(0);
    expect(
      await ws.db.query(
        `SELECT source_id, name, lat, lng FROM suppliers WHERE source = 'synthetic' ORDER BY source_id`,
      ),
    ).toEqual(a);
    await cli('generate', '--suppliers', '50', '--seed', 'beta');
    expect((await ws.db.query(`SELECT count(*)::int AS n FROM suppliers WHERE source = 'synthetic'`))[0].n).toBe(350);
    const certs = await ws.db.query(`SELECT count(*)::int AS n FROM certifications`);
    expect(certs[0].n).toBeGreaterThan(50);

    const out = path.join(ws.dir, 'export.csv');
    expect((await cli('export', '--format', 'csv', '--out', out)).code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBe(1 + (await ws.db.query(`SELECT count(*)::int AS n FROM suppliers`))[0].n);
    const rep = path.join(ws.dir, 'rt.json');
    expect((await cli('import', out, '--format', 'enlace', '--report', rep)).code).toBe(0);
    const j = report(rep);
    expect([j.created, j.updated, j.errors.length, j.skipped.length]).toEqual([0, 0, 0, 0]);
    expect(j.unchanged).toBe(lines.length - 1);

    const north = path.join(ws.dir, 'north.csv');
    await cli('export', '--format', 'csv', '--out', north, '--region', 'NORTH', '--process', 'machining');
    expect(fs.readFileSync(north, 'utf8').split('\n')[0]).toMatch(/^id,source,source_id,name,/);
  });

  it('fails with a one-line reason for a missing file, unknown format and wrong header', async () => {
    const missing = await cli('import', path.join(ws.dir, 'nope.csv'), '--format', 'denue');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = path.join(ws.dir, 'bad.csv');
    fs.writeFileSync(bad, 'a,b,c\n1,2,3\n');
    expect((await cli('import', bad, '--format', 'xml')).code).not.toBe(0);
    const wrong = await cli('import', bad, '--format', 'denue');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/wrong header/);
    fs.writeFileSync(bad, `${denueHeader()}\n${denueLine(denueRow(900))}\n`);
    expect((await cli('import', bad, '--format', 'enlace')).stderr).toMatch(/wrong header/);
  });
});
