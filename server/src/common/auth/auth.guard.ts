import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors';
import { AccessTokenService } from './access-token.service';
import type { AuthUser } from './auth-user';
import { AUTH_OPTIONS, type AuthOptions, type GqlContext } from './auth.decorator';

/** Reads the bearer token from an Authorization header value; null when absent. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}

/**
 * The one global guard. GraphQL field resolvers of nested types are not guarded separately: the operation's root
 * field was, and services scope what they return.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'http') return this.http(context);
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const options = this.reflector.getAllAndOverride<AuthOptions | undefined>(AUTH_OPTIONS, [
      context.getHandler(),
      context.getClass(),
    ]);
    const ctx = gql.getContext<GqlContext>();
    if (ctx.user) return true; // already verified (subscriptions: on connect and on each subscribe, subscription-auth.ts)
    const token = bearerToken(ctx.req?.headers?.authorization);
    if (!token) {
      if (options?.public) return true;
      throw new AppError(ErrorCode.AuthUnauthenticated, 'Sign in first: this operation needs an access token.');
    }
    try {
      ctx.user = await this.tokens.verify(token);
    } catch (e) {
      // A stale token on a public operation (e.g. login) must not block it.
      if (options?.public) return true;
      throw e;
    }
    return true;
  }

  /**
   * REST routes: `/api/...` (file downloads and uploads) need a bearer token unless marked `@Auth({ public: true })`;
   * the verified user is put on `req.user` for `@CurrentUser()`. Other routes (/health) are public by design.
   */
  private async http(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ path?: string; url?: string; headers: Record<string, unknown>; user?: AuthUser }>();
    const path = req.path ?? req.url ?? '';
    if (!path.startsWith('/api/')) return true;
    const options = this.reflector.getAllAndOverride<AuthOptions | undefined>(AUTH_OPTIONS, [context.getHandler(), context.getClass()]);
    if (options?.public) return true;
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new AppError(ErrorCode.AuthUnauthenticated, 'Sign in first: this request needs an access token.');
    req.user = await this.tokens.verify(token);
    return true;
  }
}
