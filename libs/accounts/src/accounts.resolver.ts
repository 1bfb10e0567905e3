import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, Public, Role, Roles } from '@enlace/core';
import { AccountsService } from './users/accounts.service';
import { AuthPayload } from './models/auth-payload.model';
import { RegisterUserInput } from './dto/register-user.input';
import { CurrentCredential } from './auth/auth.guard';
import { Credential } from './auth/credential-verifier';

type Ctx = { req?: { ip?: string } };

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges an email and password for a bearer token' })
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() ctx: Ctx,
  ): Promise<AuthPayload> {
    return this.accounts.login(email, password, ctx.req?.ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, { description: 'Creates an account (ADMIN only); returns its id' })
  registerUser(@Args('input', { type: () => RegisterUserInput }) input: RegisterUserInput): Promise<string> {
    return this.accounts.register(input);
  }

  @Mutation(() => Boolean, {
    description: "Changes the caller's password; every other session (token) of the caller stops working",
  })
  changePassword(
    @Args('currentPassword', { type: () => String }) currentPassword: string,
    @Args('newPassword', { type: () => String }) newPassword: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentCredential() credential: Credential | null,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    return this.accounts.changePassword(principal, credential, currentPassword, newPassword, ctx.req?.ip);
  }
}
