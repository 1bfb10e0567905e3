// The header's bell: a request the supplier qualifies for reaches it (through the API's outbox and
// dispatcher), with the unread count, and can be marked read.
import { expect, test } from '@playwright/test';
import { ADMIN, expectAccessible, gql, plantNamed, screenshot, signIn, SUPPLIER, tokenFor } from './support';

test('a supplier sees a new request it qualifies for in the bell and marks it read', async ({ page, request }) => {
  const supplierToken = await tokenFor(request, SUPPLIER);
  const me = await gql<{ me: { supplierId: string } }>(request, '{ me { supplierId } }', {}, supplierToken);
  const profile = await gql<{ supplier: { capabilities: Array<{ process: string }> } }>(
    request,
    'query($id: ID!) { supplier(id: $id) { capabilities { process } } }',
    { id: me.me.supplierId },
  );
  const silao = await plantNamed(request, 'Silao Complex');
  await gql(
    request,
    'mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }',
    { i: { plantId: silao.id, process: profile.supplier.capabilities[0].process, requiredCertifications: [] } },
    await tokenFor(request, ADMIN),
  );

  await signIn(page, SUPPLIER);
  const bell = page.getByRole('button', { name: /^Notificaciones \(\d+ sin leer\)$/ });
  await expect(async () => {
    await page.reload();
    await expect(bell).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await bell.click();
  const panel = page.getByRole('region', { name: 'Notificaciones' });
  await expect(panel.getByText('Nueva solicitud:', { exact: false }).first()).toBeVisible();
  await expectAccessible(page, 'notifications panel');
  await screenshot(page, 'notifications-es');
  await panel.getByRole('button', { name: 'Marcar como leídas' }).click();
  await expect(page.getByRole('button', { name: 'Notificaciones', exact: true })).toBeVisible();
  const after = await gql<{ notifications: { unreadCount: number } }>(
    request,
    '{ notifications(first: 1) { unreadCount } }',
    {},
    supplierToken,
  );
  expect(after.notifications.unreadCount).toBe(0);
});
