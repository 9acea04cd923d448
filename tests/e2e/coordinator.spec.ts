import { expect, test } from '@playwright/test'
import { apiCount, apiLogin, choose, expectTotal, gql, loginAs, screenshot } from './support'

test('coordinator sees only Quỳnh Lưu officials and cannot open another commune’s', async ({ page, request }) => {
  const coordinator = await apiLogin(request, 'COORDINATOR')
  const admin = await apiLogin(request, 'ADMIN')
  const communeId = coordinator.user.commune!.id
  expect(coordinator.user.commune!.name).toBe('Quỳnh Lưu')

  // The server already scopes the list: the coordinator's unfiltered count is the commune's.
  const own = await apiCount(request, coordinator.accessToken, {})
  expect(own).toBe(await apiCount(request, admin.accessToken, { communeId }))
  expect(own).toBeGreaterThan(0)
  expect(own).toBeLessThan(await apiCount(request, admin.accessToken, {}))

  await loginAs(page, 'COORDINATOR')
  await page.getByTestId('nav-officials').click()
  await expect(page.getByTestId('fixed-commune')).toHaveText('Quỳnh Lưu')
  await expect(page.getByTestId('filter-commune')).toHaveCount(0)
  await expect(page.getByTestId('filter-province')).toHaveCount(0)
  await expectTotal(page, own)
  await choose(page, 'page-size', '100')
  await expect(page.getByTestId('official-row')).toHaveCount(Math.min(own, 100))
  for (const row of await page.getByTestId('official-row').all()) await expect(row).toContainText('Quỳnh Lưu')
  await screenshot(page, 'directory-coordinator')

  // An official of another commune, found by the admin.
  const other = await gql(
    request,
    `query ($f: OfficialFilter) { officials(first: 50, filter: $f) { edges { node { id fullName commune { id name } } } } }`,
    { f: { bloc: 'PARTY' } },
    admin.accessToken,
  )
  const stranger = other.data.officials.edges.map((e: any) => e.node).find((n: any) => n.commune.id !== communeId)
  expect(stranger).toBeTruthy()

  await page.goto(`/officials/${stranger.id}`)
  await expect(page.getByTestId('official-not-found')).toBeVisible()
  await expect(page.getByTestId('official-not-found')).toContainText('Không tìm thấy hồ sơ cán bộ này, hoặc bạn không có quyền xem.')
  await expect(page.getByText(stranger.fullName)).toHaveCount(0)
  await page.goto(`/officials/${stranger.id}/edit`)
  await expect(page.getByTestId('official-not-found')).toBeVisible()
  await screenshot(page, 'coordinator-not-found')

  // The server itself refuses, whatever the web client shows.
  const read = await gql(request, `query ($id: ID!) { official(id: $id) { id fullName } }`, { id: stranger.id }, coordinator.accessToken)
  expect(read.data?.official ?? null).toBeNull()
  expect(['official/not_found', 'auth/forbidden']).toContain(read.errors?.[0]?.extensions?.code)
  const write = await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
    { id: stranger.id, input: { fullName: 'Không Được Sửa' } },
    coordinator.accessToken,
  )
  expect(['official/not_found', 'auth/forbidden']).toContain(write.errors?.[0]?.extensions?.code)
  const filtered = await gql(
    request,
    `query ($f: OfficialFilter) { officials(first: 1, filter: $f) { totalCount } }`,
    { f: { communeId: stranger.commune.id } },
    coordinator.accessToken,
  )
  // Asking for another commune's list yields an error or nothing, never its officials.
  expect(filtered.errors?.[0]?.extensions?.code ?? (filtered.data.officials.totalCount === 0 ? 'empty' : 'leak')).not.toBe('leak')
  const unchanged = await gql(request, `query ($id: ID!) { official(id: $id) { fullName } }`, { id: stranger.id }, admin.accessToken)
  expect(unchanged.data.official.fullName).toBe(stranger.fullName)
})
