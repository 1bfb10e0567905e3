// Helpers for the browser tests: accounts, the API's own answers, the axe check, screenshots.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../artifacts/web');

/** Accounts created by SEED_DEMO=1 (README). */
export const BUYER = { email: 'buyer@demo.enlace.local', password: 'demo-buyer-2026', oem: 'General Motors' };
export const ADMIN = { email: 'admin@demo.enlace.local', password: 'demo-admin-2026' };
export const ANALYST = { email: 'analyst@demo.enlace.local', password: 'demo-analyst-2026' };
/** Edits the demo profile "Autopartes Demo del Bajío" (libs/accounts bootstrap). */
export const SUPPLIER = { email: 'supplier@demo.enlace.local', password: 'demo-supplier-2026' };

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico').fill(who.email);
  await page.getByLabel('Contraseña').fill(who.password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL request straight to the API (what any client of the API would get). */
export async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await res.json()) as GqlResult<T>;
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}

export async function tokenFor(request: APIRequestContext, who: { email: string; password: string }): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    request,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: who.email, p: who.password },
  );
  return r.login.token;
}

export interface PlantRow {
  id: string;
  name: string;
  oem: string;
  sourcedProcesses: string[];
}

export async function plantNamed(request: APIRequestContext, name: string): Promise<PlantRow> {
  const r = await gql<{ plants: { edges: Array<{ node: PlantRow }> } }>(
    request,
    '{ plants(first: 100) { edges { node { id name oem sourcedProcesses } } } }',
  );
  const plant = r.plants.edges.map((e) => e.node).find((p) => p.name === name);
  if (!plant) throw new Error(`no plant named ${name}`);
  return plant;
}

/** No serious or critical axe-core violation (WCAG 2.1 A and AA rules) on the page as it is. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, `axe on ${what}`).toEqual([]);
}

/** A full-page screenshot under artifacts/web/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(ARTIFACTS, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Appends a measured figure to artifacts/web/perf.json (read by BENCHMARKS.md's web section). */
export function recordFigure(name: string, value: unknown): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, 'perf.json');
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[name] = value;
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
