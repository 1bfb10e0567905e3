import { createHmac } from 'crypto';
import { createServer, IncomingHttpHeaders, Server } from 'http';
import { AddressInfo } from 'net';
import { NotificationDispatcher, WebhookSender } from '@enlace/notifications';
import { WebhookDeliveriesRepository } from '@enlace/notifications/webhooks/webhook-deliveries.repository';
import { startTestApp, TestApp } from './support/test-app';
import { insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';

const CREATE = `mutation($url: String!, $events: [EventType!]!) { createWebhook(url: $url, events: $events) {
  secret webhook { id url events active createdAt } } }`;
const LIST = `{ webhooks { id url events active } }`;
const DELIVERIES = `query($id: ID!, $first: Int) { webhookDeliveries(webhookId: $id, first: $first) {
  id eventId event status attempts lastAttemptAt responseStatus } }`;
const DELETE = `mutation($id: ID!) { deleteWebhook(id: $id) }`;

interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: answers each path with its scripted statuses in turn (the last one repeats). */
async function startReceiver(): Promise<{ server: Server; url: string; hits: Hit[]; script: Map<string, number[]> }> {
  const hits: Hit[] = [];
  const script = new Map<string, number[]>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      hits.push({ path: req.url!, headers: req.headers, body });
      const statuses = script.get(req.url!) ?? [200];
      res.writeHead(statuses.length > 1 ? statuses.shift()! : statuses[0]).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, script };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('webhooks', () => {
  let t: TestApp;
  let dispatcher: NotificationDispatcher;
  let sender: WebhookSender;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const supplier: Record<string, string> = {};
  const token: Record<string, string> = {};

  const gqlOk = async (query: string, vars: Record<string, unknown>, as: string) => {
    const r = await t.gql(query, vars, as);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const create = async (as: string, path: string, events: string[]) =>
    (await gqlOk(CREATE, { url: receiver.url + path, events }, as)).createWebhook;
  const deliveries = async (as: string, id: string) => (await gqlOk(DELIVERIES, { id }, as)).webhookDeliveries;
  /** Records an event for a supplier's accounts, as the reminder job would, and dispatches it. */
  const happen = async (type: 'PROFILE_STALE' | 'CERTIFICATION_EXPIRING', supplierId: string): Promise<string> => {
    const payload = { supplierId, since: '2025-01-01', scheme: 'ISO-9001', days: '30', expiresOn: '2026-12-31' };
    const [e] = await t.db.query(`INSERT INTO events (type, payload) VALUES ($1, $2) RETURNING id`, [type, payload]);
    await dispatcher.dispatchAll();
    return e.id;
  };
  /** Runs the sender by hand until `done` holds (retries wait WEBHOOK_RETRY_BASE_MS and more). */
  const sendUntil = async (done: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await done()); i++) {
      await sender.deliverDue();
      await sleep(20);
    }
  };

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_RETRY_BASE_MS: '20' });
    dispatcher = t.app.get(NotificationDispatcher);
    sender = t.app.get(WebhookSender);
    receiver = await startReceiver();
    for (const k of ['a', 'b', 'c', 'd']) {
      supplier[k] = await insertSupplier(t.db);
      token[k] = await tokenFor(t, 'SUPPLIER', { supplierId: supplier[k] });
    }
  });
  afterAll(async () => {
    await new Promise((r) => receiver.server.close(r));
    await t.close();
  });

  it("creates, lists and deletes the caller's own webhooks; another's is not found", async () => {
    const created = await create(token.a, '/list', ['PROFILE_STALE', 'PROFILE_STALE']);
    expect(created.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(created.webhook).toMatchObject({ url: `${receiver.url}/list`, events: ['PROFILE_STALE'], active: true });
    expect((await gqlOk(LIST, {}, token.a)).webhooks).toEqual([
      { id: created.webhook.id, url: `${receiver.url}/list`, events: ['PROFILE_STALE'], active: true },
    ]);
    expect(JSON.stringify((await gqlOk(LIST, {}, token.a)).webhooks)).not.toContain(created.secret);
    expect((await gqlOk(LIST, {}, token.b)).webhooks).toEqual([]);
    for (const q of [DELETE, DELIVERIES]) {
      const theirs = await t.gql(q, { id: created.webhook.id }, token.b);
      expect(theirs.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    expect((await gqlOk(DELETE, { id: created.webhook.id }, token.a)).deleteWebhook).toBe(true);
    expect((await gqlOk(LIST, {}, token.a)).webhooks).toEqual([]);
    expect((await t.gql(DELETE, { id: created.webhook.id }, token.a)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(LIST, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty event list, a URL that is not http(s), and a bad page size, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ url: `${receiver.url}/x`, events: [] }, 'events'],
      [{ url: 'ftp://example.com/x', events: ['PROFILE_STALE'] }, 'url'],
      [{ url: 'not a url', events: ['PROFILE_STALE'] }, 'url'],
      [{ url: 'https://user:pw@example.com/', events: ['PROFILE_STALE'] }, 'url'],
    ];
    for (const [vars, field] of cases) {
      const r = await t.gql(CREATE, vars, token.a);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const w = await create(token.a, '/page', ['PROFILE_STALE']);
    const r = await t.gql(DELIVERIES, { id: w.webhook.id, first: 0 }, token.a);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    await gqlOk(DELETE, { id: w.webhook.id }, token.a);
  });

  it('retries 500, 500, 200: three signed POSTs with one Enlace-Delivery, then DELIVERED', async () => {
    const { secret, webhook } = await create(token.a, '/retry', ['PROFILE_STALE']);
    receiver.script.set('/retry', [500, 500, 200]);
    const eventId = await happen('PROFILE_STALE', supplier.a);
    const hits = () => receiver.hits.filter((h) => h.path === '/retry');
    await sendUntil(() => hits().length >= 3);
    await sleep(100);
    await sender.deliverDue();
    expect(hits()).toHaveLength(3);
    for (const h of hits()) {
      expect(h.headers['content-type']).toBe('application/json');
      expect(h.headers['enlace-delivery']).toBe(eventId);
      expect(h.headers['user-agent']).toMatch(/^Enlace-Webhooks\//);
      const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(h.headers['enlace-signature']))!;
      expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
      expect(v1).toBe(createHmac('sha256', secret).update(`${ts}.${h.body}`).digest('hex'));
      const body = JSON.parse(h.body);
      expect(body).toEqual({
        id: eventId,
        type: 'PROFILE_STALE',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        data: expect.objectContaining({ supplierId: supplier.a }),
      });
    }
    expect(await deliveries(token.a, webhook.id)).toEqual([
      expect.objectContaining({
        eventId,
        event: 'PROFILE_STALE',
        status: 'DELIVERED',
        attempts: 3,
        responseStatus: 200,
      }),
    ]);
    const [w] = await t.db.query(`SELECT failing_since FROM webhooks WHERE id = $1`, [webhook.id]);
    expect(w.failing_since).toBeNull();
  });

  it("delivers only the event types a webhook asked for, and only its owner's events", async () => {
    const { webhook } = await create(token.b, '/only', ['CERTIFICATION_EXPIRING']);
    await happen('PROFILE_STALE', supplier.b); // not asked for
    await happen('CERTIFICATION_EXPIRING', supplier.a); // not the owner's
    const mine = await happen('CERTIFICATION_EXPIRING', supplier.b);
    await sendUntil(() => receiver.hits.some((h) => h.path === '/only'));
    await sender.deliverDue();
    expect(receiver.hits.filter((h) => h.path === '/only').map((h) => h.headers['enlace-delivery'])).toEqual([mine]);
    expect((await deliveries(token.b, webhook.id)).map((d: { eventId: string }) => d.eventId)).toEqual([mine]);
  });

  it('two senders at once send each delivery once', async () => {
    await create(token.c, '/twice', ['PROFILE_STALE']);
    const ids = [await happen('PROFILE_STALE', supplier.c), await happen('PROFILE_STALE', supplier.c)];
    await Promise.all([sender.deliverDue(), sender.deliverDue(), sender.deliverDue()]); // each claims under a lease
    await sender.deliverDue();
    const got = receiver.hits.filter((h) => h.path === '/twice').map((h) => h.headers['enlace-delivery']);
    expect(got.sort()).toEqual([...ids].sort());
  });

  it('sends a delivery again once the lease of a sender that stopped after claiming it ends', async () => {
    await create(token.c, '/lease', ['CERTIFICATION_EXPIRING']);
    const eventId = await happen('CERTIFICATION_EXPIRING', supplier.c);
    const claimed = await t.app.get(WebhookDeliveriesRepository).claimDue(10, 60_000); // and then the sender dies
    expect(claimed.map((d) => d.event_id)).toEqual([eventId]);
    expect(await sender.deliverDue()).toBe(0);
    await t.db.query(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1`, [claimed[0].id]); // lease over
    expect(await sender.deliverDue()).toBe(1);
    expect(receiver.hits.filter((h) => h.path === '/lease').map((h) => h.headers['enlace-delivery'])).toEqual([
      eventId,
    ]);
  });

  it('gives up a delivery that has failed for 24 hours: FAILED', async () => {
    const { webhook } = await create(token.d, '/gone', ['PROFILE_STALE']);
    receiver.script.set('/gone', [503]);
    await happen('PROFILE_STALE', supplier.d);
    await t.db.query(`UPDATE webhook_deliveries SET created_at = now() - interval '25 hours' WHERE webhook_id = $1`, [
      webhook.id,
    ]);
    await sender.deliverDue();
    expect(await deliveries(token.d, webhook.id)).toEqual([
      expect.objectContaining({ status: 'FAILED', attempts: 1, responseStatus: 503 }),
    ]);
    await sleep(100);
    await sender.deliverDue();
    expect(receiver.hits.filter((h) => h.path === '/gone')).toHaveLength(1);
  });

  it('deactivates a webhook failing for 3 days, once, and tells its owner', async () => {
    const { webhook } = await create(token.d, '/down', ['PROFILE_STALE']);
    receiver.script.set('/down', [500]);
    await happen('PROFILE_STALE', supplier.d);
    await happen('PROFILE_STALE', supplier.d);
    await t.db.query(`UPDATE webhooks SET failing_since = now() - interval '3 days 1 minute' WHERE id = $1`, [
      webhook.id,
    ]);
    await sender.deliverDue();
    const [w] = await t.db.query(`SELECT active FROM webhooks WHERE id = $1`, [webhook.id]);
    expect(w.active).toBe(false);
    expect((await deliveries(token.d, webhook.id)).map((d: { status: string }) => d.status)).toEqual([
      'FAILED',
      'FAILED',
    ]);
    const events = await t.db.query(`SELECT payload FROM events WHERE type = 'WEBHOOK_DEACTIVATED'`);
    expect(events).toEqual([{ payload: expect.objectContaining({ webhookId: webhook.id, url: webhook.url }) }]);
    await dispatcher.dispatchAll();
    const notes = await t.gql(`{ notifications { edges { node { event title body link } } } }`, {}, token.d);
    expect(notes.data.notifications.edges[0].node).toEqual({
      event: 'WEBHOOK_DEACTIVATED',
      title: 'Webhook desactivado',
      body: expect.stringContaining(webhook.url),
      link: '/settings',
    });
    // an inactive webhook gets no new deliveries and nothing more is sent to it
    const before = receiver.hits.filter((h) => h.path === '/down').length;
    await happen('PROFILE_STALE', supplier.d);
    await sleep(50);
    await sender.deliverDue();
    expect(receiver.hits.filter((h) => h.path === '/down')).toHaveLength(before);
    expect(await deliveries(token.d, webhook.id)).toHaveLength(2);
  });
});

/** Without WEBHOOK_ALLOW_PRIVATE: nothing inside the operator's network, at creation or when sending. */
describe('webhooks without WEBHOOK_ALLOW_PRIVATE', () => {
  let t: TestApp;
  let owner: string;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '20' });
    owner = await tokenFor(t, 'OEM_BUYER');
  });
  afterAll(() => t.close());

  it.each([
    'http://example.com/hook',
    'https://10.0.0.1/hook',
    'https://127.0.0.1/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[fd00::1]/hook',
    'https://100.64.0.1/hook',
    'https://localhost/hook',
  ])('refuses %s with BAD_USER_INPUT on url', async (url) => {
    const r = await t.gql(CREATE, { url, events: ['SOURCING_REQUEST_AWARDED'] }, owner);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(r.errors![0].message).toMatch(/^url: /);
  });

  it('does not connect to a private address when sending, even by a host name (DNS rebinding)', async () => {
    const receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    const [user] = await t.db.query(`SELECT id FROM users WHERE role = 'OEM_BUYER' LIMIT 1`);
    const [event] = await t.db.query(
      `INSERT INTO events (type, payload, dispatched_at) VALUES ('SOURCING_REQUEST_AWARDED', '{}', now()) RETURNING id`,
    );
    for (const url of [`http://localhost:${port}/a`, `http://127.0.0.1:${port}/b`]) {
      const [w] = await t.db.query(
        `INSERT INTO webhooks (user_id, url, events, secret) VALUES ($1, $2, '{SOURCING_REQUEST_AWARDED}', 's') RETURNING id`,
        [user.id, url],
      );
      await t.db.query(`INSERT INTO webhook_deliveries (webhook_id, event_id) VALUES ($1, $2)`, [w.id, event.id]);
    }
    expect(await t.app.get(WebhookSender).deliverDue()).toBe(2);
    await new Promise((r) => receiver.server.close(r));
    expect(receiver.hits).toEqual([]);
    const rows = await t.db.query(`SELECT status, attempts, response_status FROM webhook_deliveries`);
    expect(rows).toEqual([
      { status: 'PENDING', attempts: 1, response_status: null },
      { status: 'PENDING', attempts: 1, response_status: null },
    ]);
  });
});
