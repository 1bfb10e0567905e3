#!/usr/bin/env node
// `npm run bench`: builds the api and cli, starts PostgreSQL (DATABASE_URL's server, or an embedded
// one under .data/bench-pg), creates a dedicated database (enlace_bench), generates
// BENCH_SUPPLIERS (default 100,000) suppliers with the CLI generator (seed 1), starts the API
// against it on 127.0.0.1 and measures over HTTP with bounded loops:
//   - `{ __typename }`: the framework floor;
//   - rankSuppliers(first: 20, required IATF-16949) over every plant and each of its sourced processes;
//   - the ranking's SQL alone (the exact top-k engine on a plain pg connection, no HTTP/GraphQL);
//   - a naive full scan (read and score every qualifying supplier, sort, limit) with the same scoring
//     (bench/naive-ranking.js);
// then every plug-in bench in bench/*.bench.js (a module exporting `run(ctx)`, or the known
// benchGaps / benchImport functions), and writes BENCHMARKS.md (results per dataset size are kept
// in bench/results/<n>.json so a 1,000,000 run (BENCH_SUPPLIERS=1000000) appears beside the 100,000 one).
// Env: BENCH_SUPPLIERS, BENCH_RUNS (rankSuppliers passes over all plant/process pairs, default 2),
//      BENCH_SKIP_BUILD=1, BENCH_ONLY=ranking (skip plug-ins), BENCH_PLUGINS=load,notifications (only these
//      plug-ins; the others' figures kept from the last run, with their date), BENCH_REUSE=1 (keep an
//      existing dataset of the same size).
// The libraries are used through their public entry points (`@enlace/<lib>`) as `nest build api` compiles them.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const N = Number(process.env.BENCH_SUPPLIERS || 100000);
const PASSES = Number(process.env.BENCH_RUNS || 2);
/** BENCH_PLUGINS=load,notifications: only these plug-ins run; the others' figures are kept from the last run, dated. */
const ONLY_PLUGINS = process.env.BENCH_PLUGINS
  ? new Set(process.env.BENCH_PLUGINS.split(',').map((x) => x.trim()))
  : null;
const DB_NAME = N === 100000 ? 'enlace_bench' : `enlace_bench_${N}`;
const API_MAIN = path.join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const CLI_MAIN = path.join(ROOT, 'dist/apps/cli/apps/cli/src/main.js');
const DIST_LIBS = path.join(ROOT, 'dist/apps/api/libs');
/** A library's public entry point (`@enlace/<name>`) as `nest build api` compiles it. */
const lib = (name) => require(path.join(DIST_LIBS, name, 'src/index.js'));

const log = (...a) => console.error('[bench]', ...a);

