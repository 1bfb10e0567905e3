import { expect, test } from '@playwright/test';
import { gql } from './support';

test.describe('language', () => {
  test('Spanish by default; the switch turns English on, is remembered, and ?lang= wins', async ({ page }) => {
    await page.goto('/suppliers');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
    await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier directory');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supplier directory');
    await expect(page.getByRole('button', { name: 'Español' })).toBeVisible();

    await page.goto('/login?lang=es');
    await expect(page.getByRole('button', { name: 'Entrar', exact: true })).toBeVisible();
    await expect(page.getByLabel('Correo electrónico')).toBeVisible();
    await page.goto('/login?lang=en');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page.getByLabel('Email')).toBeVisible();
    await expect(page.getByLabel('Password')).toBeVisible();
  });

  test('dates, numbers and process names follow the language', async ({ page, request }) => {
    const r = await gql<{
      suppliers: { edges: Array<{ node: { id: string; certifications: Array<{ expiresOn: string | null }> } }> };
    }>(
      request,
      '{ suppliers(filter: { certification: "IATF-16949", process: "injection-molding" }, first: 1) { edges { node { id certifications { expiresOn } } } } }',
    );
    const s = r.suppliers.edges[0].node;
    const expiry = s.certifications.map((c) => c.expiresOn).find((d): d is string => !!d)!;
    const day = new Date(`${expiry}T00:00:00Z`);
    const fmt = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
    await page.goto(`/suppliers/${s.id}?lang=es`);
    await expect(page.getByRole('table', { name: 'Certificados' })).toContainText(fmt('es-MX'));
    await expect(page.getByRole('table', { name: 'Capacidades' })).toContainText('Moldeo por inyección');
    await page.goto(`/suppliers/${s.id}?lang=en`);
    await expect(page.getByRole('table', { name: 'Certificates' })).toContainText(fmt('en-US'));
    await expect(page.getByRole('table', { name: 'Capabilities' })).toContainText('Injection molding');
  });
});
