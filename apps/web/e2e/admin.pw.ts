// The admin's pages: a CSV import (dry run, then for real) shows the API's own report; accounts are
// registered, deactivated, reactivated and signed out, each after a confirmation.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, gql, screenshot, signIn, tokenFor } from './support';

interface Report {
  created: number;
  updated: number;
  unchanged: number;
  skipped: unknown[];
  errors: Array<{ line: number; field: string; message: string }>;
}

const REPORT = `mutation($csv: String!, $dry: Boolean) { importSuppliers(csv: $csv, format: ENLACE, dryRun: $dry) {
  created updated unchanged skipped { line } errors { line field message } } }`;

function smallCsv(tag: string): string {
  return [
    'source,source_id,name,state_code,city,lat,lng,capabilities',
    `e2e,${tag}-1,Inyectados E2E ${tag},MX-GUA,León,21.12,-101.68,injection-molding:PP`,
    `e2e,${tag}-2,Troquelados E2E ${tag},MX-QUE,Querétaro,20.59,-100.39,stamping:steel`,
    `e2e,${tag}-3,Fuera de México ${tag},MX-GUA,León,40.5,-101.68,`,
    `e2e,${tag}-4,,MX-GUA,León,21.1,-101.6,`,
  ].join('\n');
}

async function importInPage(page: Page, csv: string, dryRun: boolean) {
  await page
    .getByLabel('Archivo CSV')
    .setInputFiles({ name: 'e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByLabel('Formato').selectOption('ENLACE');
  await page.getByLabel('Simulación (sin guardar)').setChecked(dryRun);
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  const report = page.getByRole('region', { name: 'Resultado de la importación' });
  await expect(report).toContainText(dryRun ? 'Simulación' : 'Importación guardada');
  return report;
}

async function expectCounts(page: Page, r: Report) {
  const report = page.getByRole('region', { name: 'Resultado de la importación' });
  const counts = {
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped.length,
    errors: r.errors.length,
  };
  for (const [key, n] of Object.entries(counts))
    await expect(report.locator(`[data-count="${key}"]`)).toHaveText(String(n));
  for (const e of r.errors) {
    const row = report.getByRole('row').filter({ hasText: e.message });
    await expect(row.getByRole('cell').first()).toHaveText(String(e.line));
    await expect(row).toContainText(e.field);
  }
}

test('an admin runs a dry-run import, then a real one, and sees the API report; a dry run writes nothing', async ({
  page,
}) => {
  const token = await tokenFor(page.request, ADMIN);
  const csv = smallCsv(`t${Date.now()}`);
  const api = (dry: boolean) => gql<{ importSuppliers: Report }>(page.request, REPORT, { csv, dry }, token);
  const expected = (await api(true)).importSuppliers;
  expect(expected).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
  expect(expected.errors.map((e) => e.line).sort()).toEqual([4, 5]);

  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Administración' }).click();
  await page.getByRole('link', { name: 'Importar proveedores' }).click();
  await expect(page.getByLabel('Simulación (sin guardar)')).toBeChecked();
  await importInPage(page, csv, true);
  await expectCounts(page, expected);
  expect((await api(true)).importSuppliers.created).toBe(2);

  await importInPage(page, csv, false);
  await expectCounts(page, expected);
  await screenshot(page, 'admin-import-report');
  const again = (await api(true)).importSuppliers;
  expect(again).toMatchObject({ created: 0, unchanged: 2 });
});

test('an admin registers an account, deactivates, reactivates it and ends its sessions', async ({ page }) => {
  // Newer runs sort first by email, so the account is on the first page.
  const email = `a${String(1e13 - Date.now()).padStart(13, '0')}@e2e.example`;
  await signIn(page, ADMIN);
  await page.goto('/admin/users');
  const form = page.locator('form.register-form');
  await form.getByLabel('Correo electrónico de la cuenta').fill(email);
  await form.getByLabel(/Contraseña inicial/).fill('short');
  await form.getByLabel('Rol').selectOption('OEM_BUYER');
  await form.getByLabel('OEM').selectOption('General Motors');
  await form.getByRole('button', { name: 'Registrar cuenta' }).click();
  await expect(form.getByRole('alert')).toContainText('12');
  await form.getByLabel(/Contraseña inicial/).fill('una-clave-larga-2026');
  await form.getByRole('button', { name: 'Registrar cuenta' }).click();
  await expect(form.getByRole('status')).toContainText('Cuenta registrada');

  await page.getByLabel('Mostrar el rol').selectOption('OEM_BUYER');
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Activa');
  await row.getByRole('button', { name: `Desactivar ${email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Desactivar' }).click();
  await expect(row).toContainText('Inactiva');
  const login = await page.request.post('/graphql', {
    data: { query: `mutation { login(email: "${email}", password: "una-clave-larga-2026") { token } }` },
  });
  expect(JSON.stringify(await login.json())).toContain('errors');

  await row.getByRole('button', { name: `Reactivar ${email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reactivar' }).click();
  await expect(row).toContainText('Activa');
  const token = await tokenFor(page.request, { email, password: 'una-clave-larga-2026' });
  await row.getByRole('button', { name: `Cerrar sesiones de ${email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cerrar sesiones' }).click();
  await expect(row.getByRole('status')).toContainText('Sesiones cerradas');
  await expect(gql(page.request, '{ me { id } }', {}, token)).rejects.toThrow(/revoked/);

  await expect(page.getByRole('heading', { name: /sin confirmar en 180 días/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /vencen? en 90 días/ })).toBeVisible();
});
