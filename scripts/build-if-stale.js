#!/usr/bin/env node
// `node scripts/build-if-stale.js <api|cli|web>...`: builds each application only when its output is
// missing or older than its sources, one build at a time: the API and the CLI with `npx nest build
// <app>`, the web app with its workspace's `npm run build` (codegen from schema.graphql, typecheck,
// Vite). `npm start` runs it for the API and the web app before starting the API; scripts/run-cli.js
// uses it for the CLI.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');

const APPS = ['api', 'cli', 'web'];
const NEST_SOURCE = /\.(ts|json)$/;
const ANY_FILE = /./;

/** What an application's build reads and writes, and the command that builds it. */
function appFiles(app) {
  if (app === 'web') {
    const web = (p) => path.join(root, 'apps/web', p);
    return {
      outputs: [web('dist/index.html')],
      sources: [
        ...['src', 'public', 'index.html', 'vite.config.ts', 'codegen.ts', 'tsconfig.json', 'package.json'].map(web),
        path.join(root, 'schema.graphql'),
        path.join(root, 'data/maps'),
      ],
      sourcePattern: ANY_FILE,
      command: ['npm', ['run', 'build', '--workspace', '@enlace/web']],
      lock: path.join(root, 'dist', '.web-build.lock'),
    };
  }
  return {
    outputs: [
      path.join(root, `dist/apps/${app}/apps/${app}/src/main.js`),
      path.join(root, `dist/apps/${app}/libs/core/src/index.js`),
    ],
    sources: [`apps/${app}/src`, 'libs', 'tsconfig.json', `apps/${app}/tsconfig.app.json`, 'nest-cli.json'].map((p) =>
      path.join(root, p),
    ),
    sourcePattern: NEST_SOURCE,
    command: ['npx', ['nest', 'build', app]],
    lock: path.join(root, 'dist', `.${app}-build.lock`),
  };
}

/** The newest modification time (ms) of the files under `targets` matching `pattern`, specs, node_modules and generated code aside. */
function newestMtime(targets, pattern) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p))
        if (name !== 'node_modules' && name !== 'generated') visit(path.join(p, name));
    } else if (pattern.test(p) && !/\.spec\.ts$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  targets.forEach(visit);
  return newest;
}

function needsBuild(files) {
  if (!files.outputs.every((f) => fs.existsSync(f))) return true;
  return newestMtime(files.sources, files.sourcePattern) > fs.statSync(files.outputs[0]).mtimeMs;
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
  const [entry] = files.outputs;
  if (!needsBuild(files)) return entry;
  withBuildLock(files.lock, () => {
    if (!needsBuild(files)) return; // built by the process we waited for
    const [cmd, args] = files.command;
    process.stderr.write(`${app}: building (${cmd} ${args.join(' ')})...\n`);
    const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`build failed (exit ${r.status ?? r.signal})`);
    if (!fs.existsSync(entry)) throw new Error(`build finished but ${path.relative(root, entry)} is missing`);
  });
  return entry;
}

module.exports = { buildIfStale };

if (require.main === module) {
  const apps = process.argv.slice(2);
  if (!apps.length || !apps.every((a) => APPS.includes(a))) {
    process.stderr.write(`usage: node scripts/build-if-stale.js <${APPS.join('|')}>...\n`);
    process.exit(2);
  }
  for (const app of apps) {
    try {
      buildIfStale(app);
    } catch (e) {
      process.stderr.write(`${app}: ${e.message}\n`);
      process.exit(1);
    }
  }
}
