// "Ajustes": notification preferences saved and kept; an API key whose secret is shown once, works,
// and is revoked after a confirmation; a webhook created (https only on this server), listed with its
// deliveries, deleted; both languages, desktop and phone, with the axe check and screenshots.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ANALYST, expectAccessible, gql, screenshot, signIn, tokenFor, type GqlResult } from './support';

/** A public address written as an IP: accepted without DNS (the test machine has none), never called (no event reaches the analyst). */
const HOOK_URL = 'https://93.184.215.14/hook';

const unique = () => Math.random().toString(36).slice(2, 8);

async function openSettings(page: Page): Promise<void> {
  await signIn(page, ANALYST);
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Ajustes' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
}

async function myPreferences(request: APIRequestContext) {
  const token = await tokenFor(request, ANALYST);
  return (
    await gql<{ me: { language: string; emailDigest: boolean } }>(request, '{ me { language emailDigest } }', {}, token)
  ).me;
}

async function myWebhooks(request: APIRequestContext) {
  const token = await tokenFor(request, ANALYST);
  return (
    await gql<{ webhooks: Array<{ id: string; url: string; events: string[] }> }>(
      request,
      '{ webhooks { id url events } }',
      {},
      token,
    )
  ).webhooks;
}

test('an anonymous visitor is sent to sign in for /settings', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/login/);
});

