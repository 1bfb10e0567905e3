import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { startTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/accounts';
import { denueHeader, denueLine, denueRow } from './support/denue';

jest.setTimeout(180_000);

const IMPORT = `mutation($csv: String!, $format: ImportFormat!, $dryRun: Boolean) {
  importSuppliers(csv: $csv, format: $format, dryRun: $dryRun) {
    created updated unchanged rows skipped { line reason } errors { line field message } possibleDuplicates { line existingId reason } } }`;

describe('importSuppliers over GraphQL, and the built CLI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const csv = [
    denueHeader(),
    denueLine(denueRow(501)),
    denueLine(denueRow(502, { codigo_act: '461110' })),
    denueLine(denueRow(503, { cve_ent: '' })),
  ].join('\n');

  it('lets an admin import (dry run first) and reports every row', async () => {
    const admin = await tokenFor(t, 'ADMIN');
    const dry = await t.gql(IMPORT, { csv, format: 'DENUE', dryRun: true }, admin);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importSuppliers).toMatchObject({
      created: 1,
      rows: 3,
      skipped: [{ line: 3 }],
      errors: [{ line: 4, field: 'cve_ent' }],
    });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM suppliers WHERE source = 'denue'`))[0].n).toBe(0);
    const real = await t.gql(IMPORT, { csv, format: 'DENUE' }, admin);
    expect(real.data.importSuppliers.created).toBe(1);
    const again = await t.gql(IMPORT, { csv, format: 'DENUE' }, admin);
    expect(again.data.importSuppliers).toMatchObject({ created: 0, unchanged: 1 });
    const bad = await t.gql(IMPORT, { csv: 'a,b\n1,2', format: 'ENLACE' }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await t.gql(IMPORT, { csv: csv + '\n' + 'x'.repeat(950 * 1024), format: 'DENUE' }, admin);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN for other roles and UNAUTHENTICATED without a token', async () => {
    const buyer = await tokenFor(t, 'OEM_BUYER');
    expect((await t.gql(IMPORT, { csv, format: 'DENUE' }, buyer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(IMPORT, { csv, format: 'DENUE' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the built CLI exits non-zero with one line for a missing file and 0 for a readable one', () => {
    const root = path.resolve(__dirname, '..');
    const env = { ...process.env, DATABASE_URL: t.db.url };
    const missing = spawnSync(
      process.execPath,
      ['scripts/run-cli.js', 'import', '/nonexistent/x.csv', '--format', 'denue'],
      { cwd: root, env, encoding: 'utf8' },
    );
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n').pop()).toMatch(/^error: file not found/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-cli-spawn-'));
    const file = path.join(dir, 'd.csv');
    fs.writeFileSync(file, csv + '\n');
    const ok = spawnSync(process.execPath, ['scripts/run-cli.js', 'import', file, '--format', 'denue'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/3 rows/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
