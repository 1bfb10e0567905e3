#!/usr/bin/env node
// `npm run cli -- <command>`: builds the CLI when its output is missing or older than the sources,
// then runs it with the given arguments and passes its exit code on.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist/apps/cli/apps/cli/src/main.js');
const sourceDirs = ['apps/cli/src', 'libs'].map((d) => path.join(root, d));
const sourceFiles = ['tsconfig.json', 'apps/cli/tsconfig.app.json', 'nest-cli.json'].map((f) => path.join(root, f));

function newestMtime(target) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    } else if (/\.(ts|json)$/.test(p) && !/\.spec\.ts$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  target.forEach(visit);
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(entry) || !fs.existsSync(path.join(root, 'dist/apps/cli/libs/core/src/index.js'))) return true;
  return newestMtime([...sourceDirs, ...sourceFiles]) > fs.statSync(entry).mtimeMs;
}

// One build at a time (parallel test workers or terminals): a lock folder, waited on by others.
const lock = path.join(root, 'dist', '.cli-build.lock');
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function withBuildLock(fn) {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 180000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) {
        process.stderr.write(`cli: timed out waiting for another build (${path.relative(root, lock)})\n`);
        process.exit(1);
      }
      sleep(250);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

if (needsBuild()) {
  withBuildLock(() => {
    if (!needsBuild()) return; // built by the process we waited for
    process.stderr.write('cli: building (npx nest build cli)...\n');
    const r = spawnSync('npx', ['nest', 'build', 'cli'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) {
      process.stderr.write(`cli: build failed (exit ${r.status ?? r.signal})\n`);
      process.exit(r.status || 1);
    }
    if (!fs.existsSync(entry)) {
      process.stderr.write(`cli: build finished but ${path.relative(root, entry)} is missing\n`);
      process.exit(1);
    }
  });
}

// The import's live data is small (streamed, one batch waiting); a bounded old space makes V8
// collect instead of growing the heap, which keeps the peak RSS flat at any file size.
const nodeArgs = process.argv[2] === 'import' ? ['--max-old-space-size=160'] : [];
const r = spawnSync(process.execPath, [...nodeArgs, entry, ...process.argv.slice(2)], {
  cwd: process.cwd(),
  stdio: 'inherit',
});
if (r.error) {
  process.stderr.write(`cli: ${r.error.message}\n`);
  process.exit(1);
}
process.exit(r.status ?? 1);
