import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, IS_PUBLIC, Principal, Role, ROLES } from '@enlace/core';
import { TokenService } from './token.service';

type Req = { headers?: Record<string, unknown>; principal?: Principal | null; authError?: string | null };

const INVALID_TOKEN = 'Invalid or expired token';

/**
 * The one place where a request's bearer token becomes its principal: reads
 * `Authorization: Bearer <token>`, verifies it and stores the result on `req.principal` (null when
 * anonymous), once per request. A token that is present but invalid is remembered as an error.
 */
export function authenticateRequest(req: Req, tokens: TokenService): Principal | null {
  if (req.principal !== undefined) return req.principal;
  req.principal = null;
  req.authError = null;
  const header = req.headers?.authorization;
  if (header === undefined || header === null || header === '') return null;
  const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const principal = m ? tokens.verify(m[1]) : null;
  if (!principal) req.authError = INVALID_TOKEN;
  req.principal = principal;
  return principal;
}

/**
 * Global guard: every resolver and HTTP handler needs an authenticated principal unless marked
 * @Public(); @Roles(...) restricts further. A bad or expired token is refused even on public
 * operations (the client should know its credentials are wrong).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const graphql = ctx.getType<string>() === 'graphql';
    const req: Req | undefined = graphql
      ? GqlExecutionContext.create(ctx).getContext().req
      : ctx.switchToHttp().getRequest();
    if (!req) return false;
    const principal = authenticateRequest(req, this.tokens);
    if (req.authError) throw this.fail(graphql, 'unauthenticated', req.authError);

    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (!principal) {
      if (isPublic && !roles?.length) return true;
      throw this.fail(
        graphql,
        'unauthenticated',
        'Authentication required: send Authorization: Bearer <token> from the login mutation',
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
