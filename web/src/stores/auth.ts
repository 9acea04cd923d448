import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { graphql, getFragmentData } from '@/gql'
import type { AuthPayloadFieldsFragment, CurrentUserFragment } from '@/gql/graphql'
import { gqlRequest } from '@/api/request'
import { GraphQLRequestError, toAppError } from '@/api/errors'

export const CurrentUser = graphql(`
  fragment CurrentUser on User {
    id
    email
    role
    displayName
    commune {
      id
      name
      kind
      province {
        id
        name
      }
    }
    official {
      id
      fullName
    }
  }
`)

const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      ...CurrentUser
    }
  }
`)

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`)

const RefreshTokenMutation = graphql(`
  mutation RefreshToken($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      ...AuthPayloadFields
    }
  }
`)

const LogoutMutation = graphql(`
  mutation Logout($input: LogoutInput) {
    logout(input: $input)
  }
`)

const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`)

export const SESSION_STORAGE_KEY = 'gd.session'
/** Refresh this long before the access token expires, so requests never carry an expired one. */
export const REFRESH_MARGIN_MS = 60_000
/** A request made this close to expiry refreshes first instead of sending a token about to die. */
const EXPIRING_SOON_MS = 15_000
const MAX_TIMER_MS = 2_147_483_647

interface Session {
  accessToken: string
  accessTokenExpiresAt: string
  refreshToken: string
}

function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_STORAGE_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<Session>
    if (
      typeof parsed.accessToken === 'string' &&
      typeof parsed.refreshToken === 'string' &&
      typeof parsed.accessTokenExpiresAt === 'string'
    ) {
      return parsed as Session
    }
  } catch {
    // Corrupt or unavailable storage: behave as signed out.
  }
  return null
}

function writeSession(session: Session | null) {
  try {
    if (session) localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session))
    else localStorage.removeItem(SESSION_STORAGE_KEY)
  } catch {
    // Private mode: the session lives only in memory.
  }
}

async function errorCodesIn(response: Response): Promise<string[]> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return []
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] }
    return (body.errors ?? []).map((e) => String(e.extensions?.code ?? ''))
  } catch {
    return []
  }
}

function withBearer(init: RequestInit | undefined, token: string | undefined): RequestInit {
  const headers = new Headers(init?.headers)
  if (token) headers.set('authorization', `Bearer ${token}`)
  else headers.delete('authorization')
  return { ...init, headers }
}

export type SessionEndReason = 'auth/token_expired' | 'auth/refresh_invalid' | 'auth/unauthenticated'

export const useAuthStore = defineStore('auth', () => {
  const session = ref<Session | null>(readSession())
  const user = shallowRef<CurrentUserFragment | null>(null)
  /** Why the last session ended on its own (not by logout); the login page explains it. */
  const sessionEndReason = ref<SessionEndReason | null>(null)

  let refreshInFlight: Promise<boolean> | null = null
  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  let readyPromise: Promise<void> | null = null

  const isAuthenticated = computed(() => session.value !== null && user.value !== null)
  const role = computed(() => user.value?.role ?? null)

  function scheduleRefresh() {
    clearTimeout(refreshTimer)
    if (!session.value) return
    const due = Date.parse(session.value.accessTokenExpiresAt) - REFRESH_MARGIN_MS - Date.now()
    refreshTimer = setTimeout(() => void refresh(), Math.min(Math.max(due, 0), MAX_TIMER_MS))
  }

  function applyPayload(payload: AuthPayloadFieldsFragment) {
    session.value = {
      accessToken: payload.accessToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt,
      refreshToken: payload.refreshToken,
    }
    writeSession(session.value)
    user.value = getFragmentData(CurrentUser, payload.user)
    sessionEndReason.value = null
    scheduleRefresh()
  }

  function endSession(reason: SessionEndReason | null) {
    clearTimeout(refreshTimer)
    session.value = null
    user.value = null
    readyPromise = null
    writeSession(null)
    sessionEndReason.value = reason
  }

  /** Signs in; throws GraphQLRequestError (`auth/invalid_credentials`, `auth/too_many_attempts`, …). */
  async function login(email: string, password: string): Promise<void> {
    const data = await gqlRequest(LoginMutation, { input: { email, password } })
    applyPayload(getFragmentData(AuthPayloadFields, data.login))
    readyPromise = Promise.resolve()
  }

  /**
   * Swaps the refresh token for a new pair. Concurrent callers share one request, so a burst of
   * expired requests costs one refresh. Returns false when no new token could be obtained; a refused
   * refresh token ends the session.
   */
  function refresh(): Promise<boolean> {
    const current = session.value
    if (!current) return Promise.resolve(false)
    refreshInFlight ??= (async () => {
      try {
        const data = await gqlRequest(RefreshTokenMutation, { input: { refreshToken: current.refreshToken } })
        applyPayload(getFragmentData(AuthPayloadFields, data.refreshToken))
        return true
      } catch (error) {
        const code = toAppError(error).code
        // A network hiccup keeps the session: the next request tries again.
        if (code !== 'network') endSession('auth/refresh_invalid')
        return false
      } finally {
        refreshInFlight = null
      }
    })()
    return refreshInFlight
  }

  /** The access token to send now: refreshed first when it is about to expire; null when signed out. */
  async function freshAccessToken(): Promise<string | null> {
    if (session.value && Date.parse(session.value.accessTokenExpiresAt) - Date.now() < EXPIRING_SOON_MS) {
      await refresh()
    }
    return session.value?.accessToken ?? null
  }

  /**
   * fetch with the bearer token: refreshes first when the token is about to expire, and on
   * `auth/token_expired` refreshes once and retries the request once.
   */
  async function authorizedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const sent = (await freshAccessToken()) ?? undefined
    const response = await fetch(input, withBearer(init, sent))
    if (!sent) return response
    const codes = await errorCodesIn(response)
    if (codes.includes('auth/token_expired')) {
      // Another request may already have refreshed while this one was in flight.
      const renewed = session.value !== null && session.value.accessToken !== sent ? true : await refresh()
      if (!renewed || !session.value) {
        if (session.value) endSession('auth/token_expired')
        return response
      }
      return fetch(input, withBearer(init, session.value.accessToken))
    }
    if (codes.includes('auth/unauthenticated') && session.value?.accessToken === sent) {
      endSession('auth/unauthenticated')
    }
    return response
  }

  async function loadMe(): Promise<void> {
    const data = await gqlRequest(MeQuery, {}, { fetchImpl: authorizedFetch })
    user.value = getFragmentData(CurrentUser, data.me)
  }

  /** Resolves once the stored session (if any) has been checked and `user` loaded. Safe to call often. */
  function ready(): Promise<void> {
    readyPromise ??= (async () => {
      if (!session.value) return
      scheduleRefresh()
      try {
        await loadMe()
      } catch (error) {
        const code = toAppError(error).code
        if (code === 'network' || code === 'internal/error') {
          // Keep the tokens; try again on the next navigation.
          readyPromise = null
          return
        }
        if (session.value) endSession(code === 'auth/refresh_invalid' ? code : 'auth/unauthenticated')
      }
    })()
    return readyPromise
  }

  /** Revokes the refresh token on the server (best effort), then forgets the session locally. */
  async function logout(): Promise<void> {
    const current = session.value
    if (current) {
      try {
        await gqlRequest(
          LogoutMutation,
          { input: { refreshToken: current.refreshToken } },
          { token: current.accessToken },
        )
      } catch (error) {
        // Signing out must work offline too; the token expires on its own.
        if (!(error instanceof GraphQLRequestError)) throw error
      }
    }
    endSession(null)
  }

  // Another tab signed in, refreshed or signed out: follow it instead of using a rotated token.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== SESSION_STORAGE_KEY) return
      const next = readSession()
      if (!next) {
        if (session.value) endSession(null)
        return
      }
      session.value = next
      scheduleRefresh()
      if (!user.value) void loadMe().catch(() => undefined)
    })
  }

  return {
    user,
    role,
    isAuthenticated,
    sessionEndReason,
    login,
    logout,
    refresh,
    ready,
    loadMe,
    authorizedFetch,
    freshAccessToken,
  }
})
