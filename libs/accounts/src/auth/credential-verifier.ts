import { Inject, Injectable } from '@nestjs/common';
import { ACCESS_CHANNEL, APP_CONFIG, AppConfig, PgListener, Principal } from '@enlace/core';
import { ApiKeyOwnerRow, ApiKeyRepository } from '../api-keys/api-key.repository';
import { hashApiKeySecret, isApiKeySecret } from '../api-keys/api-key-secret';
import { SessionRepository, SessionState } from '../sessions/session.repository';
import { CredentialCache } from './credential-cache';
import { TokenService, VerifiedToken } from './token.service';

/** How a request authenticated: a login session's token, or an API key. */
export type Credential = { kind: 'token'; jti: string; expiresAt: Date } | { kind: 'apiKey'; keyId: string };

export interface Authenticated {
  principal: Principal;
  credential: Credential;
}

/** `lastUsedAt` of an API key is written at most this often. */
export const API_KEY_USE_INTERVAL_SECONDS = 60;

/** Whether a verified token's session is still open: its user is active and nothing ended it. */
export function sessionIsOpen(token: VerifiedToken, state: SessionState | null): boolean {
  if (!state || !state.active || state.revoked) return false;
  return token.sessionEpoch === state.session_epoch || token.jti === state.kept_session_jti;
}

/**
 * Turns a bearer credential into the principal it acts for, or null when it is not valid (any
 * more): a token whose signature, expiry and session check out, or an unrevoked API key of an
 * active user (acting with its owner's role). What the database says is cached for
 * AUTH_CACHE_TTL_MS; a change to a user's access, made through any instance, drops the user's
 * entries at once (ACCESS_CHANNEL); the TTL bounds staleness only while that notice is on its way.
 */
@Injectable()
export class CredentialVerifier {
  private readonly sessionCache: CredentialCache<SessionState | null>;
  private readonly keyCache: CredentialCache<ApiKeyOwnerRow>;

  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: SessionRepository,
    private readonly keys: ApiKeyRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    listener: PgListener,
  ) {
    this.sessionCache = new CredentialCache(config.authCacheTtlMs);
    this.keyCache = new CredentialCache(config.authCacheTtlMs);
    // another instance deactivated the user, ended their sessions or revoked a key: forget at once
    listener.listen(ACCESS_CHANNEL, (userId) => this.forgetUser(userId));
  }

  authenticate(credential: string): Promise<Authenticated | null> {
    return isApiKeySecret(credential) ? this.apiKey(credential) : this.token(credential);
  }

  /** Forgets what this process cached about a user's sessions and keys (after changing them). */
  forgetUser(userId: string): void {
    this.sessionCache.forgetUser(userId);
    this.keyCache.forgetUser(userId);
  }

  private async token(raw: string): Promise<Authenticated | null> {
    const token = this.tokens.verify(raw);
    if (!token) return null;
    const state = this.sessionCache.get(token.jti) ?? (await this.readSession(token));
    if (!sessionIsOpen(token, state)) return null;
    const { userId, email, role, oem, supplierId } = token;
    return {
      principal: { userId, email, role, oem, supplierId },
      credential: { kind: 'token', jti: token.jti, expiresAt: token.expiresAt },
    };
  }

  private async readSession(token: VerifiedToken): Promise<SessionState | null> {
    const state = await this.sessions.state(token.userId, token.jti);
    this.sessionCache.set(token.jti, token.userId, state);
    return state;
  }

  private async apiKey(secret: string): Promise<Authenticated | null> {
    const hash = hashApiKeySecret(secret);
    const cacheKey = hash.toString('base64url');
    const key = this.keyCache.get(cacheKey) ?? (await this.readKey(hash, cacheKey));
    if (!key?.active) return null;
    const used = await this.recordUse(key);
    if (used !== key) this.keyCache.update(cacheKey, used);
    return {
      principal: {
        userId: used.user_id,
        email: used.email,
        role: used.role,
        oem: used.oem,
        supplierId: used.supplier_id,
      },
      credential: { kind: 'apiKey', keyId: used.id },
    };
  }

  /** An unrevoked key by its hash (cached when found; unknown secrets are not remembered). */
  private async readKey(hash: Buffer, cacheKey: string): Promise<ApiKeyOwnerRow | null> {
    const key = await this.keys.findUsable(hash);
    if (key) this.keyCache.set(cacheKey, key.user_id, key);
    return key;
  }

  /** Writes `last_used_at` when the last recorded use is a minute old or more. */
  private async recordUse(key: ApiKeyOwnerRow): Promise<ApiKeyOwnerRow> {
    const last = key.last_used_at?.getTime() ?? 0;
    if (Date.now() - last < API_KEY_USE_INTERVAL_SECONDS * 1000) return key;
    const recorded = await this.keys.touch(key.id, API_KEY_USE_INTERVAL_SECONDS);
    return { ...key, last_used_at: recorded ?? new Date() };
  }
}
