import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';

export const AUTH_OPTIONS = 'gd:auth';
export interface AuthOptions {
  /** Reachable without signing in (login, refresh, logout). Everything else requires a valid access token. */
  public?: boolean;
}

/** The one auth decorator: marks an operation's authentication requirement (role checks live in services). */
export const Auth = (options: AuthOptions) => SetMetadata(AUTH_OPTIONS, options);

/** The signed-in user; the global guard guarantees it is set on non-public operations. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  // REST routes (/api/...): the guard put the user on the request.
  if (ctx.getType<string>() === 'http') return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().user;
});

/** The per-request GraphQL context. */
export interface GqlContext {
  req?: { headers: Record<string, string | string[] | undefined>; ip?: string; user?: AuthUser };
  user?: AuthUser;
  ip?: string;
}
