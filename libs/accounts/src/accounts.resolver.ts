import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@enlace/core';
import { AccountsService } from './users/accounts.service';
import { AuthPayload } from './models/auth-payload.model';
import { RegisterUserInput } from './dto/register-user.input';

@Resolver()
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges an email and password for a bearer token' })
  login(
    @Args('email', { type: () => String }) email: string,
    @Args('password', { type: () => String }) password: string,
    @Context() ctx: { req?: { ip?: string } },
  ): Promise<AuthPayload> {
    return this.accounts.login(email, password, ctx.req?.ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, { description: 'Creates an account (ADMIN only); returns its id' })
  registerUser(@Args('input', { type: () => RegisterUserInput }) input: RegisterUserInput): Promise<string> {
    return this.accounts.register(input);
  }
}
