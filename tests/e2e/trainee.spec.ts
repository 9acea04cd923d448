import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

test('trainee sees only their own profile', async ({ page, request }) => {
  const trainee = await apiLogin(request, 'TRAINEE')
  const own = trainee.user.official!
  const admin = await apiLogin(request, 'ADMIN')
  const someone = await gql(request, `query { officials(first: 2) { edges { node { id fullName } } } }`, {}, admin.accessToken)
  const other = someone.data.officials.edges.map((e: any) => e.node).find((n: any) => n.id !== own.id)

  await loginAs(page, 'TRAINEE')
  await expect(page.getByTestId('official-summary')).toContainText(own.fullName)
  await expect(page.getByTestId('nav-officials')).toHaveCount(0)
  await page.getByTestId('view-own-profile').click()
  await expect(page).toHaveURL(new RegExp(`/officials/${own.id}$`))
  await expect(page.getByTestId('official-heading')).toHaveText(own.fullName)
  await expect(page.getByTestId('edit-official')).toHaveCount(0)
  await expect(page.getByTestId('deactivate-official')).toHaveCount(0)
  await screenshot(page, 'trainee-profile')

  // The directory is their own record.
  await page.goto('/officials')
  await expect(page).toHaveURL(new RegExp(`/officials/${own.id}$`))

  await page.goto(`/officials/${other.id}`)
  await expect(page.getByTestId('official-not-found')).toBeVisible()
  await expect(page.getByText(other.fullName)).toHaveCount(0)

  await page.goto(`/officials/${own.id}/edit`)
  await expect(page.getByTestId('forbidden')).toBeVisible()

  // And the API agrees.
  const list = await gql(request, `query { officials(first: 1) { totalCount } }`, {}, trainee.accessToken)
  expect(list.errors?.[0]?.extensions?.code).toBe('auth/forbidden')
  const read = await gql(request, `query ($id: ID!) { official(id: $id) { id } }`, { id: other.id }, trainee.accessToken)
  expect(['official/not_found', 'auth/forbidden']).toContain(read.errors?.[0]?.extensions?.code)
})
