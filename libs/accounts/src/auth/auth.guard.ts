import {
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { bearerCredential, DomainError, IS_PUBLIC, Principal, Role, ROLES } from '@enlace/core';
import { Credential, CredentialVerifier } from './credential-verifier';

type Req = {
  headers?: Record<string, unknown>;
  principal?: Principal | null;
  credential?: Credential | null;
  authError?: string | null;
  authentication?: Promise<Principal | null>;
};

const INVALID_CREDENTIAL = 'Invalid, expired or revoked token or API key';

async function authenticate(req: Req, verifier: CredentialVerifier): Promise<Principal | null> {
  req.principal = null;
  req.credential = null;
  req.authError = null;
  const header = req.headers?.authorization;
  if (header === undefined || header === null || header === '') return null;
  const credential = bearerCredential(header);
  const found = credential ? await verifier.authenticate(credential) : null;
  if (!found) req.authError = INVALID_CREDENTIAL;
  req.principal = found?.principal ?? null;
  req.credential = found?.credential ?? null;
  return req.principal;
}

/**
 * The one place where a request's bearer credential (a token from `login`, or an API key) becomes
 * its principal: reads `Authorization: Bearer <credential>`, verifies it and stores the result on
 * `req.principal` (null when anonymous) and `req.credential`, once per request. A credential that
 * is present but invalid is remembered as an error.
 */
export function authenticateRequest(req: Req, verifier: CredentialVerifier): Promise<Principal | null> {
  req.authentication ??= authenticate(req, verifier);
  return req.authentication;
}

function requestOf(ctx: ExecutionContext): Req | undefined {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<{ req?: Req }>().req;
  return ctx.switchToHttp().getRequest<Req>();
}

/** Injects how the caller authenticated (null for anonymous callers of public operations). */
export const CurrentCredential = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Credential | null => requestOf(ctx)?.credential ?? null,
);

/**
 * Global guard: every resolver and HTTP handler needs an authenticated principal unless marked
 * @Public(); @Roles(...) restricts further. A bad, expired or revoked credential is refused even on
 * public operations (the client should know its credentials are wrong).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: CredentialVerifier,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const graphql = ctx.getType<string>() === 'graphql';
    const req = requestOf(ctx);
    if (!req) return false;
    const principal = await authenticateRequest(req, this.verifier);
    if (req.authError) throw this.fail(graphql, 'unauthenticated', req.authError);

    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (!principal) {
      if (isPublic && !roles?.length) return true;
      throw this.fail(
        graphql,
        'unauthenticated',
        'Authentication required: send Authorization: Bearer <token> from the login mutation, or an API key',
      );
    }
    if (roles?.length && !roles.includes(principal.role)) {
      throw this.fail(graphql, 'forbidden', `This operation requires one of the roles ${roles.join(', ')}`);
    }
    return true;
  }

  private fail(graphql: boolean, kind: 'unauthenticated' | 'forbidden', message: string): Error {
    if (graphql) return kind === 'forbidden' ? DomainError.forbidden(message) : DomainError.unauthenticated(message);
    return kind === 'forbidden' ? new ForbiddenException(message) : new UnauthorizedException(message);
  }
}
