'use strict';
// Benchmark of notifications (issue 16), used by `npm run bench` (needs the admin token and the
// API started with WEBHOOK_ALLOW_PRIVATE=1, so its webhooks may POST to this process on 127.0.0.1):
// - 5,000 SUPPLIER accounts whose profiles qualify for a request (they have its process; the
//   request requires nothing else), 200 of them with a webhook for SOURCING_REQUEST_OPENED;
// - fan-out: 3 requests those 5,000 qualify for, one at a time: the dispatcher's own time for each
//   event (finding the recipients and writing their notifications in one statement) from the API's
//   /metrics, and the time from the mutation's answer until all 5,000 notifications are visible;
// - then only the 200 accounts with a webhook stay; rankSuppliers sequentially for 30 s (the idle
//   p99), then 5 requests opened 12 s apart (200 notifications and 200 webhook deliveries each, so
//   1,000 deliveries within the minute) while rankSuppliers runs sequentially the whole time.
const http = require('http');
const { Client } = require('pg');

const ACCOUNTS = 5000;
const WEBHOOKS = 200;
const REQUESTS = 5;
const FAN_OUT_RUNS = 3;
const SPACING_MS = 12_000;
const IDLE_MS = 30_000;
const EMAIL = 'bench-notify-';

async function gql(baseUrl, token, query, variables) {
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x) => Math.round(x * 10) / 10;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/** A receiver on 127.0.0.1 that answers 200 and counts what it got. */
function receiver() {
  const got = { n: 0, last: 0 };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      got.n++;
      got.last = Date.now();
      res.writeHead(200).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, got, port: server.address().port })),
  );
}

/** The sum and count of the dispatcher's histogram for SOURCING_REQUEST_OPENED. */
async function dispatchMetric(baseUrl) {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const read = (name) => {
    const m = text.match(new RegExp(`^${name}\\{type="SOURCING_REQUEST_OPENED"\\} ([0-9.e+-]+)$`, 'm'));
    return m ? Number(m[1]) : 0;
  };
  return {
    sum: read('enlace_notification_dispatch_seconds_sum'),
    count: read('enlace_notification_dispatch_seconds_count'),
  };
}

/** The busiest plant/process pair (most suppliers with the process), and rankSuppliers inputs for every pair. */
async function inputs(ctx, db) {
  const data = await gql(ctx.baseUrl, ctx.token, '{ plants(first: 100) { edges { node { id sourcedProcesses } } } }');
  const pairs = data.plants.edges.flatMap((e) =>
    e.node.sourcedProcesses.map((p) => ({ plantId: e.node.id, process: p })),
  );
  const counts = new Map(
    (await db.query(`SELECT process_code, count(*)::int AS n FROM supplier_capabilities GROUP BY 1`)).rows.map((r) => [
      r.process_code,
      r.n,
    ]),
  );
  const busiest = [...pairs].sort((a, b) => (counts.get(b.process) ?? 0) - (counts.get(a.process) ?? 0))[0];
  return { busiest, pairs };
}

/** 5,000 SUPPLIER accounts with the process (and 200 webhooks to the receiver); removes an earlier run's. */
async function accounts(db, process, port) {
  await db.query(`DELETE FROM users WHERE email LIKE $1`, [`${EMAIL}%`]);
  const { rows } = await db.query(
    `INSERT INTO users (email, password_hash, role, supplier_id)
     SELECT $1 || row_number() OVER () || '@bench.enlace.local', 'scrypt$bench-no-login', 'SUPPLIER', supplier_id
       FROM (SELECT DISTINCT supplier_id FROM supplier_capabilities WHERE process_code = $2 ORDER BY supplier_id LIMIT $3) s
     RETURNING id`,
    [EMAIL, process, ACCOUNTS],
  );
  await db.query(
    `INSERT INTO webhooks (user_id, url, events, secret)
     SELECT id, 'http://127.0.0.1:' || $2 || '/hook/' || id, ARRAY['SOURCING_REQUEST_OPENED'], 'whsec_bench'
       FROM unnest($1::uuid[]) AS u(id)`,
    [rows.slice(0, WEBHOOKS).map((r) => r.id), port],
  );
  return rows.length;
}

async function pendingOf(db, opened) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
      WHERE d.status = 'PENDING' AND e.payload->>'requestId' = ANY($1)`,
    [opened.map((o) => o.id)],
  );
  return rows[0].n;
}

/** rankSuppliers sequentially until `stop()` says so; returns the latencies in ms. */
async function rankLoop(ctx, pairs, stop) {
  const Q = `query($input: MatchInput!) { rankSuppliers(input: $input) { score supplier { id } } }`;
  const times = [];
  for (let i = 0; !stop(); i++) {
    const x = pairs[i % pairs.length];
    const started = process.hrtime.bigint();
    await gql(ctx.baseUrl, ctx.token, Q, { input: { ...x, requiredCertifications: ['IATF-16949'], first: 20 } });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

/** Opens one request; waits until all its notifications exist; the dispatcher's and the end-to-end times. */
async function openOne(ctx, db, busiest, expected) {
  const before = await dispatchMetric(ctx.baseUrl);
  const r = await gql(
    ctx.baseUrl,
    ctx.token,
    `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`,
    { i: busiest },
  );
  const answered = Date.now();
  const id = r.createSourcingRequest.id;
  for (let waited = 0; waited < 60_000; waited += 50) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN events e ON e.id = n.event_id
        WHERE e.type = 'SOURCING_REQUEST_OPENED' AND e.payload->>'requestId' = $1`,
      [id],
    );
    if (rows[0].n >= expected) break;
    await sleep(50);
  }
  const visibleMs = Date.now() - answered;
  const after = await dispatchMetric(ctx.baseUrl);
  const dispatchMs =
    after.count > before.count ? ((after.sum - before.sum) / (after.count - before.count)) * 1000 : NaN;
  return { id, dispatchMs, visibleMs };
}

