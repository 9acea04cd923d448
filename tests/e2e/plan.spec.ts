import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

test('admin sees the Nghệ An 2026 plan within the 28-32 band, with seats and untrained officials as the API counts them', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const api = (await gql(request, '{ annualPlan(year: 2026) { classCount seatsPlanned notYetTrained coveragePercent classes { code } } }', {}, admin.accessToken)).data.annualPlan
  // The plan's 30 classes (plus the live demo class when the demo data was loaded in 2026).
  expect(api.classes.filter((c: any) => /^NA-2026-(L0[1-4]|KH\d\d)$/.test(c.code))).toHaveLength(30)

  await loginAs(page, 'ADMIN')
  await page.getByTestId('nav-plan').click()
  await page.getByTestId('plan-year').click()
  await page.getByRole('option', { name: '2026', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch mở lớp năm 2026')
  await expect(page.getByTestId('plan-class-count')).toHaveText(String(api.classCount))
  await expect(page.getByTestId('plan-band')).toHaveText('Chỉ tiêu 28–32 lớp/năm')
  await expect(page.getByTestId('plan-band-state')).toHaveText('Trong chỉ tiêu')
  await expect(page.getByTestId('plan-seats')).toHaveAttribute('data-count', String(api.seatsPlanned))
  await expect(page.getByTestId('plan-untrained')).toHaveAttribute('data-count', String(api.notYetTrained))
  await expect(page.getByTestId('plan-class-row')).toHaveCount(api.classCount)
  await expect(page.locator('[data-testid="plan-class-row"][data-code="NA-2026-KH30"]')).toContainText('14/12/2026')
  await expect(page.getByTestId('plan-month-chart').locator('svg')).toBeVisible()
  await screenshot(page, 'plan-2026', { fullPage: true })

  // A coordinator sees the same band with the figures of Quỳnh Lưu.
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login/)
  await loginAs(page, 'COORDINATOR', { redirect: '/plan' })
  await page.getByTestId('plan-year').click()
  await page.getByRole('option', { name: '2026', exact: true }).click()
  await expect(page.getByTestId('plan-commune')).toHaveText('Số liệu của xã Quỳnh Lưu')
  await expect(page.getByTestId('plan-band')).toHaveText('Chỉ tiêu 28–32 lớp/năm')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'plan-phone')
})
