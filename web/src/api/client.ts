import { Client, cacheExchange, fetchExchange, subscriptionExchange, type ExecutionResult } from '@urql/vue'
import { createClient as createWsClient, type Sink, type SubscribePayload } from 'graphql-ws'
import { GRAPHQL_URL } from './request'

export interface GraphQLClientAuth {
  /** fetch with the bearer token that refreshes it when needed (the auth store's). */
  authorizedFetch: typeof fetch
  /** A currently valid access token, refreshed first if about to expire; null when signed out. */
  freshAccessToken: () => Promise<string | null>
  /** Swaps the refresh token for a new pair now; false when that failed (a refused refresh token signs out). */
  refresh: () => Promise<boolean>
}

/** The server closes a subscription socket with this code (reason `auth/token_expired`) when its token expires. */
export const WS_UNAUTHORIZED = 4401
/** A second 4401 this soon after renewing means renewal does not help: give up instead of reconnecting in a loop. */
export const WS_RENEW_MIN_INTERVAL_MS = 10_000

function isUnauthorizedClose(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === WS_UNAUTHORIZED
}

function websocketUrl(): string {
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_URL}`
}

/**
 * The urql client for components. Queries and mutations go over POST (the API's CSRF protection refuses
 * plain GET queries); subscriptions over graphql-ws on the same path, opened only while one is active and
 * authenticated on connect with the current token (so every reconnect sends a fresh one). The server closes the
 * socket with 4401 when that token expires; graphql-ws treats 4401 as fatal, so each subscription renews the token
 * and subscribes again itself.
 */
export function createGraphQLClient(
  auth: GraphQLClientAuth,
  options: { webSocketImpl?: unknown } = {},
): { client: Client; dispose: () => void } {
  // The token the current socket was opened with: after a 4401 it is known to be stale on the server.
  let socketToken: string | null = null
  const ws = createWsClient({
    url: websocketUrl(),
    webSocketImpl: options.webSocketImpl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await auth.freshAccessToken()
      // Signed out (e.g. the refresh token was refused): fail for good rather than retry without a token.
      if (!token) throw new Error('auth/unauthenticated')
      socketToken = token
      return { authorization: `Bearer ${token}` }
    },
  })

  /** After a 4401: renews the token unless that already happened since the socket opened; false once signed out. */
  async function renewRejectedToken(): Promise<boolean> {
    const rejected = socketToken
    const current = await auth.freshAccessToken()
    if (current === null) return false
    if (current !== rejected) return true
    await auth.refresh()
    // A network failure keeps the session: reconnect anyway and let graphql-ws's backoff retry.
    return (await auth.freshAccessToken()) !== null
  }

  function subscribeRenewingToken(
    request: SubscribePayload,
    sink: Sink<ExecutionResult>,
  ): () => void {
    let stopped = false
    let lastRenewal = -Infinity
    let unsubscribe = () => {}
    const start = () => {
      unsubscribe = ws.subscribe<ExecutionResult['data'], ExecutionResult['extensions']>(request, {
        next: (value) => sink.next(value),
        complete: () => sink.complete(),
        error: (error) => {
          if (stopped) return
          if (!isUnauthorizedClose(error) || Date.now() - lastRenewal < WS_RENEW_MIN_INTERVAL_MS) {
            return sink.error(error)
          }
          lastRenewal = Date.now()
          // Releases this subscription's hold on the closed socket before taking one on the next.
          unsubscribe()
          void renewRejectedToken().then((renewed) => {
            if (stopped) return
            if (renewed) start()
            else sink.error(error)
          })
        },
      })
    }
    start()
    return () => {
      stopped = true
      unsubscribe()
    }
  }

  const client = new Client({
    url: GRAPHQL_URL,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' }
          return {
            subscribe(sink) {
              return { unsubscribe: subscribeRenewingToken(input, sink) }
            },
          }
        },
      }),
    ],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetch: auth.authorizedFetch,
  })
  return { client, dispose: () => void ws.dispose() }
}
