// The first page's JavaScript (what /match loads before it is usable), gzipped, and how long /match
// takes to become usable from a cold cache; figures go to artifacts/web/perf.json.
import { expect, test } from '@playwright/test';
import * as zlib from 'zlib';
import { recordFigure } from './support';

const BUDGET_KB = 350;

// Tracing records the screen while a test runs; it would be measured too.
test.use({ trace: 'off' });

test('the first page of /match loads at most 350 KB of gzipped JavaScript and is usable quickly', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Array<{ url: string; raw: number; gzip: number }> = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('.js')) return;
    const body = await res.body().catch(() => null);
    if (body) scripts.push({ url: new URL(res.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body).length });
  });
  const started = Date.now();
  await page.goto('/match');
  await expect(page.getByRole('combobox', { name: 'Planta' }).locator('option').nth(2)).toBeAttached();
  await expect(page.getByRole('button', { name: 'Buscar proveedores' })).toBeEnabled();
  const usableMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const gzipKb = scripts.reduce((a, s) => a + s.gzip, 0) / 1024;
  const rawKb = scripts.reduce((a, s) => a + s.raw, 0) / 1024;
  recordFigure('matchFirstPage', {
    usableMs,
    scripts: scripts.length,
    gzipKb: Math.round(gzipKb * 10) / 10,
    rawKb: Math.round(rawKb * 10) / 10,
    files: scripts.map((s) => `${s.url} ${(s.gzip / 1024).toFixed(1)} KB`),
  });
  expect(gzipKb).toBeLessThanOrEqual(BUDGET_KB);
  await context.close();
});

test('a thousand markers pan and zoom smoothly', async ({ page }) => {
  await page.goto('/suppliers');
  await expect(page.locator('.supplier-list li').first()).toBeVisible();
  await expect(page.locator('.map-state').first()).toBeAttached();
  await page.waitForLoadState('networkidle');
  // Draw 1,000 markers the way the directory does, then time zoom steps.
  const frame = await page.evaluate(async () => {
    const markers = document.querySelector('.map-markers')!;
    const template = markers.querySelector('a')!;
    for (let i = markers.children.length; i < 1000; i++) {
      const a = template.cloneNode(true) as SVGAElement;
      const g = a.firstElementChild as SVGGElement;
      g.setAttribute('transform', `translate(${100 + ((i * 37) % 800)},${80 + ((i * 53) % 480)})`);
      markers.appendChild(a);
    }
    const svg = document.querySelector<SVGSVGElement>('.map-svg')!;
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: i < 10 ? -120 : 120,
          clientX: 500,
          clientY: 300,
          bubbles: true,
          cancelable: true,
        }),
      );
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { markers: markers.children.length, medianFrameMs: times[10], worstFrameMs: times[19] };
  });
  recordFigure('thousandMarkersZoom', frame);
  expect(frame.markers).toBeGreaterThanOrEqual(1000);
  expect(frame.medianFrameMs).toBeLessThan(100);
});
