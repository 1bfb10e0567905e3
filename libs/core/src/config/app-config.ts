import * as path from 'path';
import * as fs from 'fs';
import * as os from 'os';
import * as net from 'net';
import { checkEmail } from '../validation/text-rules';
import { isPublishedSecret } from './known-secrets';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** External PostgreSQL; when absent an embedded server runs under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** shared_buffers of the embedded PostgreSQL, in MB (EMBEDDED_PG_SHARED_BUFFERS_MB). */
  embeddedPgSharedBuffersMb: number;
  timezone: string;
  jwtSecret: string | null;
  jwtExpiresIn: string;
  adminEmail: string;
  adminPassword: string;
  seedDemo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dbPoolSize: number;
  statementTimeoutMs: number;
  /** GraphQL requests per client (IP) per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Failed logins per email, and per IP, within 15 minutes before login answers 429. */
  loginFailuresPerEmail: number;
  loginFailuresPerIp: number;
  /**
   * Express's `trust proxy`: false (the socket's address is the client), a hop count (the n-th
   * X-Forwarded-For entry from the right is the client) or the addresses/CIDRs of the proxies.
   */
  trustProxy: TrustProxy;
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | null;
  /** Browser origins allowed to call the API (CORS); empty = none. */
  corsOrigins: string[];
  /**
   * How long (ms) an instance trusts what it last read about a token's or API key's state (revoked,
   * user inactive); another instance's revocation takes effect here within this time. 0 = no cache.
   */
  authCacheTtlMs: number;
  /** How often (ms) an instance looks for events to turn into notifications; 0 = never (tests run it by hand). */
  notificationPollMs: number;
  /** Webhooks may target http:// URLs and private, loopback or link-local addresses (WEBHOOK_ALLOW_PRIVATE; tests). */
  webhookAllowPrivate: boolean;
  /** The first retry of a failed webhook delivery waits about this long (ms); each next one twice as long, up to an hour. */
  webhookRetryBaseMs: number;
  /** The built web app (WEB_DIR) the API serves at `/`; nothing is served when it holds no index.html. */
  webDir: string;
  /** API_WORKERS: processes serving the API on one port (Node's cluster); 1 = this process serves. */
  apiWorkers: number;
  /** E-mail of notifications (SMTP_URL, MAIL_FROM, PUBLIC_URL, DIGEST_HOUR). */
  mail: MailConfig;
}

export interface MailConfig {
  /** smtp:// or smtps:// URL of the mail server; null = nothing is mailed. */
  smtpUrl: string | null;
  /** The From header, e.g. `Enlace <no-reply@enlace.mx>`. */
  from: string;
  /** Where the web app is reached from a mail (links are this plus a path), without a trailing slash. */
  publicUrl: string;
  /** Local hour (APP_TIMEZONE, 0-23) from which the daily digest goes out. */
  digestHour: number;
}