function sh(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function withDb(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function pct(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(name, times, extra = {}) {
  const s = [...times].sort((a, b) => a - b);
  const r1 = (x) => Math.round(x * 100) / 100;
  return {
    name,
    p50Ms: r1(pct(s, 50)),
    p99Ms: r1(pct(s, 99)),
    meanMs: r1(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    runs: times.length,
    ...extra,
  };
}

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  const v = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, v };
}

async function gql(baseUrl, query, variables, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (res.status !== 200 || body.errors)
    throw new Error(`GraphQL failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}

async function startPostgres() {
  if (process.env.DATABASE_URL)
    return {
      adminUrl: withDb(process.env.DATABASE_URL, 'postgres'),
      stop: async () => undefined,
      kind: 'DATABASE_URL server',
    };
  const { startEmbeddedPostgres } = lib('core');
  const dir = path.join(ROOT, '.data', 'bench-pg');
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dir, port, database: 'postgres' });
  return { adminUrl: server.url, stop: () => server.stop(), kind: 'embedded PostgreSQL (.data/bench-pg)' };
}

async function prepareDataset(adminUrl) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const url = withDb(adminUrl, DB_NAME);
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rowCount > 0;
    if (exists && process.env.BENCH_REUSE === '1') {
      const c = new Client({ connectionString: url });
      await c.connect();
      const n = await c
        .query(`SELECT count(*)::int AS n FROM suppliers`)
        .then((r) => r.rows[0].n)
        .catch(() => 0);
      await c.end();
      if (n === N) {
        log(`reusing ${DB_NAME} (${n} suppliers)`);
        return { url, generateSeconds: null };
      }
    }
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  } finally {
    await admin.end();
  }
  log(`generating ${N.toLocaleString('en-US')} suppliers (seed 1) into ${DB_NAME}`);
  const t0 = Date.now();
  sh(process.execPath, [CLI_MAIN, 'generate', '--suppliers', String(N), '--seed', '1'], {
    ...process.env,
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
  });
  const generateSeconds = (Date.now() - t0) / 1000;
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query('VACUUM ANALYZE');
  await c.end();
  return { url, generateSeconds };
}

async function startApi(url) {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    // the per-client limiter stays on (the floor includes its cost) but high enough for sequential loops
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      RATE_LIMIT_PER_MINUTE: '1000000',
      // bench/notifications.bench.js: webhooks POST to its receiver on 127.0.0.1
      WEBHOOK_ALLOW_PRIVATE: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${baseUrl}/health`);
      if (r.status === 200) return { baseUrl, child };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error('API did not become healthy');
}

async function benchRanking(ctx) {
  const { baseUrl, dbUrl } = ctx;
  const rows = [];
  // the floor
  for (let i = 0; i < 30; i++) await gql(baseUrl, '{ __typename }');
  const floor = [];
  for (let i = 0; i < 300; i++) floor.push((await timed(() => gql(baseUrl, '{ __typename }'))).ms);
  const floorRow = stats('`{ __typename }` (framework floor, HTTP)', floor);
  rows.push(floorRow);

  // every plant and each of its sourced processes
  const data = await gql(
    baseUrl,
    '{ plants(first: 100) { edges { node { id name location { lat lng } sourcedProcesses } } } }',
  );
  const pairs = data.plants.edges.flatMap((e) => e.node.sourcedProcesses.map((p) => ({ plant: e.node, process: p })));
  const Q = `query($input: MatchInput!) { rankSuppliers(input: $input) { score distanceKm supplier { id name } } }`;
  const input = (x) => ({ plantId: x.plant.id, process: x.process, requiredCertifications: ['IATF-16949'], first: 20 });
  for (const x of pairs.slice(0, 20)) await gql(baseUrl, Q, { input: input(x) });
  const rank = [];
  let empty = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const x of pairs) {
      const r = await timed(() => gql(baseUrl, Q, { input: input(x) }));
      rank.push(r.ms);
      if (pass === 0 && r.v.rankSuppliers.length < 20) empty++;
    }
  }
  const rankRow = stats('rankSuppliers (first 20, required IATF-16949; every plant x sourced process, HTTP)', rank, {
    notes: `${pairs.length} plant/process pairs x ${PASSES} passes; ${empty} pairs with fewer than 20 matches`,
  });
  rows.push(rankRow);

  // the engine alone on a plain pg connection: exact top-k vs naive full scan
  const { Client } = require('pg');
  const { preparedQueryOn } = lib('core');
  const matching = lib('matching');
  const { rankFullScan } = require(path.join(ROOT, 'bench/naive-ranking.js'));
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  // named prepared statements, as the API runs the engine (libs/core preparedQuery)
  const run = (sql, params) => preparedQueryOn(c, sql, params);
  // ... counting the rows the top-k reads (with the usable schemes given, its every statement is a batch)
  let examined = 0;
  const counted = async (sql, params) => {
    const found = await run(sql, params);
    examined += found.length;
    return found;
  };
  const tz = process.env.APP_TIMEZONE || 'America/Mexico_City';
  const today = (await c.query(`SELECT to_char(now() AT TIME ZONE $1, 'YYYY-MM-DD') AS d`, [tz])).rows[0].d;
  const assessments = new Map(
    (await c.query(`SELECT code, assessment FROM processes`)).rows.map((r) => [r.code, r.assessment]),
  );
  const params = (x) => ({
    process: x.process,
    processAssessment: assessments.get(x.process) ?? null,
    required: ['IATF-16949'],
    preferred: [],
    maxDistanceKm: null,
    first: 20,
    weights: matching.DEFAULT_WEIGHTS,
    today,
  });
  const topk = [];
  const naive = [];
  let scanned = 0;
  let mismatches = 0;
  // the API passes the usable (not superseded) schemes from its catalogue cache; so does the bench
  const usable = new Set(
    (await c.query(`SELECT code FROM certification_schemes WHERE superseded_by IS NULL`)).rows.map((r) => r.code),
  );
  const boundsFrom = await matching.readBoundsFrom(run);
  if (!boundsFrom) log('ranking bounds not usable (other constants, or none): measuring without them');
  // the naive scan costs seconds per query at 1,000,000: there it runs on every 4th pair
  const naiveEvery = N > 200000 ? 4 : 1;
  for (const x of pairs.slice(0, 10))
    await matching.rankTopK(run, x.plant.location, params(x), tz, { usable, boundsFrom });
  // top-k first (all passes), then the naive scans: interleaving them would let each full scan
  // evict the top-k's pages and skew its figure by how often the naive one runs
  const firstResults = [];
  for (let pass = 0; pass < PASSES; pass++) {
    for (const x of pairs) {
      const a = await timed(() => matching.rankTopK(counted, x.plant.location, params(x), tz, { usable, boundsFrom }));
      topk.push(a.ms);
      if (pass === 0) firstResults.push(a.v);
    }
  }
  for (const [i, x] of pairs.entries()) {
    if (i % naiveEvery !== 0) continue;
    const b = await timed(() =>
      rankFullScan({ matching, suppliers: lib('suppliers') }, run, x.plant.location, params(x), tz),
    );
    naive.push(b.ms);
    scanned += b.v.examined;
    const ids = (matches) => matches.map((m) => m.candidate.id).join(',');
    if (ids(firstResults[i]) !== ids(b.v.matches)) mismatches++;
  }
  await c.end();
  const topkRow = stats(
    'ranking SQL alone: exact top-k (KNN batches + early stop), pg connection, prepared statements as in the API',
    topk,
    {
      notes: `avg ${Math.round(examined / topk.length)} qualifying candidate rows read per query (self-contained capability rows, no join)`,
    },
  );
  const naiveRow = stats('naive full scan: every qualifying supplier scored, sorted, limited', naive, {
    notes: `avg ${Math.round(scanned / Math.max(1, naive.length))} candidate rows per query; ${mismatches} result mismatches vs top-k${naiveEvery > 1 ? `; every ${naiveEvery}th pair` : ''}`,
  });
  rows.push(topkRow, naiveRow);
  const ratios = {
    rankOverFloorP50: rankRow.p50Ms / floorRow.p50Ms,
    naiveOverTopkP50: naiveRow.p50Ms / topkRow.p50Ms,
    naiveOverTopkP99: naiveRow.p99Ms / topkRow.p99Ms,
  };
  return { rows, ratios };
}

