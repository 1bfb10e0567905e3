import { Injectable } from '@nestjs/common';
import { DomainError, Principal, requireUuid, Role } from '@enlace/core';
import { Credential, CredentialVerifier } from '../auth/credential-verifier';
import { UserRepository } from '../users/user.repository';
import { SessionRepository } from './session.repository';

/** Ending sessions: one token (logout) or all of a user's (revokeSessions). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly credentials: CredentialVerifier,
  ) {}

  /** Revokes the token the request came with; false when it came with an API key (see revokeApiKey). */
  async logout(principal: Principal, credential: Credential | null): Promise<boolean> {
    if (credential?.kind !== 'token') return false;
    await this.sessions.revoke(credential.jti, credential.expiresAt);
    this.credentials.forgetUser(principal.userId);
    return true;
  }

  /** Every token of the user issued until now stops working (ADMIN, or the user itself). */
  async revokeAll(principal: Principal, userId: string): Promise<boolean> {
    const id = requireUuid(userId, 'userId');
    if (principal.role !== Role.ADMIN && principal.userId !== id)
      throw DomainError.forbidden("Only an ADMIN may end another user's sessions");
    if (!(await this.users.endSessions(id, null))) throw DomainError.notFound('User', id, 'userId');
    this.credentials.forgetUser(id);
    return true;
  }
}
