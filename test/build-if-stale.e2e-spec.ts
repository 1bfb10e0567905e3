import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * scripts/build-if-stale.js (what `npm start` and `npm run cli` run first), as a real process in a
 * scratch project whose `nest` only records that it was called and writes the build's output.
 */
describe('build-if-stale', () => {
  let root: string;
  const file = (p: string) => path.join(root, p);
  const write = (p: string, text: string) => {
    fs.mkdirSync(path.dirname(file(p)), { recursive: true });
    fs.writeFileSync(file(p), text);
  };
  /** Sets a file's modification time `seconds` from now. */
  const touch = (p: string, seconds: number) => {
    const t = new Date(Date.now() + seconds * 1000);
    fs.utimesSync(file(p), t, t);
  };
  const builds = () => (fs.existsSync(file('builds.log')) ? fs.readFileSync(file('builds.log'), 'utf8') : '');
  const run = (app: string) => {
    const r = spawnSync(process.execPath, [file('scripts/build-if-stale.js'), app], { cwd: root, encoding: 'utf8' });
    return { code: r.status, stderr: r.stderr };
  };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-build-'));
    fs.mkdirSync(file('scripts'));
    fs.copyFileSync(path.resolve(__dirname, '../scripts/build-if-stale.js'), file('scripts/build-if-stale.js'));
    write('package.json', '{ "name": "scratch", "private": true }\n');
    // `npx nest build <app>`: logs the call, writes the entry files, fails when FAIL_BUILD exists.
    write(
      'node_modules/.bin/nest',
      [
        '#!/bin/sh',
        'echo "$@" >> builds.log',
        '[ -e FAIL_BUILD ] && exit 3',
        'mkdir -p dist/apps/$2/apps/$2/src dist/apps/$2/libs/core/src',
        'echo "built" > dist/apps/$2/apps/$2/src/main.js',
        'echo "built" > dist/apps/$2/libs/core/src/index.js',
      ].join('\n') + '\n',
    );
    fs.chmodSync(file('node_modules/.bin/nest'), 0o755);
    for (const p of ['tsconfig.json', 'nest-cli.json', 'apps/api/tsconfig.app.json', 'apps/cli/tsconfig.app.json'])
      write(p, '{}\n');
    write('apps/api/src/main.ts', 'export {};\n');
    write('apps/cli/src/main.ts', 'export {};\n');
    write('libs/core/src/index.ts', 'export {};\n');
    write('libs/core/src/index.spec.ts', 'export {};\n');
    for (const p of ['tsconfig.json', 'nest-cli.json', 'apps/api/src/main.ts', 'libs/core/src/index.ts']) touch(p, -60);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds the app when its output is missing, then not again while its sources are unchanged', () => {
    const first = run('api');
    expect(first).toEqual({ code: 0, stderr: expect.stringContaining('api: building (npx nest build api)') });
    expect(builds()).toBe('build api\n');

    expect(run('api')).toEqual({ code: 0, stderr: '' });
    expect(builds()).toBe('build api\n');
  });

  it('rebuilds after a source of the app or of a library changes, never for a spec or the other app', () => {
    touch('libs/core/src/index.spec.ts', 30);
    touch('apps/cli/src/main.ts', 30);
    expect(run('api')).toEqual({ code: 0, stderr: '' });
    expect(builds()).toBe('build api\n');

    touch('libs/core/src/index.ts', 30);
    expect(run('api').code).toBe(0);
    expect(builds()).toBe('build api\nbuild api\n');
    touch('dist/apps/api/apps/api/src/main.js', 60); // the build finished after the edit

    touch('apps/api/tsconfig.app.json', 90);
    expect(run('api').code).toBe(0);
    expect(builds()).toBe('build api\nbuild api\nbuild api\n');
  });

  it('builds each app on its own', () => {
    expect(run('cli').code).toBe(0);
    expect(builds().trim().split('\n').slice(-1)).toEqual(['build cli']);
    expect(fs.existsSync(file('dist/apps/cli/apps/cli/src/main.js'))).toBe(true);
  });

  it('reports a failed build in one line and a non-zero exit', () => {
    write('FAIL_BUILD', '');
    touch('libs/core/src/index.ts', 120);
    const r = run('api');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').slice(-1)).toEqual(['api: build failed (exit 3)']);
    expect(run('docs')).toEqual({ code: 2, stderr: 'usage: node scripts/build-if-stale.js <api|cli|web>...\n' });
  });
});
