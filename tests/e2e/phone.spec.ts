import { expect, test } from '@playwright/test'
import { DEMO, PASSWORD, choose, screenshot } from './support'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

async function noHorizontalScroll(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test('on a phone the menu opens and the directory is usable', async ({ page }) => {
  await page.goto('/login')
  await noHorizontalScroll(page)
  await screenshot(page, 'phone-login', { fullPage: false })
  await page.getByLabel('Email', { exact: true }).fill(DEMO.ADMIN)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('home-heading')).toHaveText('Tổng quan quản trị')
  await noHorizontalScroll(page)
  await screenshot(page, 'phone-home', { fullPage: false })

  // The side navigation collapses into a menu button.
  await expect(page.getByTestId('main-nav')).toBeHidden()
  await page.getByTestId('menu-toggle').click()
  const menu = page.getByRole('dialog')
  await expect(menu.getByTestId('main-nav')).toBeVisible()
  await screenshot(page, 'phone-menu', { fullPage: false })
  await menu.getByTestId('nav-officials').click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ cán bộ, công chức')

  // Rows become cards; search and filters still work.
  await expect(page.getByTestId('official-row').first()).toBeVisible()
  await page.getByTestId('officials-search').fill('nguyen van')
  await expect(page).toHaveURL(/q=nguyen\+van/)
  await page.getByTestId('toggle-filters').click()
  await choose(page, 'filter-bloc', 'Khối Đảng')
  await expect(page).toHaveURL(/bloc=PARTY/)
  await expect(page.getByTestId('official-row').first()).toContainText('Khối Đảng')
  await noHorizontalScroll(page)
  await screenshot(page, 'phone-directory-filters', { fullPage: false })
  await page.getByTestId('officials-total').scrollIntoViewIfNeeded()
  await screenshot(page, 'phone-directory', { fullPage: false })
  await page.getByTestId('page-next').click()
  await expect(page).toHaveURL(/page=2/)
  await page.getByTestId('official-name').first().click()
  await expect(page.getByTestId('official-profile')).toBeVisible()
  await noHorizontalScroll(page)
  await screenshot(page, 'phone-detail', { fullPage: false })
})
