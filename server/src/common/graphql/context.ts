import type { AuthUser } from '../auth/auth-user';

/** What a graphql-ws connection carries once authenticated (set by the subscription `onConnect`). */
export interface WsExtra {
  user?: AuthUser;
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
