import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SuppliersModule } from '@enlace/suppliers';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { LoginThrottle } from './auth/login-throttle';
import { CredentialVerifier } from './auth/credential-verifier';
import { AccountsBootstrap } from './bootstrap/accounts.bootstrap';
import { UserRepository } from './users/user.repository';
import { AccountsService } from './users/accounts.service';
import { UsersService } from './users/users.service';
import { UsersResolver } from './users/users.resolver';
import { SessionRepository } from './sessions/session.repository';
import { SessionsService } from './sessions/sessions.service';
import { SessionsResolver } from './sessions/sessions.resolver';
import { ApiKeyRepository } from './api-keys/api-key.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { AccountsResolver } from './accounts.resolver';

/**
 * Users, login, sessions, API keys and the global authentication guard (every resolver needs a
 * token or an API key unless @Public()).
 */
@Module({
  imports: [SuppliersModule],
  providers: [
    TokenService,
    LoginThrottle,
    CredentialVerifier,
    UserRepository,
    SessionRepository,
    ApiKeyRepository,
    AccountsService,
    UsersService,
    SessionsService,
    ApiKeysService,
    AccountsBootstrap,
    AccountsResolver,
    UsersResolver,
    SessionsResolver,
    ApiKeysResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, CredentialVerifier, AccountsService, AccountsBootstrap],
})
export class AccountsModule {}