export type TrustProxy = false | number | string[];

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${setting} ${reason}`);
    this.name = 'ConfigError';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');

type Env = Record<string, string | undefined>;

/**
 * Default shared_buffers of the embedded PostgreSQL: a quarter of the machine's memory (PostgreSQL's
 * usual advice), between 128 MB (its own default) and 1 GB. With 128 MB a database of a million
 * suppliers no longer keeps the ranking's rows and index in PostgreSQL's cache. The memory is
 * reserved, not used, until pages are read.
 */
export function defaultSharedBuffersMb(): number {
  return Math.max(128, Math.min(1024, Math.floor(os.totalmem() / 4 / 2 ** 20)));
}

function int(env: Env, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new ConfigError(name, `must be 1/0 or true/false, got "${env[name]}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], def: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/**
 * Production refuses the secrets and passwords anyone can read in this repository (README, demo
 * accounts, docker-compose.yml's former defaults): see PUBLISHED_SECRETS.
 */
function refusePublishedSecrets(jwtSecret: string | null, adminPassword: string, databaseUrl: string | null): void {
  const published = 'a value published in the Enlace repository (a development, demo or example default)';
  const advice = 'set a secret of your own when NODE_ENV=production';
  if (jwtSecret && isPublishedSecret(jwtSecret)) throw new ConfigError('JWT_SECRET', `is ${published}; ${advice}`);
  if (isPublishedSecret(adminPassword)) throw new ConfigError('ADMIN_PASSWORD', `is ${published}; ${advice}`);
  const dbPassword = databaseUrl ? urlPassword(databaseUrl) : '';
  if (dbPassword && isPublishedSecret(dbPassword)) {
    throw new ConfigError('DATABASE_URL', `has a password that is ${published}; ${advice}`);
  }
}

function urlPassword(url: string): string {
  const raw = new URL(url).password;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a stray % is taken literally
  }
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IPv4 or IPv6 address, optionally with a prefix length (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = net.isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset/0/false = no proxy; a whole number n = n proxies in front of the API (the
 * client is the n-th X-Forwarded-For address from the right, the one the outermost trusted proxy
 * saw); or a comma-separated list of proxy addresses/CIDRs (and Express's names loopback,
 * linklocal, uniquelocal): X-Forwarded-For is read from the right, skipping those. `true` is
 * refused: trusting every hop takes the left-most entry, which the client writes.
 */
function trustProxy(env: Env): TrustProxy {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === '0' || raw.toLowerCase() === 'false' || raw.toLowerCase() === 'no') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `must be a hop count between 0 and 10, got ${hops}`);
    return hops;
  }
  const entries = raw.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !PROXY_NAMES.has(e) && !isAddressOrCidr(e));
  if (bad !== undefined)
    throw new ConfigError(
      'TRUST_PROXY',
      `must be a hop count (e.g. 1) or a comma-separated list of proxy addresses/CIDRs (e.g. 10.0.0.0/8,loopback), got "${bad}"`,
    );
  return entries;
}

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (!/^[\x21-\x7e]{16,256}$/.test(raw))
    throw new ConfigError('METRICS_TOKEN', 'must be 16 to 256 printable characters without spaces');
  return raw;
}

/** CORS_ORIGINS: comma-separated origins (`https://app.example.com`), each scheme://host[:port] only. */
function corsOrigins(env: Env): string[] {
  const raw = (env.CORS_ORIGINS ?? '').trim();
  if (raw === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin)
      throw new ConfigError(
        'CORS_ORIGINS',
        `must list origins like https://app.example.com (no path), got "${origin}"`,
      );
    return origin;
  });
}

function smtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  // never echo the value: it may carry the mail server's password
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname)
    throw new ConfigError('SMTP_URL', 'must look like smtp://user:password@host:587 or smtps://user:password@host:465');
  return raw;
}

/** MAIL_FROM: an address, optionally with a display name (`Enlace <no-reply@enlace.mx>`). */
function mailFrom(env: Env): string {
  const raw = env.MAIL_FROM?.trim() || 'Enlace <no-reply@enlace.mx>';
  const address = /^[^<>\r\n]*<([^<>\s]+)>$/.exec(raw)?.[1] ?? raw;
  const checked = checkEmail(address);
  if (!checked.ok || !checked.value)
    throw new ConfigError(
      'MAIL_FROM',
      `must be an address, optionally with a name (Enlace <no-reply@enlace.mx>), got "${raw}"`,
    );
  return raw;
}

