// Browser tests of the web app against a running API: `npm run test:web` at the repository root
// builds everything, starts the API on a fresh test database and runs these with Debian's Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium; `apt-get install chromium`). Screenshots and traces go to
// artifacts/web/ (git-ignored).
import { defineConfig } from '@playwright/test';
import * as path from 'path';
import { fileURLToPath } from 'url';

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts/web');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.pw.ts',
  outputDir: path.join(artifacts, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: path.join(artifacts, 'results.json') }]],
  use: {
    baseURL: process.env.WEB_BASE_URL ?? 'http://127.0.0.1:3000',
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
