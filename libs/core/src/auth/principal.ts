import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../graphql/enums';

/** The authenticated caller, as established by the global guard from a verified token. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  /** For OEM_BUYER: the OEM whose plants and requests the buyer may act on. */
  oem: string | null;
  /** For SUPPLIER: the one supplier profile this account may edit. */
  supplierId: string | null;
}

export const IS_PUBLIC = 'enlace:isPublic';
export const ROLES = 'enlace:roles';

/** Marks a resolver or handler as reachable without authentication. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a resolver to the given roles (checked by the global guard). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** What the global guard leaves on a request: its principal (null when anonymous). */
interface AuthenticatedRequest {
  principal?: Principal | null;
}

export function principalFromContext(ctx: ExecutionContext): Principal | null {
  if (ctx.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req?: AuthenticatedRequest }>().req?.principal ?? null;
  }
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? null;
}

/** Injects the current principal (null for anonymous callers of public operations). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  principalFromContext(ctx),
);
