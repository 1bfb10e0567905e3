import { NotificationDispatcher, ReminderJob } from '@enlace/notifications';
import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';

const NOTES = `query($unreadOnly: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
  totalCount unreadCount pageInfo { hasNextPage endCursor } edges { node { id event title body link readAt } } } }`;
const CREATE = `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`;

/** Events through the outbox, once per target, in the recipient's language; reminders once per threshold. */
describe('notifications (outbox, in the app)', () => {
  let t: TestApp;
  let dispatcher: NotificationDispatcher;
  let buyer: string;
  let qualified: string;
  let unqualified: string;
  let silaoId: string;
  const ids: Record<string, string> = {};

  const notes = async (token: string, vars: Record<string, unknown> = {}) => {
    const r = await t.gql(NOTES, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data.notifications;
  };
  const pending = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM events WHERE dispatched_at IS NULL`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    dispatcher = t.app.get(NotificationDispatcher);
    ids.a = await insertSupplier(t.db, {
      ...SILAO,
      name: 'Califica SA',
      capabilities: [{ process: 'injection-molding' }],
      certifications: [IATF_VALID, { scheme: 'ISO-9001', issuedOn: daysFromToday(-300), expiresOn: daysFromToday(25) }],
      profileConfirmedAt: new Date(Date.now() - 200 * 86_400_000),
    });
    ids.b = await insertSupplier(t.db, {
      ...SILAO,
      name: 'Sin IATF SA',
      capabilities: [{ process: 'injection-molding' }],
    });
    qualified = await tokenFor(t, 'SUPPLIER', { supplierId: ids.a });
    unqualified = await tokenFor(t, 'SUPPLIER', { supplierId: ids.b });
    buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    const plants = (await t.gql(`{ plants(first: 100) { edges { node { id name } } } }`)).data.plants.edges;
    silaoId = plants.find((e: { node: { name: string } }) => e.node.name === 'Silao Complex').node.id;
  });
  afterAll(() => t.close());

  it('an opened request reaches the qualifying supplier once, in Spanish, and no one else', async () => {
    const before = await pending();
    const input = { plantId: silaoId, process: 'injection-molding', requiredCertifications: ['IATF-16949'] };
    const id = (await t.gql(CREATE, { i: input }, buyer)).data.createSourcingRequest.id;
    expect(await pending()).toBe(before + 1); // recorded with the request, in its transaction
    // refused input records nothing
    const bad = await t.gql(CREATE, { i: { ...input, annualVolume: -1 } }, buyer);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await pending()).toBe(before + 1);

    // two dispatchers at once (as two instances would): each event is taken once
    const taken = await Promise.all([dispatcher.dispatchAll(), dispatcher.dispatchAll()]);
    expect(taken[0] + taken[1]).toBe(before + 1);
    expect(await pending()).toBe(0);
    const mine = await notes(qualified);
    expect(mine.totalCount).toBe(1);
    expect(mine.unreadCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({
      event: 'SOURCING_REQUEST_OPENED',
      title: 'Nueva solicitud: Moldeo por inyección en Silao Complex',
      link: '/profile',
      readAt: null,
    });
    expect((await notes(unqualified)).totalCount).toBe(0);
    expect((await notes(buyer)).totalCount).toBe(0);
    expect(await dispatcher.dispatchAll()).toBe(0);
    expect((await notes(qualified)).totalCount).toBe(1);
    // what the dispatcher did is measured: GET /metrics
    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/enlace_notifications_written_total\{type="SOURCING_REQUEST_OPENED"\} [1-9]/);
    expect(metrics).toMatch(/enlace_notification_dispatch_seconds_count\{type="SOURCING_REQUEST_OPENED"\} [1-9]/);
    ids.request = id;
  });

  it('an award reaches the OEM buyers (in their language) and the awarded supplier', async () => {
    await t.db.query(`UPDATE users SET language = 'EN' WHERE role = 'OEM_BUYER'`);
    const r = await t.gql(
      `mutation($id: ID!, $s: ID!) { awardSourcingRequest(id: $id, supplierId: $s) { status } }`,
      { id: ids.request, s: ids.a },
      buyer,
    );
    expect(r.errors).toBeUndefined();
    await dispatcher.dispatchAll();
    const theirs = (await notes(buyer)).edges.map((e: { node: unknown }) => e.node);
    expect(theirs).toEqual([
      expect.objectContaining({
        event: 'SOURCING_REQUEST_AWARDED',
        title: 'Request awarded: Injection molding at Silao Complex',
        body: 'The request for Injection molding at Silao Complex was awarded to Califica SA.',
        link: `/requests/${ids.request}`,
      }),
    ]);
    const mine = await notes(qualified);
    expect(mine.edges[0].node).toMatchObject({ event: 'SOURCING_REQUEST_AWARDED', link: '/profile' });
    expect((await notes(unqualified)).totalCount).toBe(0);
  });

  it('reminds of an expiring certificate and a stale profile once, whatever the number of runs', async () => {
    const job = t.app.get(ReminderJob);
    const [first, second] = await Promise.all([job.run(), job.run()]); // one of them waits out the lock
    expect(first + second).toBe(2);
    expect(await job.run()).toBe(0);
    await dispatcher.dispatchAll();
    const events = (await notes(qualified)).edges.map((e: { node: { event: string; title: string } }) => e.node);
    expect(events.filter((n: { event: string }) => n.event === 'CERTIFICATION_EXPIRING')).toEqual([
      expect.objectContaining({ title: 'Su certificado ISO 9001 vence en 25 días' }),
    ]);
    expect(events.filter((n: { event: string }) => n.event === 'PROFILE_STALE')).toHaveLength(1);
    expect((await notes(unqualified)).totalCount).toBe(0); // its profile is new, nothing expires
  });

  it("marks read only the caller's own; unread filter and counts; pages newest first", async () => {
    const all = await notes(qualified);
    expect(all.totalCount).toBe(4);
    const [newest, ...rest] = all.edges.map((e: { node: { id: string } }) => e.node.id);
    const other = (await notes(buyer)).edges[0].node.id;
    const marked = await t.gql(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [newest, other] },
      qualified,
    );
    expect(marked.data.markNotificationsRead).toBe(1); // the buyer's is not the caller's
    expect((await notes(buyer)).unreadCount).toBe(1);
    const unread = await notes(qualified, { unreadOnly: true });
    expect(unread).toMatchObject({ totalCount: 3, unreadCount: 3 });
    expect(unread.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(rest);
    const page1 = await notes(qualified, { first: 2 });
    const page2 = await notes(qualified, { first: 2, after: page1.pageInfo.endCursor });
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([newest, ...rest]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const bad = await t.gql(`mutation { markNotificationsRead(ids: ["nope"]) }`, {}, qualified);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect((await t.gql(NOTES, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
