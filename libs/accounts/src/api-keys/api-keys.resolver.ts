import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal } from '@enlace/core';
import { ApiKey, CreatedApiKey } from '../models/api-key.model';
import { ApiKeysService } from './api-keys.service';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => [ApiKey], { description: "The caller's own keys: unrevoked first, newest first" })
  apiKeys(@CurrentPrincipal() principal: Principal): Promise<ApiKey[]> {
    return this.keys.list(principal);
  }

  @Mutation(() => CreatedApiKey, { description: 'A new key for the caller; the secret is shown this once' })
  createApiKey(
    @Args('name', { type: () => String }) name: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedApiKey> {
    return this.keys.create(principal, name);
  }

  @Mutation(() => Boolean, { description: 'Revokes a key (its owner or an ADMIN); false when it was revoked already' })
  revokeApiKey(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.keys.revoke(principal, id);
  }
}
