// "Mi perfil": a SUPPLIER account edits its own profile; a save by an admin in between is a conflict
// that keeps the typing; certificates are added and removed; the profile is confirmed.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, BUYER, gql, screenshot, signIn, SUPPLIER, tokenFor } from './support';

interface Profile {
  id: string;
  version: number;
  name: string;
  city: string;
  contactPhone: string | null;
  profileConfirmedAt: string | null;
  certifications: Array<{ id: string; scheme: string }>;
}

async function demoProfile(request: APIRequestContext): Promise<Profile> {
  const token = await tokenFor(request, SUPPLIER);
  const me = await gql<{ me: { supplierId: string } }>(request, '{ me { supplierId } }', {}, token);
  const r = await gql<{ supplier: Profile }>(
    request,
    `query($id: ID!) { supplier(id: $id) { id version name city contactPhone profileConfirmedAt
       certifications { id scheme } } }`,
    { id: me.me.supplierId },
    token,
  );
  return r.supplier;
}

test('a supplier edits and saves, meets an admin save in between and keeps what it typed', async ({ page }) => {
  const before = await demoProfile(page.request);
  await signIn(page, SUPPLIER);
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Mi perfil' }).click();
  const name = page.getByLabel('Nombre', { exact: true });
  const city = page.getByLabel('Ciudad', { exact: true });
  await expect(name).toHaveValue(before.name);

  await city.fill('León de los Aldama');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cambios guardados' })).toBeVisible();
  const saved = await demoProfile(page.request);
  expect(saved.city).toBe('León de los Aldama');
  expect(saved.version).toBeGreaterThan(before.version);

  // An admin saves the same profile through the API while the form is open.
  const admin = await tokenFor(page.request, ADMIN);
  await gql(
    page.request,
    'mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { contactPhone: "477 555 0101" }) { version } }',
    { id: saved.id, v: saved.version },
    admin,
  );
  await name.fill('Autopartes Demo del Bajío Norte');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Alguien más guardó' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('row', { name: /Teléfono/ })).toContainText('477 555 0101');
  await expect(alert.getByRole('row', { name: /Nombre/ })).toContainText('Autopartes Demo del Bajío Norte');
  await expect(name).toHaveValue('Autopartes Demo del Bajío Norte');
  await screenshot(page, 'profile-conflict');
  expect((await demoProfile(page.request)).name).toBe(before.name);

  // Keep my change on top of theirs, then save: both survive.
  await alert.getByRole('button', { name: /Conservar mis cambios/ }).click();
  await expect(page.getByLabel('Teléfono', { exact: true })).toHaveValue('477 555 0101');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cambios guardados' })).toBeVisible();
  const after = await demoProfile(page.request);
  expect(after).toMatchObject({ name: 'Autopartes Demo del Bajío Norte', contactPhone: '477 555 0101' });

  // Put the demo profile back as it was for the other tests.
  await name.fill(before.name);
  await city.fill(before.city);
  await page.getByLabel('Teléfono', { exact: true }).fill(before.contactPhone ?? '');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cambios guardados' })).toBeVisible();
  expect(await demoProfile(page.request)).toMatchObject({ name: before.name, city: before.city });
});

