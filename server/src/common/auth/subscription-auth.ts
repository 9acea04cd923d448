import { CloseCode, type ServerOptions } from 'graphql-ws';
import { AppError, ErrorCode } from '../errors';
import type { WsExtra } from '../graphql/context';
import type { AccessTokenService } from './access-token.service';
import { bearerToken } from './auth.guard';

// setTimeout fires at once for delays above 2^31-1 ms; a longer wait is re-armed when it fires.
const MAX_TIMER_MS = 2_147_483_647;

/** Closes the socket with 4401 and the error code as reason, so the client knows to renew its token and reconnect. */
function closeUnauthorized(extra: WsExtra, error: unknown): AppError {
  const appError =
    error instanceof AppError ? error : new AppError(ErrorCode.AuthUnauthenticated, 'The access token is invalid.');
  clearTimeout(extra.expiryTimer);
  extra.socket.close(CloseCode.Unauthorized, String(appError.extensions.code));
  return appError;
}

function closeAtExpiry(extra: WsExtra, expiresAt: Date): void {
  clearTimeout(extra.expiryTimer);
  const wait = expiresAt.getTime() - Date.now();
  extra.expiryTimer = setTimeout(
    () => {
      if (Date.now() < expiresAt.getTime()) return closeAtExpiry(extra, expiresAt);
      closeUnauthorized(extra, new AppError(ErrorCode.AuthTokenExpired, 'The access token has expired; refresh it.'));
    },
    Math.min(Math.max(wait, 0), MAX_TIMER_MS),
  );
  extra.expiryTimer.unref();
}

/**
 * The graphql-ws hooks that authenticate a subscription socket with the access token in
 * `connectionParams.authorization = 'Bearer …'`. The token is checked as the global guard checks it for HTTP, on
 * connect and again on every subscribe, and the socket is closed with 4401 `auth/token_expired` when it expires, so
 * no socket outlives its token. A socket without a token or with a forged one is refused with 4403 (graphql-ws's
 * "Forbidden"); an expired token gets 4401 so the client renews it and reconnects.
 */
export function subscriptionAuth(
  tokens: AccessTokenService,
): Pick<ServerOptions, 'onConnect' | 'onSubscribe' | 'onClose'> {
  // Nest types graphql-ws's extra as unknown; the `ws` adapter it uses gives `{ socket, request }`, and we add the rest.
  const extraOf = (ctx: { extra: unknown }) => ctx.extra as WsExtra;
  return {
    onConnect: async (ctx) => {
      const token = bearerToken(ctx.connectionParams?.authorization);
      if (!token) return false;
      try {
        const { user, expiresAt } = await tokens.verifyWithExpiry(token);
        const extra = extraOf(ctx);
        extra.user = user;
        extra.token = token;
        closeAtExpiry(extra, expiresAt);
        return true;
      } catch (e) {
        if (e instanceof AppError && e.extensions.code === ErrorCode.AuthTokenExpired) closeUnauthorized(extraOf(ctx), e);
        // Already closed with 4401 when expired; graphql-ws's own 4403 close is then a no-op.
        return false;
      }
    },
    // The expiry timer may lag behind the clock (a busy event loop); a subscription never starts on a stale token.
    onSubscribe: async (ctx) => {
      const extra = extraOf(ctx);
      try {
        if (!extra.token) throw new AppError(ErrorCode.AuthUnauthenticated, 'Sign in first.');
        await tokens.verify(extra.token);
      } catch (e) {
        return [closeUnauthorized(extra, e)];
      }
      return undefined;
    },
    onClose: (ctx) => clearTimeout(extraOf(ctx).expiryTimer),
  };
}
