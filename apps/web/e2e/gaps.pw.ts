// The gap explorer against the API: the table is the API's capabilityGaps, the map shades every state,
// the CSV holds the table, a gap's detail is the analyst's (FORBIDDEN shown to buyers), the brief is a PDF.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import * as fs from 'fs';
import { ANALYST, BUYER, expectAccessible, gql, median, recordFigure, screenshot, signIn, tokenFor } from './support';

// Tracing records the screen while a test runs: the table's timing would measure it too (failures keep
// their screenshots).
test.use({ trace: 'off' });

interface Gap {
  region: string;
  process: string;
  plantsInRegion: number;
  demand: number;
  certifiedSuppliers: number;
  developmentCandidates: number;
  gapScore: number;
}
const GAPS = `query($input: GapInput) { capabilityGaps(input: $input) {
  region process plantsInRegion demand certifiedSuppliers developmentCandidates gapScore } }`;
const CANDIDATES = `query($r: Region!, $p: String!, $km: Float) {
  supplierDevelopmentCandidates(region: $r, process: $p, radiusKm: $km, first: 25) { supplier { id name } } }`;
const REGION_ES: Record<string, string> = {
  NORTH: 'Norte',
  BAJIO: 'Bajío',
  CENTER: 'Centro',
  WEST: 'Occidente',
  SOUTH: 'Sur',
};

async function gapsFor(request: APIRequestContext, input: Record<string, unknown>): Promise<Gap[]> {
  return (await gql<{ capabilityGaps: Gap[] }>(request, GAPS, { input })).capabilityGaps;
}

async function processNamesEs(request: APIRequestContext): Promise<Map<string, string>> {
  const r = await gql<{ processes: Array<{ code: string; nameEs: string }> }>(request, '{ processes { code nameEs } }');
  return new Map(r.processes.map((p) => [p.code, p.nameEs]));
}

/** The rows as the table shows them in Spanish: every cell's text. */
function expectedRows(gaps: Gap[], names: Map<string, string>): string[][] {
  const int = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat('es-MX', { style: 'percent', maximumFractionDigits: 0 });
  return gaps.map((g) => [
    REGION_ES[g.region],
    names.get(g.process)!,
    int.format(g.plantsInRegion),
    one.format(g.demand),
    int.format(g.certifiedSuppliers),
    int.format(g.developmentCandidates),
    pct.format(g.gapScore),
  ]);
}

const gapTable = (page: Page, name = 'Brechas de capacidad') => page.getByRole('table', { name, exact: true });
const shownRows = (page: Page) =>
  gapTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));

/** The top gap of a region that has development candidates (what an analyst would open first). */
async function gapWithCandidates(request: APIRequestContext, region: string): Promise<Gap> {
  const gap = (await gapsFor(request, { region })).find((g) => g.developmentCandidates > 0);
  if (!gap) throw new Error(`no gap with candidates in ${region}`);
  return gap;
}

