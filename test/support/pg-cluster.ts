import { spawn, ChildProcess } from 'child_process';
import * as path from 'path';

export interface ClusterHandle {
  url: string;
  stop(): Promise<void>;
}

/** Starts a private embedded PostgreSQL in a child process (for tests that stop and restart it). */
export function startCluster(dir: string, port: number): Promise<ClusterHandle> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'pg-cluster-process.ts'), dir, String(port)],
    {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/ready (\S+)/);
      if (m) {
        resolve({
          url: m[1],
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`cluster exited (${code}): ${out}`)));
  });
}