async function adminToken(baseUrl) {
  try {
    const d = await gql(baseUrl, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: process.env.ADMIN_EMAIL || 'admin@enlace.local',
      p: process.env.ADMIN_PASSWORD || 'enlace-admin-2026',
    });
    return d.login.token;
  } catch (e) {
    log(`admin login failed (${e.message}); plug-ins run anonymously`);
    return undefined;
  }
}

/** bench/*.bench.js: `run(ctx)` returning rows (or { rows }), or the known benchGaps/benchImport. */
async function runPlugins(ctx) {
  const out = [];
  const dir = path.join(ROOT, 'bench');
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.bench.js') && (!ONLY_PLUGINS || ONLY_PLUGINS.has(f.replace(/\.bench\.js$/, ''))))
        .sort()
    : [];
  for (const f of files) {
    const mod = require(path.join(dir, f));
    log(`plug-in ${f}`);
    try {
      let r;
      if (typeof mod.run === 'function') r = await mod.run(ctx);
      else if (typeof mod.benchGaps === 'function') r = await mod.benchGaps({ baseUrl: ctx.baseUrl, token: ctx.token });
      else if (typeof mod.benchImport === 'function')
        r = await mod.benchImport({
          rows: Math.min(N, 100000),
          databaseUrl: await ctx.scratchDatabase('enlace_bench_import'),
        });
      else continue;
      const rows = Array.isArray(r) ? r : r && Array.isArray(r.rows) ? r.rows : [r];
      out.push(...rows.map((x) => ({ source: f, ...x })));
    } catch (e) {
      out.push({ source: f, name: f, error: e.message });
    }
  }
  return out;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function fmt(x) {
  return x === undefined || x === null || Number.isNaN(x) ? '' : String(x);
}

function renderMarkdown() {
  const dir = path.join(ROOT, 'bench', 'results');
  const results = fs
    .readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
    .sort((a, b) => a.suppliers - b.suppliers);
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (scripts/run-bench.js; plug-ins in `bench/*.bench.js`). Timings are wall-clock',
    'milliseconds measured by the client, sequential requests (no concurrency) over HTTP on 127.0.0.1 unless noted.',
    'Each dataset size keeps its own raw figures in `bench/results/<suppliers>.json`.',
    '',
  ];
  for (const r of results) {
    lines.push(`## ${r.suppliers.toLocaleString('en-US')} suppliers`, '');
    lines.push(`- date: ${r.date}`);
    lines.push(`- command: \`${r.command}\``);
    lines.push(
      `- machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGb} GB RAM, ${r.machine.os}, Node ${r.machine.node}`,
    );
    lines.push(
      `- database: ${r.database}; dataset generated with \`npm run cli -- generate --suppliers ${r.suppliers} --seed 1\`${r.generateSeconds ? ` in ${r.generateSeconds.toFixed(0)} s` : ''}`,
    );
    lines.push('');
    lines.push('| benchmark | p50 ms | p99 ms | mean ms | runs | notes |', '|---|---:|---:|---:|---:|---|');
    for (const row of r.rows)
      lines.push(
        `| ${row.name} | ${fmt(row.p50Ms)} | ${fmt(row.p99Ms)} | ${fmt(row.meanMs)} | ${fmt(row.runs)} | ${fmt(row.notes)} |`,
      );
    lines.push('');
    const q = r.ratios;
    lines.push('Ratios (issue 4 targets):', '');
    lines.push(`- rankSuppliers p50 / floor p50 = **${q.rankOverFloorP50.toFixed(2)}x** (target at most 3x)`);
    lines.push(
      `- naive full scan p50 / exact top-k SQL p50 = **${q.naiveOverTopkP50.toFixed(1)}x** (target at least 20x); p99 ratio ${q.naiveOverTopkP99.toFixed(1)}x`,
    );
    const base = results.find((x) => x.suppliers === 100000);
    if (base && r.suppliers !== 100000) {
      const topk = (x) => x.rows.find((row) => row.name.startsWith('ranking SQL alone')).p50Ms;
      lines.push(
        `- exact top-k SQL p50 at this size / at 100,000 = **${(topk(r) / topk(base)).toFixed(2)}x** (target at most 2x at 1,000,000)`,
      );
    }
    lines.push('');
    if (r.plugins?.length) {
      lines.push(
        `Other benchmarks (plug-ins${r.pluginsFrom ? `, from the full run of ${r.pluginsFrom}` : ''}):`,
        '',
        '| source | benchmark | figures |',
        '|---|---|---|',
      );
      for (const p of r.plugins) {
        const { source, name, ...rest } = p;
        lines.push(
          `| ${source} | ${name ?? ''} | ${Object.entries(rest)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')} |`,
        );
      }
      lines.push('');
    }
  }
  // hand-written notes (method, before/after) kept beside the raw figures
  const notes = path.join(dir, 'NOTES.md');
  if (fs.existsSync(notes)) lines.push(fs.readFileSync(notes, 'utf8').trim(), '');
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), lines.join('\n'));
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building api and cli');
    sh('npx', ['nest', 'build', 'api']);
    sh('npx', ['nest', 'build', 'cli']);
  }
  const pg = await startPostgres();
  let api = null;
  try {
    const { url, generateSeconds } = await prepareDataset(pg.adminUrl);
    api = await startApi(url);
    {
      // migrations applied at API start may have rewritten rows (e.g. a backfill): settle the table
      // statistics and visibility map before measuring
      const { Client } = require('pg');
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query('VACUUM ANALYZE supplier_capabilities');
      await c.end();
    }
    log(`API at ${api.baseUrl}; measuring`);
    const ranking = await benchRanking({ baseUrl: api.baseUrl, dbUrl: url });
    for (const row of ranking.rows) log(JSON.stringify(row));
    let plugins = [];
    if (process.env.BENCH_ONLY !== 'ranking') {
      const { Client } = require('pg');
      const scratchDatabase = async (name) => {
        const a = new Client({ connectionString: pg.adminUrl });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await a.query(`CREATE DATABASE "${name}"`);
        await a.end();
        return withDb(pg.adminUrl, name);
      };
      plugins = await runPlugins({
        baseUrl: api.baseUrl,
        dbUrl: url,
        token: await adminToken(api.baseUrl),
        suppliers: N,
        scratchDatabase,
      });
      for (const p of plugins) log(JSON.stringify(p));
    }
    let pluginsFrom = null;
    const prevFile = path.join(ROOT, 'bench', 'results', `${N}.json`);
    if (ONLY_PLUGINS && fs.existsSync(prevFile)) {
      const old = JSON.parse(fs.readFileSync(prevFile, 'utf8'));
      const kept = (old.plugins ?? [])
        .filter((p) => !ONLY_PLUGINS.has(String(p.source).replace(/\.bench\.js$/, '')))
        .map((p) => ({ ...p, measured: p.measured ?? (old.pluginsFrom || old.date).slice(0, 10) }));
      plugins = [...kept, ...plugins];
    }
    if (process.env.BENCH_ONLY === 'ranking') {
      // keep the plug-in figures of the last full run of this size (marked with their date)
      const prev = path.join(ROOT, 'bench', 'results', `${N}.json`);
      if (fs.existsSync(prev)) {
        const old = JSON.parse(fs.readFileSync(prev, 'utf8'));
        plugins = old.plugins ?? [];
        pluginsFrom = old.pluginsFrom ?? old.date;
      }
    }
    const result = {
      suppliers: N,
      date: new Date().toISOString(),
      command: N === 100000 ? 'npm run bench' : `BENCH_SUPPLIERS=${N} npm run bench`,
      machine: machine(),
      database: pg.kind,
      generateSeconds,
      rows: ranking.rows,
      ratios: ranking.ratios,
      plugins,
      pluginsFrom,
    };
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', `${N}.json`), JSON.stringify(result, null, 2) + '\n');
    renderMarkdown();
    log('wrote BENCHMARKS.md');
  } finally {
    if (api) {
      api.child.kill('SIGTERM');
      await new Promise((r) => (api.child.exitCode !== null ? r() : api.child.once('exit', r)));
    }
    await pg.stop();
  }
}

if (process.argv[2] === '--render') {
  // rewrite BENCHMARKS.md from bench/results without measuring
  renderMarkdown();
  process.exit(0);
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack || e.message}`);
  process.exit(1);
});
