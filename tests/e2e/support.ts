import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const API = 'http://127.0.0.1:3100/graphql'
export const PASSWORD = 'demo1234'

export const DEMO = {
  ADMIN: 'admin@demo.local',
  LECTURER: 'lecturer@demo.local',
  TRAINEE: 'trainee@demo.local',
  COORDINATOR: 'coordinator@demo.local',
} as const
export type DemoRole = keyof typeof DEMO

const SCREENS = fileURLToPath(new URL('../.results/screens/', import.meta.url))
mkdirSync(SCREENS, { recursive: true })

/** Screenshot into tests/.results/screens/<name>.png (for a human to look at). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await page.screenshot({ path: `${SCREENS}${name}.png`, fullPage: options.fullPage ?? true })
}

/** Signs in through the login form and waits for the role's home page. */
export async function loginAs(page: Page, role: DemoRole, options: { redirect?: string } = {}) {
  await page.goto(options.redirect ? `/login?redirect=${encodeURIComponent(options.redirect)}` : '/login')
  await page.getByLabel('Email', { exact: true }).fill(DEMO[role])
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  if (!options.redirect) await expect(page.getByTestId('home-heading')).toBeVisible()
}

export interface GqlResult<T = any> {
  data?: T
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[]
}

/** Asks the API directly, bypassing the web client. */
export async function gql<T = any>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const response = await request.post(API, {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  return (await response.json()) as GqlResult<T>
}

export async function apiLogin(request: APIRequestContext, role: DemoRole) {
  const res = await gql(
    request,
    `mutation ($input: LoginInput!) {
      login(input: $input) { accessToken user { id role commune { id name } official { id fullName } } }
    }`,
    { input: { email: DEMO[role], password: PASSWORD } },
  )
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  return res.data.login as {
    accessToken: string
    user: { id: string; role: string; commune: { id: string; name: string } | null; official: { id: string; fullName: string } | null }
  }
}

export async function apiCount(request: APIRequestContext, token: string, filter: Record<string, unknown>) {
  const res = await gql(request, `query ($f: OfficialFilter) { officials(first: 0, filter: $f) { totalCount } }`, { f: filter }, token)
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
  return res.data.officials.totalCount as number
}

/** The number inside `officials-total` (also exposed raw in data-count). */
export async function shownTotal(page: Page) {
  const value = await page.getByTestId('officials-total').getAttribute('data-count')
  return Number(value)
}

export async function expectTotal(page: Page, n: number) {
  await expect(page.getByTestId('officials-total')).toHaveAttribute('data-count', String(n))
}

/** Picks an option of a PrimeVue Select by its visible label. */
export async function choose(page: Page, testid: string, option: string) {
  await page.getByTestId(testid).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

export function fold(text: string) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
}
