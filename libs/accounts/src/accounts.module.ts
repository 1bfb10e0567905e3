import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SuppliersModule } from '@enlace/suppliers';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { LoginThrottle } from './auth/login-throttle';
import { AccountsBootstrap } from './bootstrap/accounts.bootstrap';
import { UserRepository } from './users/user.repository';
import { AccountsService } from './users/accounts.service';
import { AccountsResolver } from './accounts.resolver';

/** Users, login and the global authentication guard (every resolver needs a token unless @Public()). */
@Module({
  imports: [SuppliersModule],
  providers: [
    TokenService,
    LoginThrottle,
    UserRepository,
    AccountsService,
    AccountsBootstrap,
    AccountsResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, AccountsService, AccountsBootstrap],
})
export class AccountsModule {}
