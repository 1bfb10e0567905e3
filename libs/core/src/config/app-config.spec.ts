import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, loadConfig } from './app-config';
import { PUBLISHED_SECRETS } from './known-secrets';

const bad = (env: Record<string, string>, setting: string) => {
  try {
    loadConfig(env, '/tmp');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).setting).toBe(setting);
    expect((e as Error).message).toContain(setting);
    expect((e as Error).message.split('\n')).toHaveLength(1);
    return;
  }
  throw new Error(`expected ${setting} to be refused`);
};

describe('loadConfig', () => {
  it('has development defaults', () => {
    const c = loadConfig({}, '/tmp');
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: null,
      embeddedPgPort: 54329,
      nodeEnv: 'development',
      seedDemo: false,
      timezone: 'America/Mexico_City',
    });
    expect(c.dataDir).toBe('/tmp/.data');
    expect(c.webDir).toBe('/tmp/apps/web/dist');
    expect(loadConfig({ WEB_DIR: 'site' }, '/srv').webDir).toBe('/srv/site');
    expect(loadConfig({ ADMIN_EMAIL: ' Ops@Enlace.Example ' }, '/tmp').adminEmail).toBe('ops@enlace.example');
  });
  it('refuses bad settings with one line naming them', () => {
    bad({ PORT: 'eighty' }, 'PORT');
    bad({ PORT: '70000' }, 'PORT');
    bad({ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL');
    bad({ DATABASE_URL: 'not a url' }, 'DATABASE_URL');
    bad({ NODE_ENV: 'staging' }, 'NODE_ENV');
    bad({ SEED_DEMO: 'maybe' }, 'SEED_DEMO');
    bad({ APP_TIMEZONE: 'Mars/Olympus' }, 'APP_TIMEZONE');
    bad({ JWT_SECRET: 'short' }, 'JWT_SECRET');
    bad({ NODE_ENV: 'production', ADMIN_PASSWORD: 'a-long-enough-password' }, 'JWT_SECRET');
    bad({ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD');
    bad({ ADMIN_EMAIL: 'admin@localhost' }, 'ADMIN_EMAIL'); // the e-mail rule registerUser applies
    bad({ JWT_EXPIRES_IN: 'forever' }, 'JWT_EXPIRES_IN');
    bad({ EMBEDDED_PG_SHARED_BUFFERS_MB: '1GB' }, 'EMBEDDED_PG_SHARED_BUFFERS_MB');
    bad({ EMBEDDED_PG_SHARED_BUFFERS_MB: '8' }, 'EMBEDDED_PG_SHARED_BUFFERS_MB');
  });
  it('sizes the embedded shared_buffers from memory unless set', () => {
    const d = loadConfig({}, '/tmp').embeddedPgSharedBuffersMb;
    expect(d).toBeGreaterThanOrEqual(128);
    expect(d).toBeLessThanOrEqual(1024);
    expect(loadConfig({ EMBEDDED_PG_SHARED_BUFFERS_MB: '256' }, '/tmp').embeddedPgSharedBuffersMb).toBe(256);
  });
  it('caches credential checks for 3 s by default, not at all under NODE_ENV=test', () => {
    expect(loadConfig({}, '/tmp').authCacheTtlMs).toBe(3000);
    expect(loadConfig({ NODE_ENV: 'test' }, '/tmp').authCacheTtlMs).toBe(0);
    expect(loadConfig({ AUTH_CACHE_TTL_MS: '500' }, '/tmp').authCacheTtlMs).toBe(500);
    bad({ AUTH_CACHE_TTL_MS: '2s' }, 'AUTH_CACHE_TTL_MS');
    bad({ AUTH_CACHE_TTL_MS: '600000' }, 'AUTH_CACHE_TTL_MS');
  });
  it('keeps webhooks off private addresses unless WEBHOOK_ALLOW_PRIVATE, and retries from 30 s by default', () => {
    expect(loadConfig({}, '/tmp')).toMatchObject({ webhookAllowPrivate: false, webhookRetryBaseMs: 30_000 });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '1', WEBHOOK_RETRY_BASE_MS: '20' }, '/tmp')).toMatchObject({
      webhookAllowPrivate: true,
      webhookRetryBaseMs: 20,
    });
    bad({ WEBHOOK_ALLOW_PRIVATE: 'sometimes' }, 'WEBHOOK_ALLOW_PRIVATE');
    bad({ WEBHOOK_RETRY_BASE_MS: '0' }, 'WEBHOOK_RETRY_BASE_MS');
    bad({ WEBHOOK_RETRY_BASE_MS: '30s' }, 'WEBHOOK_RETRY_BASE_MS');
  });
});

