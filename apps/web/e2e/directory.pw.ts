import { expect, test } from '@playwright/test';
import { expectAccessible, gql, screenshot } from './support';

interface Page1 {
  suppliers: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
}

test.describe('supplier directory', () => {
  test('searches as you type (fuzzy, accents and typos), with the results on the map', async ({ page }) => {
    await page.goto('/suppliers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directorio de proveedores');
    const search = page.getByRole('searchbox', { name: 'Buscar' });
    await expect(search).toBeVisible();
    await search.pressSequentially('autopartes demo del bajio', { delay: 20 });
    await expect(page).toHaveURL(/search=autopartes/);
    const first = page.locator('.supplier-list li').first();
    await expect(first).toContainText('Autopartes Demo del Bajío');
    const map = page.getByRole('region', { name: 'Mapa' });
    await expect(map.getByRole('link', { name: 'Autopartes Demo del Bajío', exact: true })).toHaveCount(1);
    await expectAccessible(page, '/suppliers?search');
    await screenshot(page, 'suppliers-search-es');
  });

  test('filters by region and process like the API, pages with "more", and draws one marker per supplier shown', async ({
    page,
    request,
  }) => {
    await page.goto('/suppliers?region=BAJIO&process=injection-molding');
    const api = await gql<Page1>(
      request,
      'query($f: SupplierFilter) { suppliers(filter: $f, first: 50) { totalCount edges { node { id name } } } }',
      { f: { region: 'BAJIO', process: 'injection-molding' } },
    );
    const items = page.locator('.supplier-list li h3');
    await expect(items).toHaveCount(Math.min(50, api.suppliers.totalCount));
    expect(await items.allTextContents()).toEqual(api.suppliers.edges.map((e) => e.node.name));
    const markers = page.getByRole('region', { name: 'Mapa' }).getByRole('link');
    await expect(markers).toHaveCount(Math.min(50, api.suppliers.totalCount));
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(
      new Intl.NumberFormat('es-MX').format(api.suppliers.totalCount),
    );
    if (api.suppliers.totalCount > 50) {
      await page.getByRole('button', { name: /Mostrar más/ }).click();
      await expect(items).toHaveCount(Math.min(100, api.suppliers.totalCount));
      await expect(markers).toHaveCount(Math.min(100, api.suppliers.totalCount));
    }
    await screenshot(page, 'suppliers-bajio-es');
  });

  test('a supplier page shows the profile and a certificates table with status badges', async ({ page, request }) => {
    const r = await gql<Page1>(
      request,
      '{ suppliers(filter: { certification: "IATF-16949" }, first: 1) { totalCount edges { node { id name } } } }',
    );
    const s = r.suppliers.edges[0].node;
    await page.goto(`/suppliers/${s.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.name);
    const certs = page.getByRole('table', { name: 'Certificados' });
    await expect(certs).toBeVisible();
    await expect(certs.getByRole('row', { name: /IATF 16949/ }).first()).toContainText(/Vigente|Por vencer/);
    await expect(page.getByRole('region', { name: 'Mapa' }).getByRole('img', { name: s.name })).toHaveCount(1);
    // No contact details for an anonymous visitor.
    await expect(page.getByRole('heading', { name: 'Contacto' })).toHaveCount(0);
    await expectAccessible(page, '/suppliers/<id>');
    await screenshot(page, 'supplier-es');
  });

  test('an unknown supplier id says so', async ({ page }) => {
    await page.goto('/suppliers/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos este proveedor');
  });
});
