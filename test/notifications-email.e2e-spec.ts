import { addDays, todayIn } from '@enlace/core';
import { DigestMailJob, ImmediateMailJob, NotificationDispatcher } from '@enlace/notifications';
import { startTestApp, TestApp } from './support/test-app';
import { insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { IATF_VALID, SILAO } from './support/gaps-fixtures';
import { Inbox, ReceivedMail, startInbox } from './support/mail-inbox';

const CREATE = `mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }`;
const PREFS = `mutation($i: NotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { id email language emailDigest } }`;
const ME = `{ me { email language emailDigest } }`;
const PUBLIC_URL = 'https://enlace.example.mx';

/** A qualifying supplier account (its own profile at Silao with a valid IATF) and its token and address. */
async function qualifyingSupplier(t: TestApp, name: string): Promise<{ token: string; email: string }> {
  const supplierId = await insertSupplier(t.db, {
    ...SILAO,
    name,
    capabilities: [{ process: 'injection-molding' }],
    certifications: [IATF_VALID],
  });
  const token = await tokenFor(t, 'SUPPLIER', { supplierId });
  const me = await t.gql(ME, {}, token);
  return { token, email: me.data.me.email };
}

async function silaoId(t: TestApp): Promise<string> {
  const plants = (await t.gql(`{ plants(first: 100) { edges { node { id name } } } }`)).data.plants.edges;
  return plants.find((e: { node: { name: string } }) => e.node.name === 'Silao Complex').node.id;
}

/** The local time `hh:mm` of a day in Mexico City (UTC-6 all year) as an instant. */
const mexicoCity = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00-06:00`);

/** E-mail of notifications through a real SMTP server: once each, in the recipient's language, or one daily digest. */
describe('notifications by e-mail', () => {
  let t: TestApp;
  let inbox: Inbox;
  let immediate: ImmediateMailJob;
  let digests: DigestMailJob;
  let dispatcher: NotificationDispatcher;
  let buyer: string;
  let plantId: string;
  const who: Record<'es' | 'en' | 'digest', { token: string; email: string }> = {} as never;

  const mailsTo = (email: string): ReceivedMail[] => inbox.messages.filter((m) => m.to.includes(email));
  const openRequest = async () => {
    const input = { plantId, process: 'injection-molding', requiredCertifications: ['IATF-16949'] };
    const r = await t.gql(CREATE, { i: input }, buyer);
    expect(r.errors).toBeUndefined();
    await dispatcher.dispatchAll();
  };
  const unmailed = async (email: string): Promise<number> =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.emailed_at IS NULL`,
        [email],
      )
    )[0].n;

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL });
    immediate = t.app.get(ImmediateMailJob);
    digests = t.app.get(DigestMailJob);
    dispatcher = t.app.get(NotificationDispatcher);
    buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    plantId = await silaoId(t);
    who.es = await qualifyingSupplier(t, 'Moldes del Bajío SA');
    who.en = await qualifyingSupplier(t, 'Bajío Plastics SA');
    who.digest = await qualifyingSupplier(t, 'Resumen Diario SA');
  });
  afterAll(async () => {
    await t.close();
    await inbox.stop();
  });

  it('sets the caller’s own language and digest option, ES and no digest by default', async () => {
    expect((await t.gql(ME, {}, who.en.token)).data.me).toMatchObject({ language: 'ES', emailDigest: false });
    const en = await t.gql(PREFS, { i: { language: 'EN' } }, who.en.token);
    expect(en.errors).toBeUndefined();
    expect(en.data.updateNotificationPreferences).toMatchObject({
      email: who.en.email,
      language: 'EN',
      emailDigest: false,
    });
    const digest = await t.gql(PREFS, { i: { emailDigest: true } }, who.digest.token);
    expect(digest.data.updateNotificationPreferences).toMatchObject({ language: 'ES', emailDigest: true });
    expect((await t.gql(ME, {}, who.en.token)).data.me).toMatchObject({ language: 'EN', emailDigest: false });
    expect((await t.gql(ME, {}, who.es.token)).data.me).toMatchObject({ language: 'ES', emailDigest: false });
  });

  it('refuses invalid preferences with BAD_USER_INPUT naming the field, and callers without a token', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'input'],
      [{ language: null }, 'input.language'],
      [{ emailDigest: null, language: 'EN' }, 'input.emailDigest'],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(PREFS, { i: input }, who.es.token);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0].message.startsWith(field)).toBe(true);
    }
    const french = await t.gql(PREFS, { i: { language: 'FR' } }, who.es.token);
    expect(french.status).toBe(400);
    expect(french.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(french.errors![0].message).toContain('language');
    const anonymous = await t.gql(PREFS, { i: { language: 'EN' } });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, who.es.token)).data.me).toMatchObject({ language: 'ES', emailDigest: false });
  });

  it('mails each notification once, in the recipient’s language, with a plain-text part; digest users get nothing yet', async () => {
    await openRequest();
    expect(await immediate.sendPending()).toBe(2);
    expect(await immediate.sendPending()).toBe(0); // once

    const [es] = mailsTo(who.es.email);
    expect(mailsTo(who.es.email)).toHaveLength(1);
    expect(es.subject).toBe('Nueva solicitud: Moldeo por inyección en Silao Complex');
    expect(es.headers.from).toContain('no-reply@enlace.mx');
    expect(es.headers['content-language']).toBe('es');
    expect(es.parts['text/plain']).toContain('General Motors abrió una solicitud de Moldeo por inyección');
    expect(es.parts['text/plain']).toContain(`Ver en Enlace: ${PUBLIC_URL}/profile`);
    expect(es.parts['text/plain']).toContain('preferencias de notificación');
    expect(es.parts['text/html']).toContain(`<a href="${PUBLIC_URL}/profile">Ver en Enlace</a>`);

    const [en] = mailsTo(who.en.email);
    expect(mailsTo(who.en.email)).toHaveLength(1);
    expect(en.subject).toBe('New request: Injection molding at Silao Complex');
    expect(en.headers['content-language']).toBe('en');
    expect(en.parts['text/plain']).toContain('General Motors opened a request for Injection molding');
    expect(en.parts['text/plain']).toContain(`Open in Enlace: ${PUBLIC_URL}/profile`);

    expect(mailsTo(who.digest.email)).toHaveLength(0);
    expect(await unmailed(who.es.email)).toBe(0);
    expect(await unmailed(who.digest.email)).toBe(1);
  });

  it('sends a digest user one mail a day from the digest hour, with all their notifications, on one instance', async () => {
    await openRequest(); // a second notification for everyone
    await immediate.sendPending();
    const today = todayIn('America/Mexico_City');
    expect(await digests.sendDigests(mexicoCity(today, '06:59'))).toBe(0); // before DIGEST_HOUR (7)
    const at8 = mexicoCity(today, '08:00');
    const sent = await Promise.all([digests.sendDigests(at8), digests.sendDigests(at8)]); // two instances
    expect(sent[0] + sent[1]).toBe(1);
    const [digest] = mailsTo(who.digest.email);
    expect(mailsTo(who.digest.email)).toHaveLength(1);
    expect(digest.subject).toMatch(/^Sus avisos de Enlace del .*: 2 avisos$/);
    expect(digest.parts['text/plain'].match(/Nueva solicitud: Moldeo por inyección en Silao Complex/g)).toHaveLength(2);
    expect(await unmailed(who.digest.email)).toBe(0);

    await openRequest(); // later the same day: kept for tomorrow's digest
    await immediate.sendPending();
    expect(await digests.sendDigests(mexicoCity(today, '20:00'))).toBe(0);
    expect(mailsTo(who.digest.email)).toHaveLength(1);
    expect(await digests.sendDigests(mexicoCity(addDays(today, 1), '07:30'))).toBe(1);
    expect(mailsTo(who.digest.email)).toHaveLength(2);
    expect(mailsTo(who.digest.email)[1].subject).toMatch(/: 1 aviso$/);
    expect(mailsTo(who.es.email)).toHaveLength(3); // a mail each for the others
  });

  it('keeps a notification unmailed while the SMTP server is down and mails it when it is back', async () => {
    await inbox.stop();
    const before = mailsTo(who.es.email).length;
    await openRequest();
    expect(await immediate.sendPending()).toBe(0); // no throw
    expect(await unmailed(who.es.email)).toBe(1);
    expect(await unmailed(who.en.email)).toBe(1);
    const retried = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE emailed_at IS NULL AND email_claimed_until > now() + interval '30 seconds'`,
    );
    expect(retried[0].n).toBe(1); // the one that failed waits for its retry; the rest of the batch was given back
    expect(await immediate.sendPending()).toBe(0); // the next round fails on the next one, still no throw

    await inbox.start();
    expect(await immediate.sendPending()).toBe(0); // not before the retry delay
    await t.db.query(
      `UPDATE notifications SET email_claimed_until = now() - interval '1 second' WHERE email_claimed_until IS NOT NULL`,
    );
    expect(await immediate.sendPending()).toBe(2);
    expect(mailsTo(who.es.email)).toHaveLength(before + 1);
    expect(await unmailed(who.es.email)).toBe(0);
  });

  it('does not mail notifications older than a day (turning SMTP on does not mail the history)', async () => {
    await openRequest();
    await t.db.query(`UPDATE notifications SET created_at = now() - interval '25 hours' WHERE emailed_at IS NULL`);
    expect(await immediate.sendPending()).toBe(0);
  });
});

describe('notifications by e-mail without SMTP_URL', () => {
  it('mails nothing and raises nothing', async () => {
    const inbox = await startInbox();
    const t = await startTestApp();
    try {
      const supplier = await qualifyingSupplier(t, 'Sin Correo SA');
      await t.gql(PREFS, { i: { emailDigest: true } }, await tokenFor(t, 'SUPPLIER'));
      const buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
      const input = { plantId: await silaoId(t), process: 'injection-molding', requiredCertifications: ['IATF-16949'] };
      expect((await t.gql(CREATE, { i: input }, buyer)).errors).toBeUndefined();
      expect(await t.app.get(NotificationDispatcher).dispatchAll()).toBe(1);
      expect(await t.app.get(ImmediateMailJob).sendPending()).toBe(0);
      expect(await t.app.get(DigestMailJob).sendDigests(mexicoCity(todayIn('America/Mexico_City'), '09:00'))).toBe(0);
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.emailed_at IS NULL`,
        [supplier.email],
      );
      expect(row.n).toBe(1);
      expect(inbox.messages).toHaveLength(0);
    } finally {
      await t.close();
      await inbox.stop();
    }
  });
});
