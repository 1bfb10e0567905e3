import { ConfigError, loadConfig } from './app-config';

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
