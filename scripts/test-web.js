#!/usr/bin/env node
// `npm run test:web [-- <playwright args>]`: the web app's browser tests against the real API.
// Builds the API, the CLI and the web app, prepares a fresh database (a new database on DATABASE_URL's
// server when it is set, else an embedded PostgreSQL in a temporary folder), generates suppliers with
// the CLI, starts the API on a free port with the demo accounts (SEED_DEMO=1), runs Playwright
// (apps/web/playwright.config.ts) with Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium;
// install it with `apt-get install chromium`), then stops the API and removes the database.
// Screenshots, figures and failure traces: artifacts/web/.
'use strict';
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { randomBytes } = require('crypto');
const { spawn, spawnSync } = require('child_process');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const artifacts = path.join(root, 'artifacts/web');
const SUPPLIERS = process.env.WEB_TEST_SUPPLIERS || '1000';

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url, sql) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A fresh database: its settings for the CLI and the API, and how to remove it. */
async function prepareDatabase() {
  if (process.env.DATABASE_URL) {
    const name = `enlace_web_${process.pid}_${randomBytes(3).toString('hex')}`;
    await admin(process.env.DATABASE_URL, `CREATE DATABASE "${name}"`);
    return {
      env: { DATABASE_URL: withDatabase(process.env.DATABASE_URL, name) },
      remove: () => admin(process.env.DATABASE_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-web-'));
  fs.chmodSync(dataDir, 0o755); // the embedded PostgreSQL may run as another user when started as root
  return {
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), DATABASE_URL: '' },
    remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function waitHealthy(url, api, deadlineMs) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (api.exitCode !== null) throw new Error(`the API exited (code ${api.exitCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the API was not healthy within ${deadlineMs / 1000} s`);
}

function stopApi(api) {
  return new Promise((resolve) => {
    if (api.exitCode !== null) return resolve();
    const timer = setTimeout(() => api.kill('SIGKILL'), 20000);
    api.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    api.kill('SIGTERM');
  });
}

/** "N passed, N failed" from Playwright's JSON report, as one plain closing line. */
function summary() {
  try {
    const { stats } = JSON.parse(fs.readFileSync(path.join(artifacts, 'results.json'), 'utf8'));
    const failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    return `web: ${stats.expected ?? 0} passed, ${failed} failed, ${stats.skipped ?? 0} skipped`;
  } catch {
    return null;
  }
}

async function main() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}: apt-get install chromium (or set CHROMIUM_PATH)`);
  }
  run('npm', ['run', 'build']);
  run('npm', ['run', 'build:web']);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });

  const db = await prepareDatabase();
  const port = await freePort();
  const env = {
    ...process.env,
    ...db.env,
    NODE_ENV: 'test',
    NOTIFICATION_POLL_MS: '500', // the bell's test waits for the dispatcher
    LOG_LEVEL: 'warn',
    PORT: String(port),
    SEED_DEMO: '1',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  if (!env.DATABASE_URL) delete env.DATABASE_URL;
  let api;
  try {
    process.stderr.write(`web tests: generating ${SUPPLIERS} suppliers\n`);
    run('node', ['dist/apps/cli/apps/cli/src/main.js', 'generate', '--suppliers', SUPPLIERS, '--seed', '13'], env);
    api = spawn('node', ['dist/apps/api/apps/api/src/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, api, 180000);
    process.stderr.write(`web tests: API ready at ${url}\n`);
    const pw = spawnSync(
      'npx',
      ['playwright', 'test', '--config', 'apps/web/playwright.config.ts', ...process.argv.slice(2)],
      { cwd: root, stdio: 'inherit', env: { ...process.env, WEB_BASE_URL: url, CHROMIUM_PATH: chromium } },
    );
    const line = summary();
    if (line) console.log(line);
    process.exitCode = pw.status ?? 1;
  } finally {
    if (api) await stopApi(api);
    await db.remove();
  }
}

main().catch((e) => {
  console.error(`test:web: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
