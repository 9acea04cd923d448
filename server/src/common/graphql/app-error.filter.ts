import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, ErrorCode } from '../errors';

/** HTTP status of a refusal on a REST route (`/api/...`); GraphQL sends them all as 200 with `errors`. */
export function httpStatusOf(code: unknown): number {
  if (code === ErrorCode.AuthUnauthenticated || code === ErrorCode.AuthTokenExpired) return HttpStatus.UNAUTHORIZED;
  if (code === ErrorCode.AuthForbidden) return HttpStatus.FORBIDDEN;
  if (typeof code === 'string' && code.endsWith('/not_found')) return HttpStatus.NOT_FOUND;
  if (code === ErrorCode.Internal) return HttpStatus.INTERNAL_SERVER_ERROR;
  return HttpStatus.BAD_REQUEST;
}

/**
 * Expected refusals (bad input, not found, forbidden) go back to the client as they are. Without this filter
 * Nest's default handler logs each of them at error level, burying real errors in noise. On REST routes the
 * refusal becomes a JSON body `{ code, message, ...extensions }` with the matching HTTP status.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError, host?: ArgumentsHost): AppError | void {
    if (host?.getType<string>() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      const { code, ...rest } = exception.extensions;
      if (!res.headersSent) res.status(httpStatusOf(code)).json({ code, message: exception.message, ...rest });
      return;
    }
    return exception;
  }
}
