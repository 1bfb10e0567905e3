import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkEmbeddedAccess, firstBlocked, pathChain } from './embedded-access';

const asRoot = process.getuid?.() === 0;
/** Checks that spawn as another user: only root can. */
const rootIt = asRoot ? it : it.skip;
const NOBODY = { uid: 65534, gid: 65534 };

describe('access of the embedded PostgreSQL user', () => {
  let base: string;
  const folder = (name: string, mode: number) => {
    const p = path.join(base, name);
    fs.mkdirSync(p, { recursive: true });
    fs.chmodSync(p, mode);
    return p;
  };
  const binary = (dir: string) => {
    fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
    const file = path.join(dir, 'bin', 'initdb');
    fs.writeFileSync(file, '#!/bin/sh\n');
    fs.chmodSync(file, 0o755);
    return file;
  };
  beforeAll(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-access-'));
    fs.chmodSync(base, 0o755);
  });
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  it('lists a path and every folder above it, from the top down', () => {
    expect(pathChain('/root/enlace/.data/pg')).toEqual([
      '/',
      '/root',
      '/root/enlace',
      '/root/enlace/.data',
      '/root/enlace/.data/pg',
    ]);
    expect(pathChain('/')).toEqual(['/']);
  });

  rootIt('finds the first folder another user cannot enter, or a file it cannot run', async () => {
    const open = folder('open/inner', 0o755);
    const closed = folder('closed', 0o700);
    const inside = folder('closed/inner', 0o755);
    expect(await firstBlocked(pathChain(open), NOBODY)).toBeNull();
    expect(await firstBlocked(pathChain(inside), NOBODY)).toBe(closed);
    const notExecutable = path.join(open, 'tool');
    fs.writeFileSync(notExecutable, '');
    fs.chmodSync(notExecutable, 0o644);
    expect(await firstBlocked(pathChain(notExecutable), NOBODY)).toBe(notExecutable);
  });

  rootIt('stops with one line when the binaries sit in a folder the user cannot enter', async () => {
    const clone = folder('private-clone', 0o700);
    const initdb = binary(path.join(clone, 'node_modules/pkg/native'));
    const err = await checkEmbeddedAccess([initdb], path.join(base, 'data/pg'), NOBODY).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(`cannot enter ${clone} (mode 0700) on the way to its binaries`);
    expect(message).toMatch(
      /put Enlace in a folder other users can enter .*run Enlace as another user than root.*DATABASE_URL/,
    );
  });

  rootIt('stops with one line when the data folder sits in a folder the user cannot enter', async () => {
    const initdb = binary(folder('shared', 0o755));
    const closed = folder('private-data', 0o700);
    fs.mkdirSync(path.join(closed, 'enlace'));
    const dataDir = path.join(closed, 'enlace/pg');
    const err = await checkEmbeddedAccess([initdb], dataDir, NOBODY).catch((e: Error) => e);
    expect((err as Error).message).toContain(
      `cannot enter ${closed} (mode 0700) on the way to the data folder ${dataDir}`,
    );
    expect((err as Error).message).toContain('set DATA_DIR to a folder other users can enter');
    // reachable: nothing to say
    await expect(checkEmbeddedAccess([initdb], path.join(base, 'shared/data/pg'), NOBODY)).resolves.toBeUndefined();
  });

  (asRoot ? it.skip : it)('does nothing when not root (PostgreSQL then runs as this user)', async () => {
    await expect(checkEmbeddedAccess(['/nonexistent/initdb'], '/nonexistent/pg')).resolves.toBeUndefined();
  });
});
