import type { AuthUser } from '../auth/auth-user';

/**
 * What a graphql-ws connection carries: the `ws` socket (graphql-ws's own extra), and once authenticated by
 * `subscriptionAuth` the user, the token (checked again on each subscribe) and the timer that closes it at expiry.
 */
export interface WsExtra {
  socket: { close(code?: number, reason?: string): void };
  user?: AuthUser;
  token?: string;
  expiryTimer?: NodeJS.Timeout;
}

/**
 * The GraphQL context of one operation: subscriptions carry the user verified on connect; HTTP requests carry the
 * request (the global guard verifies its token) and the client address. `ip` is read only by login throttling, so it
 * is worked out (trust proxy, X-Forwarded-For) when read, not for every request.
 */
export function graphqlContext(arg: { req?: { ip?: string }; extra?: WsExtra }) {
  if (arg.extra) return { user: arg.extra.user };
  const req = arg.req;
  return {
    req,
    get ip() {
      return req?.ip;
    },
  };
}
