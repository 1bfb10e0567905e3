import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as path from 'path';
import { freePort } from '../setup/test-database';
import { ApiJson, GqlResponse } from './test-app';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The built API's entry, as `npm start` runs it: scripts/build-if-stale.js builds it first
 * (`npx nest build api`) when its sources are newer than the build.
 */
export function builtApiEntry(): string {
  const r = spawnSync(process.execPath, ['scripts/build-if-stale.js', 'api'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the API failed:\n${r.stdout}${r.stderr}`);
  return path.join(ROOT, 'dist/apps/api/apps/api/src/main.js');
}

/** The API running as a child process of the test, on its own port. */
export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
  gql: <T = ApiJson>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlResponse<T>>;
  /** Sends `signal` and waits for the process to exit (at once when it has already). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the built API (`entry`, from builtApiEntry) with `env` over a test environment (NODE_ENV=test,
 * a free PORT, LOG_LEVEL=warn) and waits until /health answers 200; throws with its output when it
 * exits or is not up within `timeoutMs`.
 */
export async function startApiProcess(
  entry: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<ApiProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let out = '';
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const api: ApiProcess = {
    child,
    baseUrl,
    output: () => out,
    async gql(query, variables, token) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as GqlResponse), status: res.status };
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (child.exitCode === null && child.signalCode === null) {
    const up = await fetch(`${baseUrl}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return api;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await api.stop('SIGKILL');
  throw new Error(`the API on port ${port} did not start:\n${out}`);
}
