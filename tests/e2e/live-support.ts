import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { apiLogin, DEMO, gql, PASSWORD } from './support'

// Shared by the live-class browser tests (live, live-fault, breakout, polls, classroom): signing in any demo account,
// the demo live session, and what a page receives (read through the live room's `window.__gdLive` hook).

/** Signs in through the login form as any demo account (the second trainee is not in DEMO). */
export async function loginWithEmail(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('home-heading')).toBeVisible()
}

export type LoggedIn = { accessToken: string; user: { id: string; displayName: string; official: { id: string; fullName: string } | null } }

/** Signs in through the API as any demo account. */
export async function loginApi(request: APIRequestContext, email: string): Promise<LoggedIn> {
  const res = await gql(
    request,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { id displayName official { id fullName } } } }`,
    { input: { email, password: PASSWORD } },
  )
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  return res.data.login as LoggedIn
}

/**
 * The demo live class NA-2026-TT01 (server/src/seed/demo-data/live-demo.ts): its one session is open around the time
 * the demo data was loaded, lecturer@demo.local teaches it and both demo trainees hold a seat.
 */
export async function openLiveSession(request: APIRequestContext) {
  const admin = await apiLogin(request, 'ADMIN')
  const trainees = [await loginApi(request, DEMO.TRAINEE), await loginApi(request, 'trainee2@demo.local')]
  const res = await gql(request, `query { classes { id code sessions { id mode } } }`, {}, admin.accessToken)
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  const cls = (res.data.classes as { id: string; code: string; sessions: { id: string; mode: string }[] }[]).find((c) => c.code === 'NA-2026-TT01')!
  return { classId: cls.id, sessionId: cls.sessions[0]!.id, trainees, admin }
}

export type ReceiveStats = { framesDecoded: number; audioBytesReceived: number; videoBytesReceived: number }
export const receiveStats = (page: Page) =>
  page.evaluate(() => (window as unknown as { __gdLive: { receiveStats: () => Promise<ReceiveStats> } }).__gdLive.receiveStats())

/** Waits until the page decodes video frames (and receives audio bytes), and they keep growing. */
export async function expectReceiving(page: Page, { audio = true } = {}) {
  await expect.poll(async () => (await receiveStats(page)).framesDecoded, { timeout: 30_000 }).toBeGreaterThan(10)
  const before = await receiveStats(page)
  await expect
    .poll(
      async () => {
        const now = await receiveStats(page)
        return now.framesDecoded > before.framesDecoded && (!audio || now.audioBytesReceived > before.audioBytesReceived)
      },
      { timeout: 15_000 },
    )
    .toBe(true)
}

/** Pages each in their own browser context (camera and microphone allowed, like a trainee's own browser), closed together. */
export function livePages(browser: Browser) {
  const contexts: BrowserContext[] = []
  return {
    open: async () => {
      const context = await browser.newContext({ permissions: ['camera', 'microphone'] })
      contexts.push(context)
      return context.newPage()
    },
    closeAll: async () => {
      for (const c of contexts) await c.close()
    },
  }
}

/** Waits until the live room on the page says it is connected. */
export async function expectConnected(page: Page) {
  await expect(page.getByTestId('live-room')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 })
}