/** Phase 1: requests that 5,000 accounts qualify for, one at a time on an otherwise idle API. */
async function fanOut(ctx, db, hook, busiest, expected) {
  const opened = [];
  for (let i = 0; i < FAN_OUT_RUNS; i++) opened.push(await openOne(ctx, db, busiest, expected));
  // their webhook deliveries (200 each) go out before the next phase starts counting
  const due = FAN_OUT_RUNS * Math.min(WEBHOOKS, expected);
  for (let waited = 0; hook.got.n < due && waited < 120_000; waited += 100) await sleep(100);
  hook.got.n = 0;
  const dispatch = opened.map((o) => o.dispatchMs);
  return {
    name: `opening a request with ${expected} qualifying supplier accounts: the dispatcher's time for the event (recipients + notifications, one INSERT)`,
    p50Ms: round(pct(dispatch, 0.5)),
    maxMs: round(Math.max(...dispatch)),
    runs: opened.length,
    notes: `until all ${expected} notifications were visible after the mutation answered (poll interval included): ${opened.map((o) => (o.visibleMs / 1000).toFixed(2) + ' s').join(', ')}`,
  };
}

/** Phase 2: rankSuppliers idle, then while 1,000 webhook deliveries go out within a minute. */
async function webhookLoad(ctx, db, hook, busiest, pairs) {
  const idleEnd = Date.now() + IDLE_MS;
  const idle = await rankLoop(ctx, pairs, () => Date.now() > idleEnd);
  let opening = true;
  const loaded = rankLoop(ctx, pairs, () => !opening);
  const started = Date.now();
  const opened = [];
  for (let i = 0; i < REQUESTS; i++) {
    await sleep(Math.max(0, started + i * SPACING_MS - Date.now()));
    opened.push(await openOne(ctx, db, busiest, WEBHOOKS));
  }
  const due = REQUESTS * WEBHOOKS;
  while (hook.got.n < due && Date.now() - started < 3 * 60_000) await sleep(100);
  opening = false;
  const busy = await loaded;
  // the last POSTs arrived; their outcomes are recorded just after the answer
  for (let waited = 0; waited < 5000 && (await pendingOf(db, opened)) > 0; waited += 100) await sleep(100);
  const { rows } = await db.query(
    `SELECT status, count(*)::int AS n FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
      WHERE e.payload->>'requestId' = ANY($1) GROUP BY status`,
    [opened.map((o) => o.id)],
  );
  const minutes = (hook.got.last - started) / 60_000;
  return [
    {
      name: `webhook deliveries: ${due} to a receiver on 127.0.0.1 (${REQUESTS} requests ${SPACING_MS / 1000} s apart, ${WEBHOOKS} qualifying accounts with a webhook each)`,
      received: hook.got.n,
      statuses: rows.map((r) => `${r.status} ${r.n}`).join(' / '),
      lastReceivedAfterS: round((hook.got.last - started) / 1000),
      perMinute: Math.round(hook.got.n / Math.max(minutes, 1 / 60)),
    },
    {
      name: "rankSuppliers (first 20, IATF-16949, every plant x process) p99: idle vs while those deliveries (and their requests' notifications) run",
      idleP50Ms: round(pct(idle, 0.5)),
      idleP99Ms: round(pct(idle, 0.99)),
      loadedP50Ms: round(pct(busy, 0.5)),
      loadedP99Ms: round(pct(busy, 0.99)),
      p99Ratio: Math.round((pct(busy, 0.99) / pct(idle, 0.99)) * 100) / 100,
      runs: `${idle.length} idle, ${busy.length} loaded`,
    },
  ];
}

async function run(ctx) {
  if (!ctx.token) return [];
  const db = new Client({ connectionString: ctx.dbUrl });
  await db.connect();
  const hook = await receiver();
  try {
    const { busiest, pairs } = await inputs(ctx, db);
    const expected = await accounts(db, busiest.process, hook.port);
    const fan = await fanOut(ctx, db, hook, busiest, expected);
    // phase 2's load is the webhooks' (issue 16: 1,000 deliveries a minute): only their owners stay
    await db.query(
      `DELETE FROM users u WHERE u.email LIKE $1 AND NOT EXISTS (SELECT 1 FROM webhooks w WHERE w.user_id = u.id)`,
      [`${EMAIL}%`],
    );
    return [fan, ...(await webhookLoad(ctx, db, hook, busiest, pairs))];
  } finally {
    hook.server.close();
    await db.end();
  }
}

module.exports = { run };
