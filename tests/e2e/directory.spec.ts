import { expect, test } from '@playwright/test'
import { apiCount, apiLogin, choose, expectTotal, fold, loginAs, screenshot, shownTotal } from './support'

test('admin searches without diacritics, filters by bloc and level, and pages through', async ({ page, request }) => {
  const { accessToken } = await apiLogin(request, 'ADMIN')
  await loginAs(page, 'ADMIN')
  await page.getByTestId('nav-officials').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ cán bộ, công chức')
  await expectTotal(page, await apiCount(request, accessToken, {}))
  await screenshot(page, 'directory')

  // Typed without diacritics, found with them.
  await page.getByTestId('officials-search').fill('nguyen van')
  await expect(page).toHaveURL(/q=nguyen\+van/)
  const searchTotal = await apiCount(request, accessToken, { search: 'nguyen van' })
  expect(searchTotal).toBeGreaterThan(20)
  await expectTotal(page, searchTotal)
  const names = await page.getByTestId('official-name').allInnerTexts()
  expect(names).toHaveLength(20)
  for (const name of names) expect(fold(name)).toMatch(/nguyen.*van/)
  expect(names.some((n) => n.includes('Nguyễn Văn'))).toBe(true)

  await choose(page, 'filter-bloc', 'Khối chính quyền (HĐND, UBND)')
  await expect(page).toHaveURL(/bloc=GOVERNMENT/)
  await choose(page, 'filter-professional-level', 'Đại học')
  await expect(page).toHaveURL(/professional=BACHELOR/)
  const filtered = await apiCount(request, accessToken, { search: 'nguyen van', bloc: 'GOVERNMENT', professionalLevel: 'BACHELOR' })
  expect(filtered).toBeGreaterThan(20)
  expect(filtered).toBeLessThan(searchTotal)
  await expectTotal(page, filtered)
  const table = page.getByTestId('officials-table')
  for (const row of await table.getByTestId('official-row').all()) {
    await expect(row).toContainText('Khối chính quyền (HĐND, UBND)')
    await expect(row).toContainText('Đại học')
  }
  await screenshot(page, 'directory-filtered')

  // Page forward: new rows, page 2, then back to page 1 with the browser.
  const page1 = await page.getByTestId('official-name').allInnerTexts()
  await page.getByTestId('page-next').click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByTestId('page-indicator')).toContainText('Trang 2 /')
  await expect(page.getByTestId('official-name').first()).not.toHaveText(page1[0]!)
  const page2 = await page.getByTestId('official-name').allInnerTexts()
  expect(page2.length).toBeGreaterThan(0)
  await expect(page.getByTestId('page-prev')).toBeEnabled()

  // Reload keeps filters and page (they live in the URL).
  await page.reload()
  await expect(page.getByTestId('officials-search')).toHaveValue('nguyen van')
  await expectTotal(page, filtered)
  await expect(page.getByTestId('official-name')).toHaveText(page2)

  await page.getByTestId('page-prev').click()
  await expect(page).not.toHaveURL(/page=/)
  await expect(page.getByTestId('official-name')).toHaveText(page1)

  // Bigger pages: 100 rows at once when there are that many.
  await page.getByTestId('clear-filters').click()
  await expect(page.getByTestId('officials-search')).toHaveValue('')
  await choose(page, 'page-size', '100')
  await expect(page).toHaveURL(/size=100/)
  await expect(page.getByTestId('official-row')).toHaveCount(100)
  expect(await shownTotal(page)).toBe(await apiCount(request, accessToken, {}))
})

test('lecturer reads the directory but cannot add or edit', async ({ page }) => {
  await loginAs(page, 'LECTURER')
  await page.goto('/officials')
  await expect(page.getByTestId('official-row').first()).toBeVisible()
  await expect(page.getByTestId('add-official')).toHaveCount(0)
  await page.getByTestId('official-name').first().click()
  await expect(page.getByTestId('official-profile')).toBeVisible()
  await expect(page.getByTestId('edit-official')).toHaveCount(0)
  await expect(page.getByTestId('deactivate-official')).toHaveCount(0)
  await page.goto('/officials/new')
  await expect(page.getByTestId('forbidden')).toBeVisible()
})
