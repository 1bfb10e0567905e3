import { expect, test } from '@playwright/test';
import { BUYER, expectAccessible, gql, plantNamed, screenshot, signIn, tokenFor } from './support';

test.describe('sourcing requests', () => {
  test('a buyer turns a query into a request, awards it after confirming, and sees the snapshot beside the live ranking', async ({
    page,
    request,
  }) => {
    const silao = await plantNamed(request, 'Silao Complex');
    await signIn(page, BUYER);
    await page.goto(`/match?plantId=${silao.id}&process=injection-molding&requiredCertifications=IATF-16949`);
    await expect(page.getByRole('table', { name: 'Proveedores recomendados' })).toBeVisible();
    await page.getByRole('link', { name: 'Crear solicitud con esta búsqueda' }).click();
    await expect(page).toHaveURL(/\/requests\/new\?/);
    await expect(page.getByRole('combobox', { name: 'Planta' })).toHaveValue(silao.id);
    await expect(page.getByRole('combobox', { name: 'Proceso' })).toHaveValue('injection-molding');
    await page.getByRole('spinbutton', { name: 'Volumen anual (piezas)' }).fill('50000');
    await expectAccessible(page, '/requests/new');
    await page.getByRole('button', { name: 'Crear solicitud' }).click();
    await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;

    // The live ranking is the API's matches for the request.
    const token = await tokenFor(request, BUYER);
    const api = await gql<{ sourcingRequest: { matches: Array<{ supplier: { name: string } }> } }>(
      request,
      'query($id: ID!) { sourcingRequest(id: $id) { matches(first: 20) { supplier { name } } } }',
      { id },
      token,
    );
    const live = page.getByRole('table', { name: 'Ranking en vivo' });
    await expect(live.locator('tbody tr')).toHaveCount(api.sourcingRequest.matches.length);
    expect(await live.locator('tbody th[scope="row"] a').allTextContents()).toEqual(
      api.sourcingRequest.matches.map((m) => m.supplier.name),
    );
    await expectAccessible(page, '/requests/<id> open');
    await screenshot(page, 'request-open-es');

    const winner = api.sourcingRequest.matches[1].supplier.name;
    await page.getByRole('button', { name: `Adjudicar a ${winner}` }).click();
    const dialog = page.getByRole('dialog', { name: '¿Adjudicar la solicitud?' });
    await expect(dialog).toContainText(winner);
    await expectAccessible(page, 'award confirmation');
    await dialog.getByRole('button', { name: 'Sí, adjudicar' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.page-head .badge')).toHaveText('Adjudicada');
    const snapshot = page.getByRole('table', { name: 'Ranking al adjudicar' });
    await expect(snapshot.getByRole('row', { name: new RegExp(winner) })).toContainText('Adjudicado');
    await expect(live).toBeVisible();
    await expect(page.getByRole('button', { name: /^Adjudicar a / })).toHaveCount(0);
    await screenshot(page, 'request-awarded-es');

    await page.getByRole('link', { name: 'Volver a las solicitudes' }).click();
    await page.getByRole('combobox', { name: 'Estado' }).selectOption('AWARDED');
    await expect(page).toHaveURL(/status=AWARDED/);
    await expect(
      page.getByRole('table', { name: 'Solicitudes' }).getByRole('row', { name: new RegExp(winner) }),
    ).toHaveCount(1);
    await expectAccessible(page, '/requests');
    await screenshot(page, 'requests-es');
  });

  test('"Nueva solicitud" opens a request that can be cancelled after confirming', async ({ page, request }) => {
    const silao = await plantNamed(request, 'Silao Complex');
    await signIn(page, BUYER);
    await page.goto('/requests');
    await page.getByRole('button', { name: 'Nueva solicitud' }).click();
    await expect(page).toHaveURL(/\/requests\/new$/);
    // A buyer is offered its own OEM's plants only.
    const plant = page.getByRole('combobox', { name: 'Planta' });
    await expect(plant.locator('option', { hasText: 'Silao Complex' })).toHaveCount(1);
    await expect(plant.locator('optgroup[label^="Ford"]')).toHaveCount(0);
    await plant.selectOption(silao.id);
    await page.getByRole('combobox', { name: 'Proceso' }).selectOption('stamping');
    await page.getByRole('button', { name: 'Crear solicitud' }).click();
    await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Cancelar solicitud' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sí, cancelar solicitud' }).click();
    await expect(page.locator('.page-head .badge')).toHaveText('Cancelada');
    await expect(page.getByRole('button', { name: 'Cancelar solicitud' })).toHaveCount(0);
  });
});
