import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/vue'
import { createClient as createWsClient } from 'graphql-ws'
import { GRAPHQL_URL } from './request'

export interface GraphQLClientAuth {
  /** fetch with the bearer token that refreshes it when needed (the auth store's). */
  authorizedFetch: typeof fetch
  /** A currently valid access token, refreshed first if about to expire; null when signed out. */
  freshAccessToken: () => Promise<string | null>
}

function websocketUrl(): string {
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_URL}`
}

/**
 * The urql client for components. Queries and mutations go over POST (the API's CSRF protection refuses
 * plain GET queries); subscriptions over graphql-ws on the same path, opened only while one is active and
 * authenticated on connect (so every reconnect sends a fresh token).
 */
export function createGraphQLClient(auth: GraphQLClientAuth): { client: Client; dispose: () => void } {
  const ws = createWsClient({
    url: websocketUrl(),
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await auth.freshAccessToken()
      return token ? { authorization: `Bearer ${token}` } : {}
    },
  })
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
              const unsubscribe = ws.subscribe(input, sink)
              return { unsubscribe }
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
