import { Injectable } from '@nestjs/common';
import { DomainError, Principal, requireUuid, Role } from '@enlace/core';
import { CredentialVerifier } from '../auth/credential-verifier';
import { ApiKey, CreatedApiKey } from '../models/api-key.model';
import { newApiKeySecret } from './api-key-secret';
import { ApiKeyRepository, ApiKeyRow } from './api-key.repository';

/** Unrevoked keys one user may hold at once. */
export const MAX_ACTIVE_API_KEYS = 100;
/** `apiKeys` lists at most this many (every unrevoked key, then the most recently revoked). */
const LISTED_API_KEYS = 200;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** API keys: created by any user for themselves, revoked by their owner or an ADMIN. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly credentials: CredentialVerifier,
  ) {}

  /** A new key for the caller; its secret is returned here and never again. */
  async create(principal: Principal, rawName: string): Promise<CreatedApiKey> {
    const name = rawName.trim();
    if (!name) throw DomainError.badInput('name', 'must not be empty');
    if (name.length > 100) throw DomainError.badInput('name', 'must be at most 100 characters');
    const secret = newApiKeySecret();
    const row = await this.keys.insert(principal.userId, name, secret.prefix, secret.hash, MAX_ACTIVE_API_KEYS);
    if (!row)
      throw DomainError.conflict(`At most ${MAX_ACTIVE_API_KEYS} API keys may be active at once; revoke one first`);
    return { apiKey: toApiKey(row), secret: secret.secret };
  }

  async list(principal: Principal): Promise<ApiKey[]> {
    return (await this.keys.listFor(principal.userId, LISTED_API_KEYS)).map(toApiKey);
  }

  /** Revokes a key (its owner or an ADMIN); false when it was revoked already. */
  async revoke(principal: Principal, rawId: string): Promise<boolean> {
    const id = requireUuid(rawId, 'id');
    const key = await this.keys.byId(id);
    if (!key) throw DomainError.notFound('API key', id, 'id');
    if (key.user_id !== principal.userId && principal.role !== Role.ADMIN)
      throw DomainError.forbidden('Only its owner or an ADMIN may revoke an API key');
    const revoked = await this.keys.revoke(id);
    this.credentials.forgetUser(key.user_id);
    return revoked;
  }
}
