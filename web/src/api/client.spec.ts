import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OperationResult } from '@urql/vue'
import { createGraphQLClient, type GraphQLClientAuth } from './client'

type Message = { type: string; id?: string; payload?: any }

/**
 * A WebSocket whose other end is a scripted graphql-ws server: it acknowledges a connection unless the token is in
 * `rejectAtConnect`, records subscribe messages, and lets the test push events and close the socket.
 */
class FakeSocket {
  static CONNECTING = 0
  static OPEN = 1
  static CLOSING = 2
  static CLOSED = 3
  static all: FakeSocket[] = []
  static rejectAtConnect = new Set<string>()

  readyState = FakeSocket.CONNECTING
  onopen: (() => void) | null = null
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null
  onmessage: ((event: { data: string }) => void) | null = null
  onerror: ((error: unknown) => void) | null = null
  token: string | null = null
  subscriptionIds: string[] = []

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.all.push(this)
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN
      this.onopen?.()
    })
  }

  send(data: string) {
    const message = JSON.parse(data) as Message
    if (message.type === 'connection_init') {
      this.token = /^Bearer (.+)$/.exec(message.payload?.authorization ?? '')?.[1] ?? null
      if (this.token && FakeSocket.rejectAtConnect.has(this.token)) this.serverClose(4401, 'auth/token_expired')
      else this.reply({ type: 'connection_ack' })
    } else if (message.type === 'subscribe') {
      this.subscriptionIds.push(message.id!)
    }
  }

  close(code = 1000, reason = '') {
    this.serverClose(code, reason)
  }

  /** The server's side: an event for every subscription on this socket. */
  pushToAll(payload: unknown) {
    for (const id of this.subscriptionIds) this.reply({ type: 'next', id, payload })
  }

  serverClose(code: number, reason: string) {
    if (this.readyState >= FakeSocket.CLOSING) return
    this.readyState = FakeSocket.CLOSING
    setTimeout(() => {
      this.readyState = FakeSocket.CLOSED
      this.onclose?.({ code, reason, wasClean: true })
    })
  }

  private reply(message: Message) {
    setTimeout(() => this.onmessage?.({ data: JSON.stringify(message) }))
  }
}

/** The auth store's contract: the current token, and a refresh that swaps it (or signs out when `refused`). */
function fakeAuth({ refused = false } = {}) {
  let n = 1
  const state = { token: 'access-1' as string | null }
  const auth: GraphQLClientAuth & { state: typeof state } = {
    state,
    authorizedFetch: vi.fn(),
    freshAccessToken: vi.fn(async () => state.token),
    refresh: vi.fn(async () => {
      if (refused) {
        state.token = null
        return false
      }
      state.token = `access-${++n}`
      return true
    }),
  }
  return auth
}

async function until(check: () => boolean, ms = 2_000) {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 5))
  }
}

function subscribe(auth: GraphQLClientAuth) {
  const graphql = createGraphQLClient(auth, { webSocketImpl: FakeSocket })
  const results: OperationResult[] = []
  const ids = () => results.filter((r) => r.data).map((r) => r.data.officialChanged.id)
  const { unsubscribe } = graphql.client
    .subscription('subscription OfficialChanged { officialChanged { id } }', {})
    .subscribe((r) => results.push(r))
  return { graphql, results, ids, unsubscribe }
}

/** Waits for the nth socket to carry a subscription. */
async function subscribedSocket(n: number): Promise<FakeSocket> {
  await until(() => (FakeSocket.all[n]?.subscriptionIds.length ?? 0) > 0)
  return FakeSocket.all[n]
}

describe('createGraphQLClient subscriptions', () => {
  afterEach(() => {
    FakeSocket.all = []
    FakeSocket.rejectAtConnect.clear()
  })

  it('connects with the current access token, read when the socket opens', async () => {
    const auth = fakeAuth()
    auth.state.token = 'access-7'
    const s = subscribe(auth)
    const socket = await subscribedSocket(0)
    expect(socket.token).toBe('access-7')
    s.unsubscribe()
    s.graphql.dispose()
  })

  it('after the server closes with 4401, refreshes the stale token, reconnects and resubscribes by itself', async () => {
    const auth = fakeAuth()
    const s = subscribe(auth)
    const first = await subscribedSocket(0)
    first.pushToAll({ data: { officialChanged: { id: 'o1' } } })
    await until(() => s.ids().includes('o1'))

    first.serverClose(4401, 'auth/token_expired')
    const second = await subscribedSocket(1)
    expect(auth.refresh).toHaveBeenCalledTimes(1)
    expect(second.token).toBe('access-2')
    second.pushToAll({ data: { officialChanged: { id: 'o2' } } })
    await until(() => s.ids().includes('o2'))
    expect(s.results.filter((r) => r.error)).toEqual([])
    s.unsubscribe()
    s.graphql.dispose()
  })

  it('uses a token already renewed in the background without refreshing again', async () => {
    const auth = fakeAuth()
    const s = subscribe(auth)
    const first = await subscribedSocket(0)
    auth.state.token = 'access-renewed'
    first.serverClose(4401, 'auth/token_expired')
    const second = await subscribedSocket(1)
    expect(second.token).toBe('access-renewed')
    expect(auth.refresh).not.toHaveBeenCalled()
    s.unsubscribe()
    s.graphql.dispose()
  })

  it('stops with an error, without reconnecting, when the refresh is refused (signed out)', async () => {
    const auth = fakeAuth({ refused: true })
    const s = subscribe(auth)
    const first = await subscribedSocket(0)
    first.serverClose(4401, 'auth/token_expired')
    await until(() => s.results.some((r) => r.error))
    await new Promise((r) => setTimeout(r, 100))
    expect(auth.refresh).toHaveBeenCalledTimes(1)
    expect(FakeSocket.all).toHaveLength(1)
    s.graphql.dispose()
  })

  it('gives up instead of looping when the renewed token is refused right away too', async () => {
    const auth = fakeAuth()
    FakeSocket.rejectAtConnect.add('access-2')
    const s = subscribe(auth)
    const first = await subscribedSocket(0)
    first.serverClose(4401, 'auth/token_expired')
    await until(() => s.results.some((r) => r.error))
    await new Promise((r) => setTimeout(r, 100))
    expect(FakeSocket.all).toHaveLength(2)
    expect(FakeSocket.all[1].token).toBe('access-2')
    expect(auth.refresh).toHaveBeenCalledTimes(1)
    s.graphql.dispose()
  })

  it('does not open a socket without a token once signed out', async () => {
    const auth = fakeAuth()
    auth.state.token = null
    const s = subscribe(auth)
    await until(() => s.results.some((r) => r.error))
    expect(FakeSocket.all.every((socket) => socket.token === null && socket.subscriptionIds.length === 0)).toBe(true)
    await new Promise((r) => setTimeout(r, 100))
    expect(FakeSocket.all.length).toBeLessThanOrEqual(1)
    s.graphql.dispose()
  })
})