/** PUBLIC_URL: http(s)://host[:port][/path] the web app is reached at; default http://localhost:<PORT>. */
function publicUrl(env: Env, port: number): string {
  const raw = env.PUBLIC_URL?.trim() || `http://localhost:${port}`;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new ConfigError('PUBLIC_URL', `must be an http(s) URL like https://enlace.example.mx, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function mailConfig(env: Env, port: number): MailConfig {
  return {
    smtpUrl: smtpUrl(env),
    from: mailFrom(env),
    publicUrl: publicUrl(env, port),
    digestHour: int(env, 'DIGEST_HOUR', 7, 0, 23),
  };
}

/** Reads and validates the environment once; throws ConfigError naming the first bad setting. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');

  const databaseUrl: string | null = env.DATABASE_URL?.trim() || null;
  if (databaseUrl) {
    let u: URL;
    try {
      u = new URL(databaseUrl);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid URL (expected postgres://user@host:port/db)');
    }
    if (!['postgres:', 'postgresql:'].includes(u.protocol)) {
      throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got "${u.protocol}//"`);
    }
    if (!u.pathname || u.pathname === '/') throw new ConfigError('DATABASE_URL', 'must name a database');
  }

  const timezone = env.APP_TIMEZONE?.trim() || 'America/Mexico_City';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: timezone });
  } catch {
    throw new ConfigError('APP_TIMEZONE', `is not a known IANA time zone: "${timezone}"`);
  }

  const jwtSecret = env.JWT_SECRET?.trim() || null;
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  if (nodeEnv === 'production' && !jwtSecret)
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');

  const jwtExpiresIn = env.JWT_EXPIRES_IN?.trim() || '12h';
  if (!/^\d+[smhd]?$/.test(jwtExpiresIn)) {
    throw new ConfigError('JWT_EXPIRES_IN', `must look like 3600, 30m, 12h or 7d, got "${jwtExpiresIn}"`);
  }

  const adminEmail = env.ADMIN_EMAIL?.trim() || 'admin@enlace.local';
  const adminEmailCheck = checkEmail(adminEmail);
  if (!adminEmailCheck.ok || !adminEmailCheck.value)
    throw new ConfigError('ADMIN_EMAIL', `is not an email address: "${adminEmail}"`);
  const adminPassword = env.ADMIN_PASSWORD ?? 'enlace-admin-2026';
  if (adminPassword.length < 12) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 12 characters');
  if (nodeEnv === 'production' && env.ADMIN_PASSWORD === undefined) {
    throw new ConfigError('ADMIN_PASSWORD', 'is required when NODE_ENV=production (the development default is public)');
  }

  if (nodeEnv === 'production') refusePublishedSecrets(jwtSecret, adminPassword, databaseUrl);

  const dataDir = path.resolve(cwd, env.DATA_DIR?.trim() || '.data');
  if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) {
    throw new ConfigError('DATA_DIR', `is not a directory: ${dataDir}`);
  }

  const port = int(env, 'PORT', 3000, 0, 65535);
  return {
    nodeEnv,
    port,
    databaseUrl,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    embeddedPgSharedBuffersMb: int(env, 'EMBEDDED_PG_SHARED_BUFFERS_MB', defaultSharedBuffersMb(), 16, 1_048_576),
    timezone,
    jwtSecret,
    jwtExpiresIn,
    adminEmail: adminEmailCheck.value,
    adminPassword,
    seedDemo: bool(env, 'SEED_DEMO'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 15000, 0, 3_600_000),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', nodeEnv === 'test' ? 0 : 600, 0, 1_000_000),
    loginFailuresPerEmail: int(env, 'LOGIN_FAILURES_PER_EMAIL', 5, 1, 1000),
    loginFailuresPerIp: int(env, 'LOGIN_FAILURES_PER_IP', 20, 1, 10000),
    trustProxy: trustProxy(env),
    authCacheTtlMs: int(env, 'AUTH_CACHE_TTL_MS', nodeEnv === 'test' ? 0 : 3000, 0, 60_000),
    metricsToken: metricsToken(env),
    corsOrigins: corsOrigins(env),
    mail: mailConfig(env, port),
    webDir: path.resolve(cwd, env.WEB_DIR?.trim() || 'apps/web/dist'),
    notificationPollMs: int(env, 'NOTIFICATION_POLL_MS', nodeEnv === 'test' ? 0 : 1000, 0, 600_000),
    webhookAllowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE'),
    webhookRetryBaseMs: int(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 1, 3_600_000),
    apiWorkers: int(env, 'API_WORKERS', 1, 1, 64),
  };
}
