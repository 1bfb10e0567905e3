import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal } from '@enlace/core';
import { CurrentCredential } from '../auth/auth.guard';
import { Credential } from '../auth/credential-verifier';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Mutation(() => Boolean, {
    description: 'Revokes the token it is called with (false when called with an API key: see revokeApiKey)',
  })
  logout(
    @CurrentPrincipal() principal: Principal,
    @CurrentCredential() credential: Credential | null,
  ): Promise<boolean> {
    return this.sessions.logout(principal, credential);
  }

  @Mutation(() => Boolean, {
    description: 'ADMIN, or the user itself: every token of the user issued before now stops working',
  })
  revokeSessions(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    return this.sessions.revokeAll(principal, userId);
  }
}