test.describe('gap explorer', () => {
  test('the table is the API’s capabilityGaps for the URL’s filters, sortable, and the map shades all 32 states', async ({
    page,
    request,
  }) => {
    const names = await processNamesEs(request);
    await page.goto('/gaps');
    await page.getByRole('combobox', { name: 'Región' }).selectOption('BAJIO');
    const radius = page.getByRole('spinbutton', { name: 'Radio (km)' });
    await radius.fill('150');
    await radius.press('Enter');
    await expect(page).toHaveURL(/\/gaps\?region=BAJIO&radiusKm=150$/);

    const api = await gapsFor(request, { region: 'BAJIO', radiusKm: 150 });
    expect(api.length).toBeGreaterThan(0);
    await expect(gapTable(page).locator('tbody tr')).toHaveCount(api.length);
    expect(await shownRows(page)).toEqual(expectedRows(api, names));
    const links = await gapTable(page)
      .locator('tbody th a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(api.map((g) => `/gaps/BAJIO/${g.process}?radiusKm=150`));

    const map = page.getByRole('region', { name: 'Mapa' });
    await expect(map.locator('path.map-state')).toHaveCount(32);
    await expect(map.locator('path.map-state[class*="shade-"]')).toHaveCount(32);
    const worst = Math.min(4, Math.floor(Math.max(...api.map((g) => g.gapScore)) * 5));
    await expect(map.locator('path[data-state="MX-GUA"]')).toHaveClass(new RegExp(`shade-${worst}`));
    await expect(page.getByRole('table', { name: /Mapa de calor/ }).locator('tbody tr')).toHaveCount(1);

    // Sorting by demand (highest first), then back to the API's order by the gap column.
    const demandHeader = gapTable(page).getByRole('columnheader', { name: 'Demanda' });
    await demandHeader.getByRole('button').click();
    await expect(demandHeader).toHaveAttribute('aria-sort', 'descending');
    const byDemand = [...api].map((g, i) => ({ g, i })).sort((a, b) => b.g.demand - a.g.demand || a.i - b.i);
    expect(await shownRows(page)).toEqual(
      expectedRows(
        byDemand.map((x) => x.g),
        names,
      ),
    );
    const scoreHeader = gapTable(page).getByRole('columnheader', { name: 'Brecha' });
    await scoreHeader.getByRole('button').click();
    await expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await shownRows(page)).toEqual(expectedRows(api, names));

    await expectAccessible(page, '/gaps?region=BAJIO&radiusKm=150');
    await screenshot(page, 'gaps-bajio-es');
  });

  test('a gap’s page: anonymous users sign in, a buyer sees FORBIDDEN and no candidates', async ({ page, request }) => {
    const gap = await gapWithCandidates(request, 'BAJIO');
    const path = `/gaps/BAJIO/${gap.process}`;
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, BUYER);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Tu cuenta no tiene permiso para esto');
    await expect(page.getByRole('table', { name: 'Candidatos a desarrollo' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Descargar informe' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'el informe es para analistas' })).toBeVisible();
    await expectAccessible(page, `${path} as a buyer`);
    await screenshot(page, 'gap-buyer-es');
  });

  test('a gap’s page for the analyst: the API’s candidates, on the map with the plants, logistics and history', async ({
    page,
    request,
  }) => {
    const gap = await gapWithCandidates(request, 'BAJIO');
    const token = await tokenFor(request, ANALYST);
    const api = await gql<{ supplierDevelopmentCandidates: Array<{ supplier: { id: string; name: string } }> }>(
      request,
      CANDIDATES,
      { r: 'BAJIO', p: gap.process, km: 200 },
      token,
    );
    const expected = api.supplierDevelopmentCandidates.map((c) => c.supplier.name);
    expect(expected.length).toBeGreaterThan(0);
    await signIn(page, ANALYST);
    for (const [lang, size] of [
      ['es', { width: 1280, height: 900 }],
      ['en', { width: 1280, height: 900 }],
      ['es', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/gaps/BAJIO/${gap.process}?radiusKm=200&lang=${lang}`);
      const table = page.getByRole('table', {
        name: lang === 'es' ? 'Candidatos a desarrollo' : 'Development candidates',
      });
      await expect(table.locator('tbody tr')).toHaveCount(expected.length);
      expect(await table.locator('tbody th a').allTextContents()).toEqual(expected);
      const map = page.getByRole('region', { name: lang === 'es' ? 'Mapa' : 'Map' });
      for (const name of expected.slice(0, 5))
        await expect(map.getByRole('link', { name, exact: true })).toHaveCount(1);
      await expect(map.locator('.map-ring-emphasis').first()).toBeAttached();
      const logistics = page.getByRole('table', {
        name: lang === 'es' ? 'Puertos y cruces fronterizos' : 'Seaports and border crossings',
      });
      await expect(logistics.locator('tbody tr').first()).toBeVisible();
      await expect(page.getByText('npm run cli -- gaps snapshot --radius 200')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `gap page (${lang}, ${size.width})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `gap-analyst-${lang}-${size.width === 390 ? 'phone' : 'desktop'}`);
    }
  });
});

test.describe('gap explorer, timed', () => {
  test('all regions: the table within budget (p50 of 5 navigations), and the CSV holds its rows', async ({
    page,
    request,
  }) => {
    const names = await processNamesEs(request);
    const apiStarted = Date.now();
    const api = await gapsFor(request, {});
    const apiMs = Date.now() - apiStarted;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      await page.goto('/gaps');
      await expect(gapTable(page).locator('tbody tr').first()).toBeVisible();
      times.push(Date.now() - started);
    }
    const p50 = median(times);
    recordFigure('gapsTableMs', { p50, runs: times, rows: api.length, apiMs });
    await expect(gapTable(page).locator('tbody tr')).toHaveCount(api.length);
    expect(await shownRows(page)).toEqual(expectedRows(api, names));
    // One shape per state, each shaded.
    await expect(page.locator('path.map-state[class*="shade-"]')).toHaveCount(32);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, '/gaps is wider than the screen').toBeLessThanOrEqual(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('brechas-de-capacidad.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Región,Código de región,Proceso,Código de proceso,Plantas,Demanda,Proveedores certificados,Candidatos a desarrollo,Brecha (0 a 1)',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4))).toEqual(
      api.map((g) => [g.region, names.get(g.process), g.process]),
    );
    await expectAccessible(page, '/gaps');
    await screenshot(page, 'gaps-es');
    await page.goto('/gaps?lang=en');
    await expect(gapTable(page, 'Capability gaps').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Region' })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Radius (km)' })).toBeVisible();
    await expectAccessible(page, '/gaps?lang=en');
    await screenshot(page, 'gaps-en');
    // Last, so that a slow machine still checks the rest.
    expect(p50).toBeLessThanOrEqual(Number(process.env.WEB_GAPS_P50_MS ?? 1000));
  });
});

test('the brief downloads as a PDF with the region and its top gap, in Spanish and in English', async ({
  page,
  request,
}) => {
  const [top] = await gapsFor(request, { region: 'BAJIO', radiusKm: 150 });
  const p = await gql<{ processes: Array<{ code: string; name: string; nameEs: string }> }>(
    request,
    '{ processes { code name nameEs } }',
  );
  const process = p.processes.find((x) => x.code === top.process)!;
  // Anonymous: the API's FORBIDDEN beside the button, no download.
  await page.goto('/gaps?region=BAJIO&radiusKm=150');
  await page.getByRole('button', { name: 'Descargar informe' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'el informe es para analistas' })).toBeVisible();

  await signIn(page, ANALYST);
  for (const lang of ['es', 'en'] as const) {
    await page.goto(`/gaps?region=BAJIO&radiusKm=150&lang=${lang}`);
    const button = page.getByRole('button', { name: lang === 'es' ? 'Descargar informe' : 'Download brief' });
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    const file = await download.path();
    recordFigure(`gapBriefMs_${lang}`, Date.now() - started);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^enlace-brief-BAJIO-.*-${lang}\\.pdf$`));
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // the PDF's text, read with pdf.js (pdf-parse): no system tool needed
    const parser = new PDFParse({ data: bytes });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Bajío');
    expect(text).toContain(lang === 'es' ? process.nameEs : process.name);
    expect(text).toContain('150');
  }
  // The gap's page has the same button.
  await page.goto(`/gaps/BAJIO/${top.process}?radiusKm=150&lang=en`);
  await expect(page.getByRole('button', { name: 'Download brief' })).toBeVisible();
});
