import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { APP_CONFIG, AppConfig, isUuid, Principal, Role } from '@enlace/core';

interface Claims {
  sub: string;
  email: string;
  role: Role;
  oem: string | null;
  sid: string | null;
  /** The token's own id (a UUID): what logout revokes. */
  jti: string;
  /** The user's session epoch when the token was issued (see users.session_epoch). */
  sep: number;
  iat: number;
  exp: number;
}

/** A verified token: who it names, and what identifies its session. */
export interface VerifiedToken extends Principal {
  jti: string;
  sessionEpoch: number;
  expiresAt: Date;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const ROLES = new Set<string>(Object.values(Role));

/** '3600' (seconds), '30m', '12h', '7d' -> seconds. */
export function parseExpiresIn(value: string): number {
  const m = /^(\d+)([smhd]?)$/.exec(value.trim());
  if (!m) throw new Error(`invalid expiry "${value}"`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

/**
 * Signs and verifies the API's bearer tokens: JWT with HS256 (RFC 7519), implemented on node's
 * crypto. The secret is JWT_SECRET; without it, a random secret generated once and kept in
 * `<DATA_DIR>/jwt-secret` (mode 600); under NODE_ENV=test a random secret per process.
 */
@Injectable()
export class TokenService {
  private readonly log = new Logger('Tokens');
  private secretValue: Buffer | null = null;
  private readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.ttlSeconds = parseExpiresIn(config.jwtExpiresIn);
  }

  private secret(): Buffer {
    if (this.secretValue) return this.secretValue;
    if (this.config.jwtSecret) this.secretValue = Buffer.from(this.config.jwtSecret, 'utf8');
    else if (this.config.nodeEnv === 'test') this.secretValue = processTestSecret();
    else this.secretValue = this.fileSecret();
    return this.secretValue;
  }

  private fileSecret(): Buffer {
    const file = path.join(this.config.dataDir, 'jwt-secret');
    fs.mkdirSync(this.config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(48).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
      this.log.log(`generated a JWT secret in ${file}`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = fs.readFileSync(file, 'utf8').trim();
    if (text.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to regenerate`);
    return Buffer.from(text, 'utf8');
  }

  /** Makes sure the secret is available (called at start so a bad secret file fails fast). */
  init(): void {
    this.secret();
  }

  get expiresInSeconds(): number {
    return this.ttlSeconds;
  }

  /** A new token (with a fresh id) for `p`, issued at `now` in the user's session epoch. */
  sign(p: Principal, now = Date.now(), sessionEpoch = 0): string {
    const iat = Math.floor(now / 1000);
    const claims: Claims = {
      sub: p.userId,
      email: p.email,
      role: p.role,
      oem: p.oem,
      sid: p.supplierId,
      jti: randomUUID(),
      sep: sessionEpoch,
      iat,
      exp: iat + this.ttlSeconds,
    };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /**
   * The principal a token names, or null when it is malformed, forged, of another algorithm or
   * expired. Whether its session was ended since is the CredentialVerifier's question.
   */
  verify(token: string, now = Date.now()): VerifiedToken | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [header, payload, signature] = parts;
    if (header !== HEADER) return null; // only HS256, exactly as we issue it ("alg": "none" and the like are refused)
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(`${header}.${payload}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const c = parseClaims(payload);
    if (!c || c.exp * 1000 <= now) return null;
    return {
      userId: c.sub,
      email: c.email,
      role: c.role,
      oem: c.oem ?? null,
      supplierId: c.sid ?? null,
      jti: c.jti,
      sessionEpoch: c.sep,
      expiresAt: new Date(c.exp * 1000),
    };
  }

  private mac(data: string): Buffer {
    return createHmac('sha256', this.secret()).update(data).digest();
  }
}

/** The claims of a signed payload, or null when any is missing or of the wrong type. */
function parseClaims(payload: string): Claims | null {
  let c: Partial<Claims> | null;
  try {
    c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims> | null;
  } catch {
    return null;
  }
  const valid =
    c !== null &&
    typeof c === 'object' &&
    typeof c.sub === 'string' &&
    typeof c.email === 'string' &&
    typeof c.role === 'string' &&
    ROLES.has(c.role) &&
    isUuid(c.jti) &&
    Number.isInteger(c.sep) &&
    typeof c.exp === 'number';
  return valid ? (c as Claims) : null;
}

let testSecret: Buffer | null = null;
function processTestSecret(): Buffer {
  testSecret ??= randomBytes(48);
  return testSecret;
}