test('a supplier adds a certificate (checked first), removes it after confirming, and confirms its profile', async ({
  page,
}) => {
  await signIn(page, SUPPLIER);
  await page.goto('/profile');
  const add = page.getByRole('button', { name: 'Agregar certificado' });
  await add.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Elige el esquema' })).toBeVisible();

  const form = page.locator('form.cert-form');
  await form.getByLabel('Esquema').selectOption('ISO-14001');
  await form.getByLabel('Número de certificado').fill('E2E-14001');
  await form.getByLabel('Organismo certificador').fill('Organismo E2E');
  await form.getByLabel('Fecha de emisión').fill('2026-03-01');
  await form.getByLabel('Fecha de vencimiento').fill('2025-03-01');
  await add.click();
  await expect(page.getByRole('alert').filter({ hasText: 'posterior a la emisión' })).toBeVisible();
  await form.getByLabel('Fecha de vencimiento').fill('2029-03-01');
  await add.click();

  const table = page.getByRole('table', { name: 'Certificados' });
  const row = table.getByRole('row', { name: /ISO 14001/ });
  await expect(row).toContainText('E2E-14001');
  await expect(row).toContainText('Vigente');
  expect((await demoProfile(page.request)).certifications.map((c) => c.scheme)).toContain('ISO-14001');

  await row.getByRole('button', { name: 'Quitar ISO 14001' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar el certificado?' });
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Quitar ISO 14001' }).click();
  await dialog.getByRole('button', { name: 'Quitar certificado' }).click();
  await expect(row).toHaveCount(0);
  expect((await demoProfile(page.request)).certifications.map((c) => c.scheme)).not.toContain('ISO-14001');

  await page.getByRole('button', { name: 'Confirmar perfil' }).click();
  await expect.poll(async () => (await demoProfile(page.request)).profileConfirmedAt).not.toBeNull();
  await expect(page.getByTestId('confirmed-at')).not.toHaveText('Nunca confirmado');
  await expect(page.getByText('no se ha confirmado en más de')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Historial de cambios' })).toContainText('Perfil confirmado');
});

test('a buyer cannot open /profile or the admin pages', async ({ page }) => {
  await signIn(page, BUYER);
  await expect(
    page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Mi perfil' }),
  ).toHaveCount(0);
  for (const path of ['/profile', '/admin', '/admin/import', '/admin/users']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText('otro tipo de cuenta');
  }
});

interface Impact {
  openRequestsNow: number;
  openRequestsWith: number;
  estimatedCostUsd: number;
  coFundedUsd: number;
  plants: Array<{
    process: string;
    rankNow: number | null;
    rankWith: number | null;
    plant: { id: string; name: string };
  }>;
}

test('the certification case shows the same figures as the API', async ({ page }) => {
  const profile = await demoProfile(page.request);
  const token = await tokenFor(page.request, SUPPLIER);
  const { certificationImpact: api } = await gql<{ certificationImpact: Impact }>(
    page.request,
    `query($id: ID!) { certificationImpact(supplierId: $id, scheme: "ISO-9001") {
       openRequestsNow openRequestsWith estimatedCostUsd coFundedUsd
       plants { process rankNow rankWith plant { id name } } } }`,
    { id: profile.id },
    token,
  );
  expect(api.plants.length).toBeGreaterThan(0);
  await signIn(page, SUPPLIER);
  await page.goto('/profile');
  // The demo profile holds IATF 16949, so it is not offered.
  const choose = page.getByLabel('Certificado a evaluar');
  await expect(choose.locator('option', { hasText: 'IATF 16949' })).toHaveCount(0);
  await choose.selectOption('ISO-9001');
  const table = page.getByRole('table', { name: 'Tu lugar por planta con ISO 9001' });
  await expect(table.locator('tbody tr')).toHaveCount(api.plants.length);
  const place = (rank: number | null) => (rank == null ? 'Fuera del top 100' : String(rank));
  for (const r of api.plants) {
    const row = table.locator(`tr[data-row="${r.plant.id}:${r.process}"]`);
    await expect(row.locator('[data-cell="now"]')).toHaveText(place(r.rankNow));
    await expect(row.locator('[data-cell="with"]')).toHaveText(place(r.rankWith));
  }
  const usd = (v: number) => `${new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 }).format(v)} USD`;
  await expect(page.getByTestId('case-requests')).toHaveText(
    `${api.openRequestsNow} hoy → ${api.openRequestsWith} con el certificado`,
  );
  await expect(page.getByTestId('case-cost')).toHaveText(usd(api.estimatedCostUsd));
  await expect(page.getByTestId('case-cofunded')).toHaveText(usd(api.coFundedUsd));
  const entering = api.plants.filter((r) => r.rankWith != null && r.rankWith <= 20 && (r.rankNow ?? 101) > 20);
  // Plant names repeat across OEMs (San Luis Potosí): compare the highlighted plants' names as a set.
  const highlighted = page.locator('.case-map .map-marker-plant.map-marker-selected');
  await expect(highlighted).toHaveCount(new Set(entering.map((r) => r.plant.id)).size);
  const names = await highlighted.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(new Set(names)).toEqual(new Set(entering.map((r) => r.plant.name)));
});
