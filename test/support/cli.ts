import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { runCli } from '../../apps/cli/src/cli';
import { createTestDatabase, TestDatabase } from './test-app';

/** A writable stream that keeps what was written. */
export function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

/**
 * Runs the CLI in-process on the database `url()` gives at call time, capturing its output; `env`
 * adds settings (e.g. DB_POOL_SIZE) to the process environment it reads.
 */
export function cliOn(
  url: () => string,
  env?: Record<string, string>,
): (...argv: string[]) => Promise<{ code: number; stdout: string; stderr: string }> {
  return async (...argv) => {
    const out = sink();
    const err = sink();
    const code = await runCli(argv, {
      databaseUrl: url(),
      stdout: out.stream,
      stderr: err.stream,
      ...(env ? { env: { ...process.env, ...env } } : {}),
    });
    return { code, stdout: out.text(), stderr: err.text() };
  };
}

/**
 * A test file's CLI workspace: a fresh database and a scratch folder for its files (both made in
 * beforeAll, removed in afterAll), the CLI on that database, and a reader for the JSON reports it
 * writes.
 */
export function cliWorkspace(dirPrefix: string) {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get db() {
      return db;
    },
    get dir() {
      return dir;
    },
    cli: cliOn(() => db.url),
    /** The CLI with extra settings in its environment (e.g. DB_POOL_SIZE). */
    cliWith: (env: Record<string, string>) => cliOn(() => db.url, env),
    report: (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')),
  };
}