describe('production refuses secrets published in the repository', () => {
  const root = path.resolve(__dirname, '../../../..');
  const own = {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-secret-of-our-own-with-more-than-32-characters',
    ADMIN_PASSWORD: 'an-admin-password-of-our-own',
  };

  it('accepts secrets of its own', () => {
    expect(
      loadConfig({ ...own, DATABASE_URL: 'postgres://enlace:s3cr3t-of-ours@db:5432/enlace' }, '/tmp'),
    ).toMatchObject({ nodeEnv: 'production', adminPassword: own.ADMIN_PASSWORD });
  });

  it('refuses every published value as the admin password, the JWT secret or the database password', () => {
    for (const secret of PUBLISHED_SECRETS) {
      if (secret.length >= 12) bad({ ...own, ADMIN_PASSWORD: secret }, 'ADMIN_PASSWORD');
      if (secret.length >= 32) bad({ ...own, JWT_SECRET: secret }, 'JWT_SECRET');
      bad({ ...own, DATABASE_URL: `postgres://enlace:${encodeURIComponent(secret)}@db:5432/enlace` }, 'DATABASE_URL');
    }
    bad({ ...own, ADMIN_PASSWORD: 'Enlace-Admin-2026' }, 'ADMIN_PASSWORD');
    bad({ ...own, JWT_SECRET: 'please-change-me-before-going-live-0123456789' }, 'JWT_SECRET');
  });

  it("covers the README's development and demo passwords", () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/`([a-z]+-[a-z]+-20\d\d)`/g)].map((m) => m[1]);
    expect(documented).toEqual(expect.arrayContaining(['enlace-admin-2026', 'demo-supplier-2026']));
    for (const password of documented) {
      expect(PUBLISHED_SECRETS).toContain(password);
      bad({ ...own, ADMIN_PASSWORD: password }, 'ADMIN_PASSWORD');
    }
  });

  it('still takes the development defaults outside production', () => {
    expect(loadConfig({}, '/tmp').adminPassword).toBe('enlace-admin-2026');
    expect(loadConfig({ NODE_ENV: 'test', ADMIN_PASSWORD: 'demo-admin-2026' }, '/tmp').adminPassword).toBe(
      'demo-admin-2026',
    );
  });

  it('docker-compose.yml has no default for a secret: compose stops when one is unset', () => {
    const compose = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    for (const name of ['JWT_SECRET', 'ADMIN_PASSWORD', 'DB_PASSWORD']) {
      const uses = [...compose.matchAll(new RegExp(`\\$\\{${name}(:?[-?+]?)`, 'g'))].map((m) => m[1]);
      expect(uses.length).toBeGreaterThan(0);
      expect(uses.every((op) => op === ':?')).toBe(true);
    }
    expect(compose).not.toMatch(/POSTGRES_PASSWORD: enlace|enlace:enlace@/);
  });
});

describe('proxy, metrics and CORS settings', () => {
  it('reads TRUST_PROXY as a hop count or a list of proxy addresses, never "trust everything"', () => {
    expect(loadConfig({}, '/tmp').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }, '/tmp').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }, '/tmp').trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }, '/tmp').trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,fd00::/8,loopback' }, '/tmp').trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      'loopback',
    ]);
    bad({ TRUST_PROXY: 'true' }, 'TRUST_PROXY');
    bad({ TRUST_PROXY: '11' }, 'TRUST_PROXY');
    bad({ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY');
    bad({ TRUST_PROXY: '10.0.0.0/8,proxy.example' }, 'TRUST_PROXY');
  });
  it('reads METRICS_TOKEN and CORS_ORIGINS', () => {
    expect(loadConfig({}, '/tmp')).toMatchObject({ metricsToken: null, corsOrigins: [] });
    const c = loadConfig(
      { METRICS_TOKEN: 'a-metrics-token-123', CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' },
      '/tmp',
    );
    expect(c).toMatchObject({
      metricsToken: 'a-metrics-token-123',
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
    });
    bad({ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN');
    bad({ METRICS_TOKEN: 'has a space in it somewhere' }, 'METRICS_TOKEN');
    bad({ CORS_ORIGINS: 'https://app.example.com/' }, 'CORS_ORIGINS');
    bad({ CORS_ORIGINS: 'app.example.com' }, 'CORS_ORIGINS');
    bad({ CORS_ORIGINS: '*' }, 'CORS_ORIGINS');
    bad({ CORS_ORIGINS: 'ftp://files.example.com' }, 'CORS_ORIGINS');
  });
});
