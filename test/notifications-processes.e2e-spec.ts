import { inspect } from 'util';
import { Client } from 'pg';
import { ApiProcess, builtApiEntry, startApiProcess } from './support/api-process';
import { createTestDatabase, TestDatabase } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';
import { Inbox, startInbox } from './support/mail-inbox';
import { signedWith, startWebhookReceiver, WebhookReceiver } from './support/webhook-receiver';

// Real API processes (the built API, as `npm start` runs it) on one PostgreSQL database: killed with
// SIGKILL and restarted, two at once. A loaded 2-core machine starts one in several seconds.
jest.setTimeout(150_000);

const OPEN = `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`;
const HOOK = `mutation($url: String!) { createWebhook(url: $url, events: [SOURCING_REQUEST_OPENED]) { secret } }`;
/** A webhook path the receiver never answers until the API that sends to it has been killed. */
const HANG = '/hang/s3';
const FAST = { NOTIFICATION_POLL_MS: '100', WEBHOOK_RETRY_BASE_MS: '200' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Maybe<T> = T | false | null | undefined;

async function until<T>(what: string, fn: () => Maybe<T> | Promise<Maybe<T>>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}${last === undefined ? '' : `: ${inspect(last)}`}`);
}

/** "<event id> <path>": one delivery of one event to one webhook. */
const pair = (eventId: string, path: string) => `${eventId} ${path}`;
const counts = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

describe('notifications across real API processes', () => {
  let entry: string;
  let db: TestDatabase;
  let receiver: WebhookReceiver;
  let inbox: Inbox;
  let locker: Client | null = null;
  let silaoId: string;
  let instances: ApiProcess[] = [];
  let inFlight = '';
  const running = new Set<ApiProcess>();
  const token: Record<string, string> = {};
  const userId: Record<string, string> = {};
  const secrets: Record<string, string> = {};

  const start = async (env: Record<string, string>) => {
    const api = await startApiProcess(entry, {
      DATABASE_URL: db.url,
      JWT_SECRET: 'notifications-processes-e2e-secret-0123456789',
      WEBHOOK_ALLOW_PRIVATE: '1',
      ...env,
    });
    running.add(api);
    return api;
  };
  const stop = async (api: ApiProcess, signal: NodeJS.Signals) => {
    await api.stop(signal);
    running.delete(api);
  };
  const one = async <T = number>(sql: string, params?: unknown[]): Promise<T> =>
    Object.values((await db.query(sql, params))[0] as Record<string, T>)[0];
  const hook = async (api: ApiProcess, who: string, path: string) => {
    const r = await api.gql(HOOK, { url: receiver.url + path }, token[who]);
    expect(r.errors).toBeUndefined();
    secrets[path] = r.data.createWebhook.secret;
  };
  /** Opens a request the qualifying suppliers (s1, s2, s3) qualify for; returns the request's id. */
  const openRequest = async (api: ApiProcess): Promise<string> => {
    const input = { plantId: silaoId, process: 'injection-molding', requiredCertifications: ['IATF-16949'] };
    const r = await api.gql(OPEN, { i: input }, token.buyer);
    expect(r.errors).toBeUndefined();
    return r.data.createSourcingRequest.id;
  };
  /** The events the requests recorded, in the requests' order. */
  const eventsOf = async (requestIds: string[]): Promise<string[]> => {
    const rows = await db.query(`SELECT id, payload->>'requestId' AS request FROM events WHERE payload ? 'requestId'`);
    return requestIds.map((r) => rows.find((e) => e.request === r).id);
  };
  const open = async (api: ApiProcess): Promise<string> => (await eventsOf([await openRequest(api)]))[0];
  const recipients = async (eventIds: string[]) =>
    db.query<{ event_id: string; users: string[] }>(
      `SELECT event_id, array_agg(user_id::text ORDER BY user_id) AS users FROM notifications
        WHERE event_id = ANY($1::uuid[]) GROUP BY event_id ORDER BY event_id`,
      [eventIds],
    );
  const everyone = () => [userId.s1, userId.s2, userId.s3].sort();
  /** Every delivery, as "<event id> <path>", with whether a sender holds it (claimed for a minute). */
  const deliveries = () =>
    db.query(
      `SELECT d.event_id || ' ' || substring(w.url from '^http://[^/]+(/.*)$') AS pair, d.status, d.attempts,
              d.response_status, d.next_attempt_at > now() + interval '30 s' AS leased
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id`,
    );

  beforeAll(async () => {
    entry = builtApiEntry();
    db = await createTestDatabase();
    receiver = await startWebhookReceiver();
    inbox = await startInbox();
    silaoId = await one<string>(`SELECT id FROM plants WHERE name = 'Silao Complex'`);
  });
  afterAll(async () => {
    for (const api of running) await api.stop('SIGKILL');
    await locker?.end().catch(() => undefined);
    await receiver?.close();
    await inbox?.stop();
    await db?.drop();
  });

  it('after a SIGKILL, the restarted API sends the pending deliveries and dispatches the events left undispatched', async () => {
    const a = await start({ NOTIFICATION_POLL_MS: '100', WEBHOOK_RETRY_BASE_MS: '1500' });
    const spec = { ...SILAO, capabilities: [{ process: 'injection-molding' }], certifications: [IATF_VALID] };
    for (const who of ['s1', 's2', 's3']) {
      const supplierId = await insertSupplier(db, { ...spec, name: `Califica ${who}` });
      token[who] = await tokenFor({ db, gql: a.gql }, 'SUPPLIER', { supplierId, email: `${who}@proc.test` });
      userId[who] = await one<string>(`SELECT id FROM users WHERE email = $1`, [`${who}@proc.test`]);
    }
    await db.query(`UPDATE users SET language = 'EN' WHERE id = $1`, [userId.s2]);
    token.buyer = await tokenFor({ db, gql: a.gql }, 'OEM_BUYER', { oem: 'General Motors' });
    await hook(a, 's1', '/kill/s1');
    await hook(a, 's2', '/kill/s2');
    const paths = ['/kill/s1', '/kill/s2'];
    receiver.answer = (path) => (path === HANG ? null : 500);
    const seen = () => new Set(receiver.hits.map((h) => pair(h.delivery, h.path)));

    const failing = [await open(a), await open(a), await open(a)];
    await until('a failed first attempt of each delivery', () =>
      failing.every((e) => paths.every((p) => seen().has(pair(e, p)))),
    );
    // A webhook that never answers: its POST is in flight at the kill (the sender waits 10 s for it,
    // and sends nothing else meanwhile).
    await hook(a, 's3', HANG);
    inFlight = await open(a);
    failing.push(inFlight);
    await until('the POSTs of the next event', () => [...paths, HANG].every((p) => seen().has(pair(inFlight, p))));

    // The next dispatch stops mid-transaction (its INSERT waits on this lock) when the API is killed.
    locker = new Client({ connectionString: db.url });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE notifications IN SHARE MODE`);
    const undispatched = [await open(a), await open(a)];
    const waiting = `SELECT count(*)::int FROM pg_locks WHERE relation = 'notifications'::regclass AND NOT granted`;
    await until('the dispatcher waiting on the lock', async () => (await one(waiting)) > 0);
    // Killed while the hanging POST is in flight (claimed for a minute, less than 8 s ago) and no other
    // is (each of the others answered 500 and due again within seconds).
    const settled = `SELECT bool_and(CASE WHEN w.url LIKE '%${HANG}' THEN d.next_attempt_at > now() + interval '52 s'
                            ELSE d.attempts > 0 AND d.next_attempt_at < now() + interval '30 s' END)
                       FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id`;
    await until('only the hanging POST in flight', () => one<boolean>(settled), 30_000);
    await stop(a, 'SIGKILL');
    const killedAt = receiver.hits.length;

    const hits = (k: string) => receiver.hits.filter((h) => pair(h.delivery, h.path) === k);
    for (const d of await deliveries()) {
      if (d.pair === pair(inFlight, HANG)) expect(d).toMatchObject({ status: 'PENDING', attempts: 0, leased: true });
      else expect(d).toMatchObject({ status: 'PENDING', attempts: hits(d.pair).length, response_status: 500 });
    }
    const failingPairs = failing.flatMap((e) => paths.map((p) => pair(e, p)));
    expect((await deliveries()).map((d) => d.pair).sort()).toEqual([...failingPairs, pair(inFlight, HANG)].sort());
    const left = await db.query(`SELECT id FROM events WHERE dispatched_at IS NULL ORDER BY id`);
    expect(left.map((e) => e.id)).toEqual([...undispatched].sort());
    await locker.query('COMMIT'); // the killed API's transaction goes on, finds its client gone and rolls back
    await locker.end();
    locker = null;

    receiver.answer = () => 200;
    const b = await start(FAST);
    instances = [b];
    const all = [...failing, ...undispatched];
    const expected = [...failingPairs, ...undispatched.flatMap((e) => [...paths, HANG].map((p) => pair(e, p)))];
    const done = async () => (await deliveries()).filter((d) => expected.includes(d.pair) && d.status === 'DELIVERED');
    await until('every delivery DELIVERED', async () => (await done()).length === expected.length, 90_000);
    await sleep(500); // and nothing more arrives

    const after = receiver.hits.slice(killedAt).filter((h) => h.delivery !== inFlight || h.path !== HANG);
    expect([...counts(after.map((h) => pair(h.delivery, h.path)))].sort()).toEqual(expected.map((k) => [k, 1]).sort());
    expect(after.every((h) => h.status === 200)).toBe(true);
    for (const d of await done()) expect(d.attempts).toBe(hits(d.pair).length);
    expect(await recipients(all)).toEqual(all.sort().map((e) => ({ event_id: e, users: everyone() })));
    expect(await one(`SELECT count(*)::int FROM events WHERE dispatched_at IS NULL`)).toBe(0);
  });

  it('two instances started at once run the reminder job: each reminder recorded and notified once', async () => {
    await stop(instances[0], 'SIGTERM');
    const r1 = await insertSupplier(db, {
      name: 'Recordatorios Uno',
      certifications: [
        { scheme: 'ISO-9001', expiresOn: daysFromToday(90) },
        { scheme: 'ISO-14001', expiresOn: daysFromToday(30) },
        { scheme: 'IATF-16949', expiresOn: daysFromToday(7) },
      ],
    });
    const r2 = await insertSupplier(db, {
      name: 'Recordatorios Dos',
      certifications: [{ scheme: 'ISO-9001', expiresOn: daysFromToday(30) }],
      profileConfirmedAt: new Date(Date.now() - 200 * 86_400_000),
    });
    const accounts = [
      [r1, 'r1a@proc.test'],
      [r1, 'r1b@proc.test'],
      [r2, 'r2@proc.test'],
    ];
    for (const [supplierId, email] of accounts)
      await db.query(
        `INSERT INTO users (email, password_hash, role, supplier_id)
         SELECT $1, password_hash, 'SUPPLIER', $2 FROM users WHERE email = 's1@proc.test'`,
        [email, supplierId],
      );

    instances = await Promise.all([start({ ...FAST, SMTP_URL: inbox.url }), start({ ...FAST, SMTP_URL: inbox.url })]);
    const reminders = `SELECT count(*)::int FROM notifications WHERE event IN ('CERTIFICATION_EXPIRING', 'PROFILE_STALE')`;
    await until('the reminders notified', async () => (await one(reminders)) >= 8);
    await sleep(500);

    const certs = await db.query(
      `SELECT id, (expires_on - $1::date) AS days FROM certifications WHERE supplier_id = ANY($2::uuid[])`,
      [daysFromToday(0), [r1, r2]],
    );
    const events = await db.query(
      `SELECT dedupe_key, count(*)::int AS n FROM events WHERE type IN ('CERTIFICATION_EXPIRING', 'PROFILE_STALE')
        GROUP BY dedupe_key ORDER BY dedupe_key`,
    );
    expect(events.filter((e) => e.dedupe_key.startsWith('CERTIFICATION_EXPIRING'))).toEqual(
      certs.map((c) => ({ dedupe_key: `CERTIFICATION_EXPIRING:${c.id}:${c.days}`, n: 1 })).sort(byKey),
    );
    expect(events.filter((e) => e.dedupe_key.startsWith('PROFILE_STALE:'))).toEqual([
      { dedupe_key: expect.stringContaining(`PROFILE_STALE:${r2}:`), n: 1 },
    ]);
    const got = await db.query(
      `SELECT u.email, count(*)::int AS n, count(DISTINCT n.event_id)::int AS events FROM notifications n
         JOIN users u ON u.id = n.user_id WHERE n.event IN ('CERTIFICATION_EXPIRING', 'PROFILE_STALE')
        GROUP BY u.email ORDER BY u.email`,
    );
    expect(got).toEqual([
      { email: 'r1a@proc.test', n: 3, events: 3 },
      { email: 'r1b@proc.test', n: 3, events: 3 },
      { email: 'r2@proc.test', n: 2, events: 2 },
    ]);
  });

  it('two instances on one database deliver each event once per webhook and notify each recipient once', async () => {
    const [c, d] = instances;
    await hook(c, 's1', '/two/s1');
    await hook(d, 's3', '/two/s3');
    const paths = ['/kill/s1', '/kill/s2', HANG, '/two/s1', '/two/s3'];
    const mark = receiver.hits.length;
    const requests: string[] = [];
    for (let i = 0; i < 30; i += 6) requests.push(...(await Promise.all([c, d, c, d, c, d].map(openRequest))));
    const opened = await eventsOf(requests);

    const delivered = `SELECT count(*)::int FROM webhook_deliveries WHERE status = 'DELIVERED' AND event_id = ANY($1::uuid[])`;
    await until('every delivery DELIVERED', async () => (await one(delivered, [opened])) === 30 * paths.length, 90_000);
    await sleep(1000); // and nothing more arrives

    const mine = receiver.hits.slice(mark).filter((h) => opened.includes(h.delivery));
    const got = counts(mine.map((h) => pair(h.delivery, h.path)));
    const expected = opened.flatMap((e) => paths.map((p) => [pair(e, p), 1]));
    expect([...got].sort()).toEqual(expected.sort());
    expect(await recipients(opened)).toEqual(opened.sort().map((e) => ({ event_id: e, users: everyone() })));
  });

  it('two instances mail each notification once, in the recipient\u2019s language', async () => {
    const unmailed = `SELECT count(*)::int FROM notifications WHERE emailed_at IS NULL`;
    await until('every notification mailed', async () => (await one(unmailed)) === 0);
    await sleep(1000); // and nothing more arrives

    const expected = await db.query(
      `SELECT u.email, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        GROUP BY u.email ORDER BY u.email`,
    );
    const mails = counts(inbox.messages.flatMap((m) => m.to));
    expect([...mails].sort()).toEqual(expected.map((r) => [r.email, r.n]));
    const to = (email: string) => inbox.messages.filter((m) => m.to.includes(email));
    expect(new Set(to('s1@proc.test').map((m) => [m.subject, m.headers['content-language']].join(' | ')))).toEqual(
      new Set(['Nueva solicitud: Moldeo por inyección en Silao Complex | es']),
    );
    expect(new Set(to('s2@proc.test').map((m) => [m.subject, m.headers['content-language']].join(' | ')))).toEqual(
      new Set(['New request: Injection molding at Silao Complex | en']),
    );
  });
  it('sends a delivery that was in flight at the kill again when its lease ends: same Enlace-Delivery, signed', async () => {
    const mine = async () => (await deliveries()).find((d) => d.pair === pair(inFlight, HANG));
    await until(
      'the delivery in flight at the kill DELIVERED',
      async () => (await mine())?.status === 'DELIVERED',
      90_000,
    );
    const hits = receiver.hits.filter((h) => h.path === HANG && h.delivery === inFlight);
    expect(hits.map((h) => h.status)).toEqual([null, 200]); // the first never answered
    expect(await mine()).toMatchObject({ attempts: 1, response_status: 200 }); // the killed attempt was never recorded
    for (const h of receiver.hits) {
      expect(signedWith(h, secrets[h.path])).toBe(true);
      expect(JSON.parse(h.body)).toMatchObject({ id: h.delivery, type: 'SOURCING_REQUEST_OPENED' });
    }
  });
});

function byKey(a: { dedupe_key: string }, b: { dedupe_key: string }): number {
  return a.dedupe_key < b.dedupe_key ? -1 : a.dedupe_key > b.dedupe_key ? 1 : 0;
}
