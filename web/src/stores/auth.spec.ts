import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { REFRESH_MARGIN_MS, SESSION_STORAGE_KEY, useAuthStore } from './auth'

type Handler = (variables: Record<string, any>, headers: Headers) => { data?: unknown; errors?: unknown[] }

/** A fake /graphql endpoint: one handler per operation name; records every call. */
function fakeServer(handlers: Record<string, Handler>) {
  const calls: { operation: string; variables: Record<string, any>; authorization: string | null }[] = []
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body))
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?'
    const headers = new Headers(init?.headers)
    calls.push({ operation, variables: body.variables, authorization: headers.get('authorization') })
    const handler = handlers[operation]
    if (!handler) throw new Error(`unexpected operation ${operation}`)
    return new Response(JSON.stringify(handler(body.variables, headers)), {
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}

const user = {
  __typename: 'User',
  id: 'u1',
  email: 'admin@demo.local',
  role: 'ADMIN',
  displayName: 'Quản trị Demo',
  commune: null,
  official: null,
}

function payload(n: number, expiresInMs = 15 * 60_000) {
  return {
    __typename: 'AuthPayload',
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    refreshToken: `refresh-${n}`,
    user,
  }
}

const expired = { errors: [{ message: 'jwt expired', extensions: { code: 'auth/token_expired' } }] }

describe('useAuthStore', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('signs in, keeps the tokens in localStorage and knows the user', async () => {
    const server = fakeServer({ Login: () => ({ data: { login: payload(1) } }) })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    expect(server.calls[0]).toMatchObject({
      operation: 'Login',
      variables: { input: { email: 'admin@demo.local', password: 'demo1234' } },
      authorization: null,
    })
    expect(sut.isAuthenticated).toBe(true)
    expect(sut.user?.displayName).toBe('Quản trị Demo')
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
    })
  })

  it('rejects with the server code on a wrong password and stays signed out', async () => {
    fakeServer({
      Login: () => ({ errors: [{ message: 'x', extensions: { code: 'auth/invalid_credentials' } }] }),
    })
    const sut = useAuthStore()
    await expect(sut.login('admin@demo.local', 'nope')).rejects.toMatchObject({ code: 'auth/invalid_credentials' })
    expect(sut.isAuthenticated).toBe(false)
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('on auth/token_expired refreshes once and retries the request with the new token', async () => {
    let refreshes = 0
    const server = fakeServer({
      Login: () => ({ data: { login: payload(1) } }),
      RefreshToken: (v) => {
        refreshes += 1
        expect(v.input.refreshToken).toBe('refresh-1')
        return { data: { refreshToken: payload(2) } }
      },
      Officials: (_v, headers) =>
        headers.get('authorization') === 'Bearer access-2' ? { data: { ok: true } } : expired,
    })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    const request = () =>
      sut.authorizedFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: 'query Officials { x }' }) })
    // Three requests expire at once: one refresh serves them all.
    const responses = await Promise.all([request(), request(), request()])
    for (const r of responses) expect(await r.json()).toEqual({ data: { ok: true } })
    expect(refreshes).toBe(1)
    expect(server.calls.filter((c) => c.operation === 'Officials').map((c) => c.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-2',
      'Bearer access-2',
      'Bearer access-2',
    ])
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY)!).refreshToken).toBe('refresh-2')
  })

  it('signs out and remembers why when the refresh token is refused', async () => {
    fakeServer({
      Login: () => ({ data: { login: payload(1) } }),
      RefreshToken: () => ({ errors: [{ message: 'x', extensions: { code: 'auth/refresh_invalid' } }] }),
      Officials: () => expired,
    })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    const response = await sut.authorizedFetch('/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: 'query Officials { x }' }),
    })
    expect((await response.json()).errors[0].extensions.code).toBe('auth/token_expired')
    expect(sut.isAuthenticated).toBe(false)
    expect(sut.sessionEndReason).toBe('auth/refresh_invalid')
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('refreshes on its own shortly before the access token expires', async () => {
    vi.useFakeTimers()
    const server = fakeServer({
      Login: () => ({ data: { login: payload(1, 5 * 60_000) } }),
      RefreshToken: () => ({ data: { refreshToken: payload(2, 5 * 60_000) } }),
    })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    await vi.advanceTimersByTimeAsync(5 * 60_000 - REFRESH_MARGIN_MS - 1_000)
    expect(server.calls.map((c) => c.operation)).toEqual(['Login'])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(server.calls.map((c) => c.operation)).toEqual(['Login', 'RefreshToken'])
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY)!).accessToken).toBe('access-2')
  })

  it('restores a stored session on start by loading `me`', async () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'a', refreshToken: 'r', accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString() }),
    )
    const server = fakeServer({ Me: () => ({ data: { me: user } }) })
    const sut = useAuthStore()
    expect(sut.isAuthenticated).toBe(false)
    await sut.ready()
    expect(server.calls[0]).toMatchObject({ operation: 'Me', authorization: 'Bearer a' })
    expect(sut.isAuthenticated).toBe(true)
    expect(sut.role).toBe('ADMIN')
  })

  it('logs out by revoking the refresh token on the server, then forgetting it', async () => {
    const server = fakeServer({
      Login: () => ({ data: { login: payload(1) } }),
      Logout: () => ({ data: { logout: true } }),
    })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    await sut.logout()
    expect(server.calls[1]).toMatchObject({
      operation: 'Logout',
      variables: { input: { refreshToken: 'refresh-1' } },
      authorization: 'Bearer access-1',
    })
    expect(sut.isAuthenticated).toBe(false)
    expect(sut.sessionEndReason).toBeNull()
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull()
  })

  it('still signs out locally when the server cannot be reached', async () => {
    fakeServer({ Login: () => ({ data: { login: payload(1) } }) })
    const sut = useAuthStore()
    await sut.login('admin@demo.local', 'demo1234')
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await sut.logout()
    expect(sut.isAuthenticated).toBe(false)
  })
})
