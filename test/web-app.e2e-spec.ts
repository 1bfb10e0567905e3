import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startTestApp, TestApp } from './support/test-app';

/** The API serves the built web app: files, index.html for app paths, never for its own paths. */
describe('web app served by the API', () => {
  let t: TestApp;
  let dir: string;
  const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head></html>';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enlace-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.mkdirSync(path.join(dir, 'maps'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dir, 'assets/app-1.js'), 'console.log(1);');
    fs.writeFileSync(path.join(dir, 'maps/mexico.topo.json'), '{"type":"Topology"}');
    t = await startTestApp({ WEB_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, accept = 'text/html') => fetch(`${t.baseUrl}${p}`, { headers: { accept } });

  it('answers app paths (deep links included) with index.html, not cached, under a strict CSP', async () => {
    for (const p of ['/', '/suppliers', '/match?plantId=abc&requiredCertifications=IATF-16949', '/requests/x/y']) {
      const res = await get(p);
      expect([p, res.status]).toEqual([p, 200]);
      expect(await res.text()).toBe(INDEX);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('serves built files, hashed assets cached for a year; a missing file is 404, not the app', async () => {
    const js = await get('/assets/app-1.js', '*/*');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/maps/mexico.topo.json', '*/*')).status).toBe(200);
    expect((await get('/assets/missing-2.js', '*/*')).status).toBe(404);
    expect((await get('/missing.png', '*/*')).status).toBe(404);
  });

  it('never answers the API paths with the app', async () => {
    const health = await get('/health');
    expect(health.headers.get('content-type')).toContain('application/json');
    expect((await get('/metrics')).headers.get('content-type')).toContain('text/plain');
    for (const p of ['/graphql', '/graphql/x', '/health/nothing', '/metrics/x']) {
      const res = await get(p);
      expect([p, await res.text()]).not.toEqual([p, INDEX]);
    }
    const gql = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ states { code } }' }),
    });
    expect(((await gql.json()) as { data: { states: unknown[] } }).data.states).toHaveLength(32);
  });

  it('does not answer non-HTML requests or other methods with the app', async () => {
    expect((await get('/suppliers', 'application/json')).status).toBe(404);
    const post = await fetch(`${t.baseUrl}/suppliers`, { method: 'POST', headers: { accept: 'text/html' } });
    expect(post.status).toBe(404);
  });

  it('says how to build the app when it is not built', async () => {
    const bare = await startTestApp({ WEB_DIR: path.join(dir, 'nothing-here') });
    try {
      const res = await fetch(`${bare.baseUrl}/match`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await bare.close();
    }
  });
});
