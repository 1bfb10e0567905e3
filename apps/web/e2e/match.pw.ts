import { expect, test, type Page } from '@playwright/test';
import { BUYER, expectAccessible, gql, median, plantNamed, recordFigure, screenshot, signIn } from './support';

const RANK = `query($input: MatchInput!) { rankSuppliers(input: $input) { score supplier { id name } } }`;
interface Ranked {
  rankSuppliers: Array<{ score: number; supplier: { id: string; name: string } }>;
}

const table = (page: Page, name = 'Proveedores recomendados') => page.getByRole('table', { name });
const rowNames = (page: Page) => table(page).locator('tbody th[scope="row"] a').allTextContents();

test.describe('matching', () => {
  test('ranks like the API (same names, same order), maps the plant and every supplier, and the URL reproduces it', async ({
    page,
    request,
  }) => {
    const silao = await plantNamed(request, 'Silao Complex');
    await signIn(page, BUYER);
    await page.goto('/match');
    await page.getByRole('combobox', { name: 'Planta' }).selectOption(silao.id);
    await page.getByRole('combobox', { name: 'Proceso' }).selectOption('injection-molding');
    const required = page.getByRole('group', { name: 'Certificaciones requeridas' });
    await expect(required.getByRole('checkbox', { name: 'IATF 16949', exact: true })).toBeChecked();
    await page.getByRole('spinbutton', { name: 'Distancia máxima (km)' }).fill('400');
    await page.getByRole('button', { name: 'Buscar proveedores' }).click();

    await expect(page).toHaveURL(
      new RegExp(
        `/match\\?plantId=${silao.id}&process=injection-molding&requiredCertifications=IATF-16949&maxDistanceKm=400`,
      ),
    );
    const api = await gql<Ranked>(request, RANK, {
      input: {
        plantId: silao.id,
        process: 'injection-molding',
        requiredCertifications: ['IATF-16949'],
        maxDistanceKm: 400,
      },
    });
    const expected = api.rankSuppliers.map((m) => m.supplier.name);
    expect(expected.length).toBeGreaterThan(0);
    await expect(table(page).locator('tbody tr')).toHaveCount(expected.length);
    expect(await rowNames(page)).toEqual(expected);
    // Scores as percentages, in rank order.
    const firstScore = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 0 }).format(
      api.rankSuppliers[0].score,
    );
    await expect(table(page).locator('tbody tr').first()).toContainText(firstScore);
    // The reasons in the page's language (the API's `reasons` are English), then in English.
    const firstRow = table(page).locator('tbody tr').first();
    await expect(firstRow).toContainText('de Silao Complex');
    await expect(firstRow).toContainText('IATF 16949 vigente');
    await expect(firstRow).not.toContainText('by truck');

    const map = page.getByRole('region', { name: 'Mapa' });
    for (const name of expected) await expect(map.getByRole('link', { name, exact: true })).toHaveCount(1);
    await expect(map.getByRole('img', { name: 'Planta Silao Complex' })).toHaveCount(1);
    await expectAccessible(page, '/match with results');
    await screenshot(page, 'match-es');

    // The same link in a fresh tab shows the same ranking.
    const link = page.url();
    const again = await page.context().newPage();
    await again.goto(link);
    await expect(table(again).locator('tbody tr')).toHaveCount(expected.length);
    expect(await rowNames(again)).toEqual(expected);
    await again.goto(`${link}&lang=en`);
    const firstEn = table(again, 'Recommended suppliers').locator('tbody tr').first();
    await expect(firstEn).toContainText('from Silao Complex');
    await expect(firstEn).toContainText('by truck');
    await again.close();
  });

  test('compares up to three suppliers side by side', async ({ page, request }) => {
    const silao = await plantNamed(request, 'Silao Complex');
    await page.goto(`/match?plantId=${silao.id}&process=injection-molding&requiredCertifications=IATF-16949`);
    await expect(table(page).locator('tbody tr').nth(3)).toBeVisible();
    const names = (await rowNames(page)).slice(0, 4);
    for (const name of names.slice(0, 3)) await page.getByRole('checkbox', { name: `Comparar ${name}` }).check();
    await expect(page.getByRole('checkbox', { name: `Comparar ${names[3]}` })).toBeDisabled();
    const compare = page.getByRole('table', { name: 'Comparación' });
    await expect(compare.getByRole('columnheader')).toHaveCount(3);
    for (const name of names.slice(0, 3)) await expect(compare.getByRole('columnheader', { name })).toBeVisible();
    await screenshot(page, 'match-compare-es');
  });

  test('shows the ranking within 300 ms of the click (p50)', async ({ browser, request }) => {
    // A context of its own without tracing (which records the screen and would be measured too).
    const context = await browser.newContext();
    const page = await context.newPage();
    const silao = await plantNamed(request, 'Silao Complex');
    const processes = silao.sourcedProcesses.slice(0, 9);
    const expected = new Map<string, string[]>();
    for (const process of processes) {
      const r = await gql<Ranked>(request, RANK, {
        input: { plantId: silao.id, process, requiredCertifications: ['IATF-16949'] },
      });
      expected.set(
        process,
        r.rankSuppliers.map((m) => m.supplier.name),
      );
    }
    await page.goto(`/match?plantId=${silao.id}&process=${processes[0]}&requiredCertifications=IATF-16949`);
    await expect(table(page)).toBeVisible();
    const times: number[] = [];
    for (const process of processes.slice(1)) {
      await page.getByRole('combobox', { name: 'Proceso' }).selectOption(process);
      const want = expected.get(process)!;
      const ms = await page.evaluate(async (names) => {
        const submit = document.querySelector<HTMLButtonElement>('form.criteria button[type="submit"]')!;
        const shown = () =>
          [...document.querySelectorAll('table.match-table tbody th[scope="row"] a')]
            .map((a) => a.textContent)
            .join('|');
        const empty = () => document.querySelector('.results .empty') !== null;
        return new Promise<number>((resolve) => {
          const start = performance.now();
          const done = () => (names.length ? shown() === names.join('|') : empty());
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          submit.click();
        });
      }, want);
      times.push(ms);
    }
    const p50 = median(times);
    recordFigure('rankingClickToResultsMs', { p50: Math.round(p50), runs: times.map(Math.round) });
    await context.close();
    // 300 ms is the target on a quiet machine; WEB_RANKING_P50_MS loosens it where others share the CPU.
    expect(p50).toBeLessThanOrEqual(Number(process.env.WEB_RANKING_P50_MS ?? 300));
  });
});
