import { expect, test } from '@playwright/test'
import { choose, loginAs, screenshot } from './support'

test('switching to English changes labels, numbers and stays after a reload', async ({ page }) => {
  await loginAs(page, 'ADMIN')
  await expect(page.getByTestId('nav-officials')).toHaveText('Danh bạ cán bộ')
  await expect(page.getByTestId('stat-officials')).toHaveText(/^\d{1,3}(\.\d{3})+$/) // vi-VN: 9.044

  await page.getByTestId('language-switch').getByText('English').click()
  await expect(page.getByTestId('home-heading')).toHaveText('Administration overview')
  await expect(page.getByTestId('nav-officials')).toHaveText('Officials directory')
  await expect(page.getByTestId('role-badge')).toHaveText('Administrator')
  await expect(page.getByTestId('logout')).toHaveText('Sign out')
  await expect(page.getByTestId('stat-officials')).toHaveText(/^\d{1,3}(,\d{3})+$/) // en-GB: 9,044
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.getByTestId('nav-officials').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Officials directory')
  await expect(page.getByText('officials found')).toBeVisible()
  await choose(page, 'filter-bloc', 'Party bloc')
  await expect(page.getByTestId('official-row').first()).toContainText('Party bloc')
  await expect(page).toHaveTitle(/Officials directory · Giảng Đường/)
  await screenshot(page, 'directory-english')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Officials directory')
  await page.getByTestId('language-switch').getByText('Tiếng Việt').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ cán bộ, công chức')
  await expect(page.getByTestId('official-row').first()).toContainText('Khối Đảng')
})
