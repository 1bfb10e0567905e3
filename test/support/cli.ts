import { PassThrough } from 'stream';
import { runCli } from '../../apps/cli/src/cli';

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
export function cliOn(url: () => string, env?: Record<string, string>): (...argv: string[]) => Promise<{ code: number; stdout: string; stderr: string }> {
  return async (...argv) => {
    const out = sink();
    const err = sink();
    const code = await runCli(argv, { databaseUrl: url(), stdout: out.stream, stderr: err.stream, ...(env ? { env: { ...process.env, ...env } } : {}) });
    return { code, stdout: out.text(), stderr: err.text() };
  };
}
