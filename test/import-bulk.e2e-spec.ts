import * as fs from 'fs';
import * as path from 'path';
import { spawn } from 'child_process';
import { cliWorkspace } from './support/cli';
import { denueRow, writeDenueFile } from './support/denue';

jest.setTimeout(180_000);

/** Capability rows whose copied facts differ from what the per-row trigger computes from the supplier. */
const STALE_FACTS = `
  SELECT count(*)::int AS n
    FROM supplier_capabilities sc
    JOIN suppliers s ON s.id = sc.supplier_id
    LEFT JOIN public.enlace_cert_summary(ARRAY(SELECT id FROM suppliers)) x ON x.supplier_id = s.id
   WHERE sc.geo IS DISTINCT FROM s.geo OR sc.confirmed_at IS DISTINCT FROM s.profile_confirmed_at
      OR sc.cert_schemes IS DISTINCT FROM COALESCE(x.schemes, '{}') OR sc.cert_expires IS DISTINCT FROM COALESCE(x.expires, '{}')`;

describe('bulk import path (several batches)', () => {
  const ws = cliWorkspace('enlace-bulk-test-');
  const { cli, report } = ws;

  it('imports many batches with plain progress lines, time-ordered ids, cross-batch possible duplicates, and a re-import unchanged', async () => {
    const rows = [];
    for (let i = 1; i <= 1200; i++) {
      // Spread over ~10 km so that most rows have no similar neighbour; rows 1001-1010 repeat the
      // names of rows 1-10 a few metres away (a later batch): possible duplicates, never merged.
      const k = i > 1000 && i <= 1010 ? i - 1000 : i;
      rows.push(
        denueRow(5000 + i, {
          nom_estab: i > 1000 && i <= 1010 ? `TALLER UNICO ${k} SA` : `TALLER UNICO ${k}`,
          latitud: (25.5 + (k % 40) * 0.002 + (i > 1000 && i <= 1010 ? 0.00002 : 0)).toFixed(6),
          longitud: (-100.9 - Math.floor(k / 40) * 0.002).toFixed(6),
        }),
      );
    }
    const file = path.join(ws.dir, 'many.csv');
    writeDenueFile(file, rows, 'utf-8');
    const rep = path.join(ws.dir, 'many.json');
    const r = await cli('import', file, '--format', 'denue', '--batch-size', '100', '--report', rep);
    expect(r.code).toBe(0);
    const j = report(rep);
    expect([j.created, j.updated, j.unchanged, j.skipped.length, j.errors.length]).toEqual([1200, 0, 0, 0, 0]);
    const dupLines = j.possibleDuplicates.map((d: any) => d.line);
    for (let i = 1001; i <= 1010; i++) expect(dupLines).toContain(i + 1);
    const d = j.possibleDuplicates.find((x: any) => x.line === 1002);
    expect(d).toMatchObject({ name: 'TALLER UNICO 1 SA', existingName: 'TALLER UNICO 1' });
    expect(
      (
        await ws.db.query(
          `SELECT count(*)::int AS n FROM suppliers WHERE source = 'denue' AND source_id::bigint BETWEEN 5001 AND 6200`,
        )
      )[0].n,
    ).toBe(1200);

    // Not a terminal: plain lines with the estimated total, rows/s and ETA; no bar, no carriage returns.
    // eslint-disable-next-line no-control-regex -- the escape character is what must not be printed
    expect(r.stderr).not.toMatch(/[\r\x1b]/);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('import: '));
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress[progress.length - 1]).toMatch(/^import: 1,200\/1,200 rows \(100%\), [\d,]+ rows\/s$/);
    for (const l of progress.slice(0, -1))
      expect(l).toMatch(/^import: [\d,]+\/1,200 rows \(\d+%\), [\d,]+ rows\/s(, ETA \d+ s)?$/);

    // New suppliers get version 7 (time-ordered) ids, increasing along the file.
    const ids = await ws.db.query(
      `SELECT id::text FROM suppliers WHERE source = 'denue' AND source_id::bigint BETWEEN 5001 AND 6200 ORDER BY source_id::bigint`,
    );
    expect(ids.every((x: any) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/.test(x.id))).toBe(true);
    expect(ids.map((x: any) => x.id)).toEqual([...ids.map((x: any) => x.id)].sort());

    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);
    const rep2 = path.join(ws.dir, 'many2.json');
    expect((await cli('import', file, '--format', 'denue', '--batch-size', '100', '--report', rep2)).code).toBe(0);
    expect([
      report(rep2).created,
      report(rep2).updated,
      report(rep2).unchanged,
      report(rep2).possibleDuplicates.length,
    ]).toEqual([0, 0, 1200, 0]);
  });

  /**
   * 500 rows in batches of 50. Row 51 opens batch 2 and repeats the name of row 50 (the last of
   * batch 1, written alongside it); rows 151-155 repeat rows 101-105 (two batches back); rows 206
   * and 207 repeat rows 201 and 202 of their own batch (not compared, as before); row 260 is repeated
   * by row 310, later in the file (reported on 310). `at` moves the whole file (one area per run).
   */
  async function importTwins(run: (...argv: string[]) => Promise<{ code: number }>, idBase: number, lat0: number) {
    const twin: Record<number, number> = {
      51: 50,
      151: 101,
      152: 102,
      153: 103,
      154: 104,
      155: 105,
      206: 201,
      207: 202,
      310: 260,
    };
    const rows = [];
    for (let i = 1; i <= 500; i++) {
      const k = twin[i] ?? i;
      rows.push(
        denueRow(idBase + i, {
          nom_estab: twin[i] ? `FORJAS LADO A LADO ${k} SA` : `FORJAS LADO A LADO ${k}`,
          latitud: (lat0 + (k % 25) * 0.02 + (twin[i] ? 0.00002 : 0)).toFixed(6),
          longitud: (-104.0 - Math.floor(k / 25) * 0.02).toFixed(6),
        }),
      );
    }
    const file = path.join(ws.dir, `twins-${idBase}.csv`);
    writeDenueFile(file, rows, 'utf-8');
    const rep = path.join(ws.dir, `twins-${idBase}.json`);
    expect((await run('import', file, '--format', 'denue', '--batch-size', '50', '--report', rep)).code).toBe(0);
    const j = report(rep);
    expect([j.created, j.updated, j.unchanged, j.skipped.length, j.errors.length]).toEqual([500, 0, 0, 0, 0]);
    expect(j.possibleDuplicates.map((d: any) => [d.line - 1, d.existingName])).toEqual([
      [51, 'FORJAS LADO A LADO 50'],
      [151, 'FORJAS LADO A LADO 101'],
      [152, 'FORJAS LADO A LADO 102'],
      [153, 'FORJAS LADO A LADO 103'],
      [154, 'FORJAS LADO A LADO 104'],
      [155, 'FORJAS LADO A LADO 105'],
      [310, 'FORJAS LADO A LADO 260'],
    ]);
    // committed in file order: ids (time-ordered, assigned in file order) follow the DENUE ids
    const ids = await ws.db.query(
      `SELECT id::text FROM suppliers WHERE source = 'denue' AND source_id::bigint BETWEEN $1 AND $2 ORDER BY source_id::bigint`,
      [idBase + 1, idBase + 500],
    );
    expect(ids).toHaveLength(500);
    expect(ids.map((x: any) => x.id)).toEqual([...ids.map((x: any) => x.id)].sort());
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);
  }

  it('batches written side by side still check each row against every earlier batch, as if written one after another', async () => {
    await importTwins(cli, 80_000, 24.0);
  });

  it('a small connection pool writes one batch at a time (3: checks on their own connections; 1: inside the batch) with the same report', async () => {
    await importTwins(ws.cliWith({ DB_POOL_SIZE: '3' }), 81_000, 27.0);
    await importTwins(ws.cliWith({ DB_POOL_SIZE: '1' }), 82_000, 30.0);
  });

  it('a crash mid-file leaves whole batches only (a prefix of the file); the same import again completes it', async () => {
    const total = 6000;
    const rows = [];
    for (let i = 1; i <= total; i++) {
      rows.push(
        denueRow(90_000 + i, {
          nom_estab: `TROQUELES EN VUELO ${i}`,
          latitud: (20.0 + (i % 60) * 0.01).toFixed(6),
          longitud: (-100.0 - Math.floor(i / 60) * 0.01).toFixed(6),
        }),
      );
    }
    const file = path.join(ws.dir, 'crash.csv');
    writeDenueFile(file, rows, 'utf-8');
    const imported = async () =>
      (
        await ws.db.query(
          `SELECT count(*)::int AS n FROM suppliers WHERE source = 'denue' AND source_id::bigint BETWEEN 90001 AND $1`,
          [90_000 + total],
        )
      )[0].n as number;

    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'apps/cli/src/main.ts',
        'import',
        file,
        '--format',
        'denue',
        '--batch-size',
        '50',
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        env: { ...process.env, DATABASE_URL: ws.db.url, TS_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 120_000;
    while ((await imported()) < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 300)); // the server notices the dropped connections and rolls back

    const n = await imported();
    expect(n).toBeGreaterThanOrEqual(300);
    expect(n).toBeLessThan(total); // killed mid-file
    expect(n % 50).toBe(0); // whole batches only
    // ... and a prefix of the file: the batches commit in file order
    const [{ max }] = await ws.db.query(
      `SELECT max(source_id::bigint)::int AS max FROM suppliers WHERE source = 'denue' AND source_id::bigint BETWEEN 90001 AND $1`,
      [90_000 + total],
    );
    expect(max).toBe(90_000 + n);
    const [{ caps, audits }] = await ws.db.query(
      `SELECT (SELECT count(*)::int FROM supplier_capabilities sc JOIN suppliers s ON s.id = sc.supplier_id WHERE s.source_id::bigint BETWEEN 90001 AND $1) AS caps,
              (SELECT count(*)::int FROM supplier_audit a JOIN suppliers s ON s.id = a.supplier_id WHERE s.source_id::bigint BETWEEN 90001 AND $1) AS audits`,
      [90_000 + total],
    );
    expect(caps).toBeGreaterThanOrEqual(n);
    expect(audits).toBe(n);
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);

    const rep = path.join(ws.dir, 'crash.json');
    expect((await cli('import', file, '--format', 'denue', '--batch-size', '50', '--report', rep)).code).toBe(0);
    const j = report(rep);
    expect([j.created, j.updated, j.unchanged, j.skipped.length, j.errors.length]).toEqual([total - n, 0, n, 0, 0]);
    expect(await imported()).toBe(total);
  });

  it('capability rows written by the import carry the same confirmed_at, geo and certificate summary as the trigger computes', async () => {
    expect((await cli('generate', '--suppliers', '200', '--seed', 'facts')).code).toBe(0);
    // the generator also supplies the facts set-wise (its suppliers are new; certificates come after)
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);
    expect(
      (await ws.db.query(`SELECT count(*)::int AS n FROM supplier_capabilities WHERE cardinality(cert_schemes) > 0`))[0]
        .n,
    ).toBeGreaterThan(0);
    const out = path.join(ws.dir, 'facts.csv');
    expect((await cli('export', '--format', 'csv', '--out', out)).code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const capsCol = header.indexOf('capabilities');
    const certsCol = header.indexOf('certifications');
    const confirmedCol = header.indexOf('profile_confirmed_at');
    expect(capsCol).toBeGreaterThan(0);
    // Rows without quoted fields are easy to edit: replace their capabilities (keeping certificates),
    // or their certificates too, and move their confirmation date.
    let edited = 0;
    let withCerts = 0;
    const changed = lines.map((l, i) => {
      if (i === 0 || l.includes('"')) return l;
      const f = l.split(',');
      if (f.length !== header.length) return l;
      edited++;
      if (f[certsCol]) withCerts++;
      f[capsCol] = i % 2 ? 'machining:steel;welding' : 'painting-coating';
      if (i % 3 === 0) f[certsCol] = 'ISO-9001:C-1:Bureau:2024-01-01:2099-01-01';
      if (i % 5 === 0) f[confirmedCol] = '2025-06-01T12:00:00.000000Z';
      return f.join(',');
    });
    expect(edited).toBeGreaterThan(50);
    expect(withCerts).toBeGreaterThan(5);
    fs.writeFileSync(out, changed.join('\n') + '\n');
    const rep = path.join(ws.dir, 'facts.json');
    expect((await cli('import', out, '--format', 'enlace', '--batch-size', '37', '--report', rep)).code).toBe(0);
    expect(report(rep).errors).toEqual([]);
    expect(report(rep).updated).toBeGreaterThanOrEqual(edited);
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);
    const withSummary = await ws.db.query(
      `SELECT count(*)::int AS n FROM supplier_capabilities WHERE cert_schemes <> '{}'`,
    );
    expect(withSummary[0].n).toBeGreaterThan(0);

    // DENUE adds a capability to a supplier that holds certificates: the new row gets its summary.
    const [holder] = await ws.db.query(`
      SELECT s.id, s.source_id FROM suppliers s
       WHERE EXISTS (SELECT 1 FROM certifications c WHERE c.supplier_id = s.id AND c.recorded_status IS NULL)
         AND NOT EXISTS (SELECT 1 FROM supplier_capabilities sc WHERE sc.supplier_id = s.id AND sc.process_code = 'forging')
       LIMIT 1`);
    expect(holder).toBeDefined();
    await ws.db.query(`UPDATE suppliers SET source = 'denue', source_id = '777000001' WHERE id = $1`, [holder.id]);
    const dfile = path.join(ws.dir, 'forging.csv');
    writeDenueFile(dfile, [denueRow(777000001, { codigo_act: '332110' })], 'utf-8');
    expect((await cli('import', dfile, '--format', 'denue')).code).toBe(0);
    const [forging] = await ws.db.query(
      `SELECT cert_schemes FROM supplier_capabilities WHERE supplier_id = $1 AND process_code = 'forging'`,
      [holder.id],
    );
    expect(forging.cert_schemes.length).toBeGreaterThan(0);
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);

    // Any other insert still runs the trigger (the setting is the importer's, transaction-local).
    await ws.db.query(`DELETE FROM supplier_capabilities WHERE supplier_id = $1 AND process_code = 'forging'`, [
      holder.id,
    ]);
    await ws.db.query(`UPDATE suppliers SET profile_confirmed_at = '2025-01-02T00:00:00Z' WHERE id = $1`, [holder.id]);
    await ws.db.query(
      `INSERT INTO supplier_capabilities (supplier_id, process_code, geo) SELECT id, 'forging', geo FROM suppliers WHERE id = $1`,
      [holder.id],
    );
    expect((await ws.db.query(STALE_FACTS))[0].n).toBe(0);
  });
});
