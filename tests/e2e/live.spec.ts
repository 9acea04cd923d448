import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs } from './support'

test('the directory and the profile update live when an admin changes an official', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const coordinator = await apiLogin(request, 'COORDINATOR')
  const mine = await gql(
    request,
    `query { officials(first: 1) { edges { node { id fullName } } } }`,
    {},
    coordinator.accessToken,
  )
  const target = mine.data.officials.edges[0].node as { id: string; fullName: string }

  await loginAs(page, 'COORDINATOR')
  await page.goto('/officials')
  await expect(page.getByTestId('official-name').first()).toHaveText(target.fullName)

  const renamed = `${target.fullName} Trực Tuyến`
  const update = await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id fullName } }`,
    { id: target.id, input: { fullName: renamed } },
    admin.accessToken,
  )
  expect(update.errors).toBeUndefined()
  // No reload: the graphql-ws subscription tells the page to re-read.
  await expect(page.getByTestId('officials-table')).toContainText(renamed)

  await page.goto(`/officials/${target.id}`)
  await expect(page.getByTestId('official-heading')).toHaveText(renamed)
  await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
    { id: target.id, input: { fullName: target.fullName } },
    admin.accessToken,
  )
  await expect(page.getByTestId('official-heading')).toHaveText(target.fullName)
})
