#!/usr/bin/env node
// `node scripts/build-if-stale.js <api|cli>`: builds that application (`npx nest build <app>`) only
// when its output is missing or older than its sources, one build at a time. `npm start` runs it for
// the API before starting it; scripts/run-cli.js uses it for the CLI.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');

/** What an application's build reads and writes. */
function appFiles(app) {
  return {
    entry: path.join(root, `dist/apps/${app}/apps/${app}/src/main.js`),
    libsEntry: path.join(root, `dist/apps/${app}/libs/core/src/index.js`),
    sources: [`apps/${app}/src`, 'libs', 'tsconfig.json', `apps/${app}/tsconfig.app.json`, 'nest-cli.json'].map((p) =>
      path.join(root, p),
    ),
    lock: path.join(root, 'dist', `.${app}-build.lock`),
  };
}

/** The newest modification time (ms) of the .ts/.json files under `targets`, specs and node_modules aside. */
function newestMtime(targets) {
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
  targets.forEach(visit);
  return newest;
}

function needsBuild(files) {
  if (!fs.existsSync(files.entry) || !fs.existsSync(files.libsEntry)) return true;
  return newestMtime(files.sources) > fs.statSync(files.entry).mtimeMs;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One build at a time (parallel test workers or terminals): a lock folder, waited on by others. */
function withBuildLock(lock, fn) {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 180000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        // the lock went away meanwhile: try again
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build (${path.relative(root, lock)})`);
      sleep(250);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds `app` when stale; returns its entry file. Throws with a one-line message when the build fails. */
function buildIfStale(app) {
  const files = appFiles(app);
  if (!needsBuild(files)) return files.entry;
  withBuildLock(files.lock, () => {
    if (!needsBuild(files)) return; // built by the process we waited for
    process.stderr.write(`${app}: building (npx nest build ${app})...\n`);
    const r = spawnSync('npx', ['nest', 'build', app], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status ?? r.signal})`);
    if (!fs.existsSync(files.entry)) {
      throw new Error(`build finished but ${path.relative(root, files.entry)} is missing`);
    }
  });
  return files.entry;
}

module.exports = { buildIfStale };

if (require.main === module) {
  const app = process.argv[2];
  if (app !== 'api' && app !== 'cli') {
    process.stderr.write('usage: node scripts/build-if-stale.js <api|cli>\n');
    process.exit(2);
  }
  try {
    buildIfStale(app);
  } catch (e) {
    process.stderr.write(`${app}: ${e.message}\n`);
    process.exit(1);
  }
}
