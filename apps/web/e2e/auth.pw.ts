import { expect, test } from '@playwright/test';
import { ANALYST, BUYER, expectAccessible, gql, screenshot, signIn, type GqlResult } from './support';

test.describe('sign-in', () => {
  test('refuses a wrong password with an alert beside the form', async ({ page }) => {
    await page.goto('/login');
    await expectAccessible(page, '/login');
    await screenshot(page, 'login-es');
    await page.getByLabel('Correo electrónico').fill(BUYER.email);
    await page.getByLabel('Contraseña').fill('not-the-password');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('contraseña');
    await expect(page).toHaveURL(/\/login/);
  });

  test('a buyer lands on matching, sees what the role may use, and signs out (the token is revoked)', async ({
    page,
    request,
  }) => {
    await signIn(page, BUYER);
    await expect(page).toHaveURL(/\/match/);
    const nav = page.getByRole('navigation', { name: 'Principal' });
    await expect(nav.getByRole('link', { name: 'Directorio' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Emparejamiento' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Solicitudes' })).toBeVisible();
    const kept = await page.evaluate(() => sessionStorage.getItem('enlace.session'));
    expect(kept).toContain('OEM_BUYER');
    const token = (JSON.parse(kept!) as { token: string }).token;
    expect((await gql<{ me: { email: string } }>(request, '{ me { email } }', {}, token)).me.email).toBe(BUYER.email);
    const loggedOut = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('logout') === true,
    );
    await page.getByRole('button', { name: 'Salir' }).click();
    await expect(page).toHaveURL(/\/login/);
    expect(await page.evaluate(() => sessionStorage.getItem('enlace.session'))).toBeNull();
    // the token was revoked on the server, not only forgotten by the tab
    expect(((await (await loggedOut).json()) as { data: { logout: boolean } }).data.logout).toBe(true);
    const after = await request.post('/graphql', {
      data: { query: '{ me { email } }' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await after.json()) as GqlResult<unknown>).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(
      page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Solicitudes' }),
    ).toHaveCount(0);
  });

  test('an anonymous visitor is sent to sign in for requests, and back after', async ({ page }) => {
    await page.goto('/requests');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('alert')).toBeVisible();
    await page.getByLabel('Correo electrónico').fill(ANALYST.email);
    await page.getByLabel('Contraseña').fill(ANALYST.password);
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solicitudes de cotización');
    // Analysts read requests but do not open them.
    await expect(page.getByRole('button', { name: 'Nueva solicitud' })).toHaveCount(0);
  });

  test('an expired or revoked token returns to sign-in with a message', async ({ page }) => {
    await page.goto('/login');
    await page.evaluate(() =>
      sessionStorage.setItem(
        'enlace.session',
        JSON.stringify({
          token: 'x.eyJleHAiOjF9.y',
          role: 'OEM_BUYER',
          email: 'b@x',
          oem: null,
          supplierId: null,
          expiresAt: null,
        }),
      ),
    );
    await page.goto('/suppliers');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('alert')).toContainText('sesión expiró');
    expect(await page.evaluate(() => sessionStorage.getItem('enlace.session'))).toBeNull();
  });
});
