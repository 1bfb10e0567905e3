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
  it('caches credential checks for 3 s by default, not at all under NODE_ENV=test', () => {
    expect(loadConfig({}, '/tmp').authCacheTtlMs).toBe(3000);
    expect(loadConfig({ NODE_ENV: 'test' }, '/tmp').authCacheTtlMs).toBe(0);
    expect(loadConfig({ AUTH_CACHE_TTL_MS: '500' }, '/tmp').authCacheTtlMs).toBe(500);
    bad({ AUTH_CACHE_TTL_MS: '2s' }, 'AUTH_CACHE_TTL_MS');
    bad({ AUTH_CACHE_TTL_MS: '600000' }, 'AUTH_CACHE_TTL_MS');
  });
});
