import { Injectable } from '@nestjs/common';
import {
  decodeCursor,
  DomainError,
  encodeCursor,
  isUuid,
  pageSize,
  Principal,
  requireUuid,
  Role,
  valueOrBadInput,
} from '@enlace/core';
import { CredentialVerifier } from '../auth/credential-verifier';
import { User } from '../models/user.model';
import { checkNotificationPreferences, NotificationPreferencesInput } from '../dto/notification-preferences.input';
import { UserPosition, UserRepository, UserRow } from './user.repository';

const SORT = 'users';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    active: row.active,
    supplierId: row.supplier_id,
    oem: row.oem,
    createdAt: row.created_at,
    language: row.language,
    emailDigest: row.email_digest,
    cursor: encodeCursor(SORT, [row.email, row.id]),
  };
}

/** Reading accounts and switching them on and off. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly credentials: CredentialVerifier,
  ) {}

  async me(principal: Principal | null): Promise<User | null> {
    const row = principal ? await this.users.byId(principal.userId) : null;
    return row ? toUser(row) : null;
  }

  /** Users in (email, id) order, `first` at a time (default 20, at most 100), after the `after` user. */
  async list(
    role: Role | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<User[]> {
    const limit = pageSize(first);
    const position = after ? await this.position(after) : null;
    return (await this.users.page(role ?? null, position, limit)).map(toUser);
  }

  /** `after` is a user's `cursor` (its sort keys and id) or simply its id. */
  private async position(after: string): Promise<UserPosition> {
    if (isUuid(after)) {
      const row = await this.users.byId(after.toLowerCase());
      if (!row) throw DomainError.badInput('after', 'names no user');
      return { email: row.email, id: row.id };
    }
    const [email, id] = decodeCursor(after, SORT, 2);
    if (typeof email !== 'string' || !isUuid(id)) throw DomainError.badInput('after', 'is not a valid cursor');
    return { email, id };
  }

  /**
   * Activates or deactivates an account (the resolver restricts this to ADMIN). A deactivated
   * user's tokens and keys are refused from the next request on this instance, and within
   * AUTH_CACHE_TTL_MS on the others; it cannot log in until activated again.
   */
  async setActive(principal: Principal, userId: string, active: boolean): Promise<User> {
    const id = requireUuid(userId, 'userId');
    if (id === principal.userId && !active)
      throw DomainError.badInput('active', 'an admin cannot deactivate their own account');
    const row = await this.users.setActive(id, active);
    if (!row) throw DomainError.notFound('User', id, 'userId');
    this.credentials.forgetUser(id);
    return toUser(row);
  }

  /** The caller's own language and digest option. */
  async setPreferences(principal: Principal, input: NotificationPreferencesInput): Promise<User> {
    const { language, emailDigest } = valueOrBadInput(checkNotificationPreferences(input), 'input');
    const row = await this.users.setPreferences(principal.userId, language, emailDigest);
    if (!row) throw DomainError.unauthenticated();
    return toUser(row);
  }
}
