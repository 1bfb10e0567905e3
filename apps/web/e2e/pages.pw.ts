// Every page, in both languages, on a desktop and on a 390 px-wide phone: no serious or critical
// axe-core violation, nothing wider than the screen, and a screenshot for people to look at.
import { expect, test, type Page } from '@playwright/test';
import {
  ADMIN,
  ANALYST,
  BUYER,
  expectAccessible,
  gql,
  plantNamed,
  screenshot,
  signIn,
  SUPPLIER,
  tokenFor,
} from './support';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

async function pagesToVisit(
  page: Page,
): Promise<Array<{ name: string; path: string; ready: (p: Page) => Promise<void>; as?: typeof ANALYST }>> {
  const request = page.request;
  const silao = await plantNamed(request, 'Silao Complex');
  const s = await gql<{ suppliers: { edges: Array<{ node: { id: string } }> } }>(
    request,
    '{ suppliers(filter: { certification: "IATF-16949" }, first: 1) { edges { node { id } } } }',
  );
  const token = await tokenFor(request, BUYER);
  const created = await gql<{ createSourcingRequest: { id: string } }>(
    request,
    'mutation($i: SourcingRequestInput!) { createSourcingRequest(input: $i) { id } }',
    { i: { plantId: silao.id, process: 'machining', requiredCertifications: ['IATF-16949'], annualVolume: 1200 } },
    token,
  );
  const gaps = await gql<{ capabilityGaps: Array<{ process: string; developmentCandidates: number }> }>(
    request,
    '{ capabilityGaps(input: { region: BAJIO }) { process developmentCandidates } }',
  );
  const gap = gaps.capabilityGaps.find((g) => g.developmentCandidates > 0) ?? gaps.capabilityGaps[0];
  const h1 = (p: Page) => expect(p.getByRole('heading', { level: 1 })).toBeVisible();
  return [
    { name: 'login', path: '/login', ready: h1 },
    {
      name: 'suppliers',
      path: '/suppliers',
      ready: (p) => expect(p.locator('.supplier-list li').first()).toBeVisible(),
    },
    { name: 'supplier', path: `/suppliers/${s.suppliers.edges[0].node.id}`, ready: h1 },
    { name: 'match-empty', path: '/match', ready: h1 },
    {
      name: 'match',
      path: `/match?plantId=${silao.id}&process=injection-molding&requiredCertifications=IATF-16949&maxDistanceKm=300`,
      ready: (p) => expect(p.locator('table.match-table tbody tr').first()).toBeVisible(),
    },
    { name: 'requests', path: '/requests', ready: (p) => expect(p.locator('table tbody tr').first()).toBeVisible() },
    { name: 'request-new', path: '/requests/new', ready: h1 },
    {
      name: 'request',
      path: `/requests/${created.createSourcingRequest.id}`,
      ready: (p) => expect(p.locator('table.match-table tbody tr').first()).toBeVisible(),
    },
    { name: 'not-found', path: '/no-such-page', ready: h1 },
    {
      name: 'gaps',
      path: '/gaps',
      ready: (p) => expect(p.locator('table.gap-table tbody tr').first()).toBeVisible(),
    },
    // A gap's detail is the analyst's (a buyer sees FORBIDDEN): the sweep signs in as the analyst for it.
    {
      name: 'gap',
      path: `/gaps/BAJIO/${gap.process}`,
      ready: (p) => expect(p.locator('table.candidate-table tbody tr').first()).toBeVisible(),
      as: ANALYST,
    },
  ];
}

for (const size of WIDTHS) {
  for (const lang of ['es', 'en'] as const) {
    test(`every page is accessible and fits (${lang}, ${size.name})`, async ({ browser }) => {
      test.setTimeout(240_000); // a dozen pages, two accounts, on a shared machine
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await signIn(page, BUYER);
      let signedIn: { email: string } = BUYER;
      for (const visit of await pagesToVisit(page)) {
        if (visit.as && visit.as !== signedIn) {
          await page.goto('/?lang=es'); // the sign-in helper reads the Spanish labels
          await signIn(page, visit.as);
          signedIn = visit.as;
        }
        await page.goto(`${visit.path}${visit.path.includes('?') ? '&' : '?'}lang=${lang}`);
        await visit.ready(page);
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${visit.path} (${lang}, ${size.name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${visit.path} is wider than the ${size.name} screen`).toBeLessThanOrEqual(0);
        await screenshot(page, `${visit.name}-${lang}-${size.name}`);
      }
      await context.close();
    });
  }
}

// The supplier's own profile and the admin pages, each with the account that may open it.
const ACCOUNT_PAGES = [
  { name: 'profile', who: SUPPLIER, path: '/profile', ready: '.profile-edit' },
  { name: 'admin-import', who: ADMIN, path: '/admin/import', ready: 'form.import-form' },
  { name: 'admin-users', who: ADMIN, path: '/admin/users', ready: 'table tbody tr' },
];

for (const size of WIDTHS) {
  for (const lang of ['es', 'en'] as const) {
    test(`the profile and admin pages are accessible and fit (${lang}, ${size.name})`, async ({ browser }) => {
      for (const visit of ACCOUNT_PAGES) {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
        const page = await context.newPage();
        await signIn(page, visit.who);
        await page.goto(`${visit.path}?lang=${lang}`);
        await expect(page.locator(visit.ready).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `${visit.path} (${lang}, ${size.name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${visit.path} is wider than the ${size.name} screen`).toBeLessThanOrEqual(0);
        await screenshot(page, `${visit.name}-${lang}-${size.name}`);
        await context.close();
      }
    });
  }
}

test('keyboard: skip link, visible focus, and the map moves with the arrow keys', async ({ page }) => {
  await page.goto('/suppliers');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  const svg = page.getByRole('region', { name: 'Mapa' }).getByRole('group', { name: 'Mapa de México' });
  await svg.focus();
  const view = page.locator('.map-svg > g').first();
  const before = await view.getAttribute('transform');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => view.getAttribute('transform')).not.toBe(before);
});
