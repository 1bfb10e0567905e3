import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, Public, Role, Roles } from '@enlace/core';
import { User } from '../models/user.model';
import { UsersService } from './users.service';
import { NotificationPreferencesInput } from '../dto/notification-preferences.input';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly accounts: UsersService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The caller; null without a valid token or API key' })
  me(@CurrentPrincipal() principal: Principal | null): Promise<User | null> {
    return this.accounts.me(principal);
  }

  @Roles(Role.ADMIN)
  @Query(() => [User], {
    description: 'ADMIN: accounts by email, `first` at a time (default 20, at most 100) after the `after` user',
  })
  users(
    @Args('role', { type: () => Role, nullable: true }) role: Role | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<User[]> {
    return this.accounts.list(role, first, after);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: "ADMIN: an inactive user's tokens and API keys stop working at once" })
  setUserActive(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('active', { type: () => Boolean }) active: boolean,
    @CurrentPrincipal() principal: Principal,
  ): Promise<User> {
    return this.accounts.setActive(principal, userId, active);
  }

  @Roles(Role.ADMIN, Role.OEM_BUYER, Role.INVESTMENT_ANALYST, Role.SUPPLIER)
  @Mutation(() => User, {
    description:
      "Changes the caller's own notification preferences (language, daily e-mail digest); returns the account",
  })
  updateNotificationPreferences(
    @Args('input', { type: () => NotificationPreferencesInput }) input: NotificationPreferencesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<User> {
    return this.accounts.setPreferences(principal, input);
  }
}
