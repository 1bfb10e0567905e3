import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, TestApp } from './support/test-app';
import { insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';

const SUBSCRIBE = `subscription { notificationAdded { id event title link } }`;

interface Received {
  data?: { notificationAdded: { event: string; title: string } };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** notificationAdded over WebSocket (graphql-transport-ws on /graphql), fed by the dispatcher through LISTEN/NOTIFY. */
describe('notifications, live over WebSocket', () => {
  let t: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({ NOTIFICATION_POLL_MS: '100' });
  });
  afterAll(async () => {
    clients.forEach((c) => void c.dispose());
    await t.close();
  });

  /** Subscribes (or runs `query`) with `authorization`; collects what arrives and how the socket closed. */
  function subscribe(
    authorization: string | undefined,
    query = SUBSCRIBE,
  ): { got: Received[]; ready: Promise<void>; closed: Promise<number> } {
    const client = createClient({
      url: t.baseUrl.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      lazy: false,
      retryAttempts: 0,
    });
    clients.push(client);
    const got: Received[] = [];
    const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    client.subscribe(
      { query },
      {
        next: (v) => void got.push(v as Received),
        error: (e) => void got.push({ errors: [e as { message: string }] }),
        complete: () => undefined,
      },
    );
    return { got, ready, closed };
  }

  const until = async (check: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    return check();
  };

  it('a qualifying supplier hears of an opened request within 2 s; a non-qualifying one hears nothing', async () => {
    const a = await insertSupplier(t.db, {
      ...SILAO,
      capabilities: [{ process: 'injection-molding' }],
      certifications: [IATF_VALID],
    });
    const b = await insertSupplier(t.db, { ...SILAO, capabilities: [{ process: 'injection-molding' }] });
    const yes = subscribe(`Bearer ${await tokenFor(t, 'SUPPLIER', { supplierId: a })}`);
    const no = subscribe(`Bearer ${await tokenFor(t, 'SUPPLIER', { supplierId: b })}`);
    await Promise.all([yes.ready, no.ready]);
    await new Promise((r) => setTimeout(r, 200)); // the subscribe messages reach the server
    const plants = (await t.gql(`{ plants(first: 100) { edges { node { id name } } } }`)).data.plants.edges;
    const silao = plants.find((e: { node: { name: string } }) => e.node.name === 'Silao Complex').node.id;
    const buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    const started = Date.now();
    const r = await t.gql(
      `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`,
      { i: { plantId: silao, process: 'injection-molding', requiredCertifications: ['IATF-16949'] } },
      buyer,
    );
    expect(r.errors).toBeUndefined();
    expect(await until(() => yes.got.length > 0, 2000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(yes.got[0].data!.notificationAdded).toMatchObject({ event: 'SOURCING_REQUEST_OPENED' });
    await new Promise((r) => setTimeout(r, 500));
    expect(no.got).toEqual([]);
    expect(yes.got).toHaveLength(1);
  });

  it('refuses a subscription without a valid credential', async () => {
    const anon = subscribe(undefined);
    expect(await until(() => anon.got.length > 0, 2000)).toBe(true);
    const bad = subscribe('Bearer not-a-token');
    expect(await until(() => bad.got.length > 0, 2000)).toBe(true);
    for (const s of [anon, bad]) expect(JSON.stringify(s.got[0])).toContain('UNAUTHENTICATED');
  });

  it('closes the socket of a user who is deactivated (NOTIFY on enlace_access); the sockets of other users stay open', async () => {
    const a = await insertSupplier(t.db, { ...SILAO, capabilities: [{ process: 'injection-molding' }] });
    const b = await insertSupplier(t.db, { ...SILAO, capabilities: [{ process: 'injection-molding' }] });
    const leaving = await tokenFor(t, 'SUPPLIER', { supplierId: a });
    const staying = subscribe(`Bearer ${await tokenFor(t, 'SUPPLIER', { supplierId: b })}`);
    const gone = subscribe(`Bearer ${leaving}`);
    await Promise.all([staying.ready, gone.ready]);
    await new Promise((r) => setTimeout(r, 200));
    const me = (await t.gql(`{ me { id } }`, {}, leaving)).data.me.id;
    const admin = await tokenFor(t, 'ADMIN');
    const r = await t.gql(
      `mutation($u: ID!) { setUserActive(userId: $u, active: false) { active } }`,
      { u: me },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const code = await Promise.race([gone.closed, new Promise<number>((res) => setTimeout(() => res(-1), 2000))]);
    expect(code).toBe(4403);
    const still = await Promise.race([staying.closed, new Promise<number>((res) => setTimeout(() => res(-1), 500))]);
    expect(still).toBe(-1);
  });

  it('applies the query limits to operations over WebSocket, with the same error codes', async () => {
    const token = `Bearer ${await tokenFor(t, 'ADMIN')}`;
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooMany = subscribe(token, `{ ${aliases} }`);
    const pages = Array.from(
      { length: 25 },
      (_, i) =>
        `p${i}: suppliers(first: 100) { edges { node { id capabilities { process } certifications { scheme } } } }`,
    ).join(' ');
    const tooDear = subscribe(token, `{ ${pages} }`);
    const fine = subscribe(token, `{ __typename }`);
    expect(await until(() => [tooMany, tooDear, fine].every((s) => s.got.length > 0), 3000)).toBe(true);
    expect(JSON.stringify(tooMany.got[0])).toMatch(/too many aliases/);
    expect(JSON.stringify(tooDear.got[0])).toMatch(/too expensive/);
    for (const s of [tooMany, tooDear]) expect(JSON.stringify(s.got[0])).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(fine.got[0]).toEqual({ data: { __typename: 'Query' } });
  });
});