test('notification preferences are saved and read back after a reload', async ({ page, request }) => {
  expect(await myPreferences(request)).toEqual({ language: 'ES', emailDigest: false });
  await openSettings(page);
  const language = page.getByLabel('Idioma de notificaciones y correos');
  const digest = page.getByRole('checkbox', { name: 'Resumen diario por correo' });
  await expect(language).toHaveValue('ES');
  await expect(digest).not.toBeChecked();
  await language.selectOption({ label: 'English' });
  await digest.check();
  await page.getByRole('button', { name: 'Guardar preferencias' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preferencias guardadas.' })).toBeVisible();
  expect(await myPreferences(request)).toEqual({ language: 'EN', emailDigest: true });

  await page.reload();
  await expect(language).toHaveValue('EN');
  await expect(digest).toBeChecked();
  await expectAccessible(page, '/settings');
  await screenshot(page, 'settings-preferences-es-desktop');

  // back to the defaults the other tests expect
  await language.selectOption('ES');
  await digest.uncheck();
  await page.getByRole('button', { name: 'Guardar preferencias' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preferencias guardadas.' })).toBeVisible();
  expect(await myPreferences(request)).toEqual({ language: 'ES', emailDigest: false });
});

test('an API key: its secret shown once and copied, it works, gone after a reload, revoked after confirming', async ({
  page,
  request,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openSettings(page);
  const name = `ERP e2e ${unique()}`;
  await page.getByLabel('Nombre de la llave').fill(name);
  await page.getByRole('button', { name: 'Crear llave' }).click();

  const box = page.getByRole('region', { name: 'Tu nueva llave de API' });
  await expect(box).toBeVisible();
  await expect(box).toContainText('no se volverá a mostrar');
  const secret = (await box.locator('code').textContent())!.trim();
  expect(secret.length).toBeGreaterThan(20);
  await box.getByRole('button', { name: 'Copiar' }).click();
  await expect(box.getByRole('status')).toHaveText('Copiado al portapapeles.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  // the secret is a working credential, with the analyst's identity
  expect((await gql<{ me: { email: string } }>(request, '{ me { email } }', {}, secret)).me.email).toBe(ANALYST.email);

  const table = page.getByRole('table', { name: 'Tus llaves de API' });
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Activa');
  const prefix = (await row.locator('code').textContent())!.replace('…', '');
  expect(secret.startsWith(prefix)).toBe(true);
  await screenshot(page, 'settings-key-created-es-desktop');

  await page.reload();
  await expect(row).toBeVisible();
  await expect(box).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(secret);

  await row.getByRole('button', { name: `Revocar la llave ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: '¿Revocar la llave?' });
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(row).toContainText('Activa');
  await row.getByRole('button', { name: `Revocar la llave ${name}` }).click();
  await dialog.getByRole('button', { name: 'Revocar llave' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revocada el');
  await expect(row.getByRole('button')).toHaveCount(0);
  const after = await request.post('/graphql', {
    data: { query: '{ me { email } }' },
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(((await after.json()) as GqlResult<unknown>).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('a webhook: refused fields named beside them, created with its secret, listed, deliveries, deleted', async ({
  page,
  request,
}) => {
  await openSettings(page);
  const url = page.getByLabel('URL', { exact: true });
  const events = page.getByRole('group', { name: 'Eventos' });
  const create = page.getByRole('button', { name: 'Crear webhook' });
  await expect(page.getByText('Enlace-Signature: t=…,v1=…')).toBeVisible();
  await expect(page.getByText('Enlace-Delivery', { exact: true })).toBeVisible();

  // no event chosen: the API names `events`, shown inside the group
  await url.fill(HOOK_URL);
  await create.click();
  await expect(events.getByRole('alert')).toContainText('at least one event');
  await expect(events).toHaveAccessibleDescription(/at least one event/);

  // http:// on a server without WEBHOOK_ALLOW_PRIVATE: refused on `url`, shown beside the field
  await events.getByRole('checkbox', { name: 'Nueva solicitud de abastecimiento' }).check();
  await events.getByRole('checkbox', { name: 'Webhook desactivado' }).check();
  await expect(events.getByRole('alert')).toHaveCount(0);
  await url.fill(HOOK_URL.replace('https:', 'http:'));
  await create.click();
  await expect(url).toHaveAccessibleDescription(/https:\/\//);
  await expect(page.getByRole('alert').filter({ hasText: 'must start with https://' })).toBeVisible();
  await expectAccessible(page, '/settings with field errors');
  await screenshot(page, 'settings-webhook-errors-es-desktop');

  await url.fill(HOOK_URL);
  await create.click();
  const box = page.getByRole('region', { name: 'Secreto de firma del webhook' });
  await expect(box).toContainText('no se volverá a mostrar');
  await expect(box.locator('code')).toHaveText(/^whsec_[0-9a-f]{64}$/);
  await expect(url).toHaveValue('');

  const item = page.getByRole('list', { name: 'Tus webhooks' }).getByRole('listitem').filter({ hasText: HOOK_URL });
  await expect(item).toContainText('Activo');
  await expect(item).toContainText('Nueva solicitud de abastecimiento, Webhook desactivado');
  expect(await myWebhooks(request)).toEqual([
    expect.objectContaining({ url: HOOK_URL, events: ['SOURCING_REQUEST_OPENED', 'WEBHOOK_DEACTIVATED'] }),
  ]);

  const deliveries = item.getByRole('button', { name: `Entregas de ${HOOK_URL}` });
  await expect(deliveries).toHaveAttribute('aria-expanded', 'false');
  await deliveries.click();
  await expect(deliveries).toHaveAttribute('aria-expanded', 'true');
  await expect(item.getByText('Aún no hay entregas.')).toBeVisible();
  await expectAccessible(page, '/settings with a webhook');
  await screenshot(page, 'settings-webhook-es-desktop');

  // in English: the events by their English names
  await page.goto('/settings?lang=en');
  const itemEn = page.getByRole('list', { name: 'Your webhooks' }).getByRole('listitem').filter({ hasText: HOOK_URL });
  await expect(itemEn).toContainText('Sourcing request opened, Webhook deactivated');
  await expect(itemEn).toContainText('Active');
  await itemEn.getByRole('button', { name: `Deliveries of ${HOOK_URL}` }).click();
  await expect(itemEn.getByText('No deliveries yet.')).toBeVisible();
  await screenshot(page, 'settings-webhook-en-desktop');

  await itemEn.getByRole('button', { name: `Delete the webhook ${HOOK_URL}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the webhook?' });
  await dialog.getByRole('button', { name: 'Delete webhook' }).click();
  await expect(itemEn).toHaveCount(0);
  await expect(page.getByText('You have no webhooks yet.')).toBeVisible();
  expect(await myWebhooks(request)).toEqual([]);
});

for (const size of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the settings page with a new key and webhook fits and is accessible (${size.name}, es and en)`, async ({
    browser,
    request,
  }) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await signIn(page, ANALYST);
    const token = await tokenFor(request, ANALYST);
    const key = await gql<{ createApiKey: { apiKey: { id: string } } }>(
      request,
      'mutation($n: String!) { createApiKey(name: $n) { apiKey { id } } }',
      { n: `Cuaderno ${unique()}` },
      token,
    );
    for (const lang of ['es', 'en'] as const) {
      await page.goto(`/settings?lang=${lang}`);
      // a webhook created in the page: its secret box on screen, its deliveries open
      await page.getByLabel('URL', { exact: true }).fill(HOOK_URL);
      await page
        .getByRole('group', { name: lang === 'es' ? 'Eventos' : 'Events' })
        .getByRole('checkbox')
        .first()
        .check();
      await page.getByRole('button', { name: lang === 'es' ? 'Crear webhook' : 'Create webhook' }).click();
      await expect(page.locator('.secret-box code')).toHaveText(/^whsec_/);
      const item = page.locator('.webhook-item').filter({ hasText: HOOK_URL });
      await item.getByRole('button', { name: lang === 'es' ? /^Entregas/ : /^Deliveries/ }).click();
      await expect(item.locator('.webhook-deliveries .empty')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `/settings (${lang}, ${size.name})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/settings is wider than the ${size.name} screen`).toBeLessThanOrEqual(0);
      await screenshot(page, `settings-${lang}-${size.name}`);
      for (const w of await myWebhooks(request))
        await gql(request, 'mutation($id: ID!) { deleteWebhook(id: $id) }', { id: w.id }, token);
    }
    await gql(request, 'mutation($id: ID!) { revokeApiKey(id: $id) }', { id: key.createApiKey.apiKey.id }, token);
    await context.close();
  });
}
