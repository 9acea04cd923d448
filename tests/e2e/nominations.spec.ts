import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

const REASON = 'Đồng chí đã được cử đi lớp cùng đợt tại Đô Lương'

test('a coordinator nominates two Quỳnh Lưu officials within the quota, is stopped at the quota; the admin approves one and rejects one', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const classes = await gql(request, '{ classes(filter: { year: 2026 }) { id code } }', {}, admin.accessToken)
  const kh29 = classes.data.classes.find((c: any) => c.code === 'NA-2026-KH29').id

  await loginAs(page, 'COORDINATOR')
  await page.getByTestId('nav-nominations').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đề cử cán bộ đi học')
  await page.getByTestId('nomination-class').click()
  await page.getByRole('option', { name: /^NA-2026-KH29/ }).click()
  // The demo data: Quỳnh Lưu may send 5 to this class, 2 pending and 1 approved already.
  await expect(page.getByTestId('nomination-quota')).toHaveText('Quỳnh Lưu: chỉ tiêu 5, đã dùng 3, còn 2')

  const candidates = page.getByTestId('nomination-candidate')
  await expect(candidates.first()).toBeVisible()
  const names = [(await candidates.nth(0).getAttribute('data-name'))!, (await candidates.nth(1).getAttribute('data-name'))!]
  await candidates.nth(0).locator('label').click()
  await candidates.nth(1).locator('label').click()
  await page.getByTestId('nomination-note').fill('Cán bộ mới nhận công tác')
  await page.getByTestId('nomination-submit').click()
  await expect(page.getByTestId('nomination-quota')).toHaveText('Quỳnh Lưu: chỉ tiêu 5, đã dùng 5, còn 0')
  const card = page.locator('[data-testid="nomination-class-card"][data-code="NA-2026-KH29"]')
  const mine = (name: string) => card.locator(`[data-testid="my-nomination"][data-name="${name}"]`)
  for (const name of names) await expect(mine(name).getByTestId('my-nomination-status')).toHaveText('Chờ duyệt')
  // The two nominated are no longer offered.
  await expect(page.locator(`[data-testid="nomination-candidate"][data-name="${names[0]}"]`)).toHaveCount(0)

  // A sixth official: over the quota, and the message names it.
  await candidates.nth(0).locator('label').click()
  await page.getByTestId('nomination-submit').click()
  await expect(page.getByTestId('nomination-error')).toHaveText(
    'Vượt chỉ tiêu: xã Quỳnh Lưu được cử tối đa 5 học viên cho lớp này, đã dùng 5, còn 0 — không thể đề cử thêm 1 người.',
  )
  await screenshot(page, 'nominations-quota-full')

  // The administrator decides on the class page.
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login/)
  await loginAs(page, 'ADMIN', { redirect: `/classes/${kh29}` })
  const section = page.getByTestId('class-nominations')
  await expect(section.getByTestId('class-nomination')).toHaveCount(5)
  await expect(section.locator('[data-testid="quota-row"][data-commune="Quỳnh Lưu"]')).toContainText('5')
  const nom = (name: string) => section.locator(`[data-testid="class-nomination"][data-name="${name}"]`)
  await nom(names[0]).getByTestId('class-nomination-select').click()
  await section.getByTestId('nominations-approve').click()
  await expect(nom(names[0])).toHaveAttribute('data-status', 'APPROVED')
  await nom(names[1]).getByTestId('class-nomination-select').click()
  await section.getByTestId('nominations-reject').click()
  await page.getByTestId('reject-confirm').click()
  await expect(page.getByTestId('reject-error')).toHaveText('Vui lòng nhập lý do từ chối.')
  await page.getByTestId('reject-reason').fill(REASON)
  await page.getByTestId('reject-confirm').click()
  await expect(nom(names[1])).toHaveAttribute('data-status', 'REJECTED')
  await expect(nom(names[1])).toContainText(REASON)
  // Approval enrolled the official: the class list shows them with a seat.
  const enrolments = page.getByTestId('class-enrollments')
  await expect(enrolments.getByTestId('enrollment-row').filter({ hasText: names[0] })).toContainText('Đã ghi danh')
  await expect(enrolments.getByTestId('enrollment-row').filter({ hasText: names[1] })).toHaveCount(0)
  await screenshot(page, 'nominations-class-admin', { fullPage: true })

  // The coordinator follows the outcome.
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login/)
  await loginAs(page, 'COORDINATOR', { redirect: '/nominations' })
  await expect(mine(names[0]).getByTestId('my-nomination-status')).toHaveText('Đã duyệt')
  await expect(mine(names[1]).getByTestId('my-nomination-status')).toHaveText('Bị từ chối')
  await expect(mine(names[1]).getByTestId('my-nomination-reason')).toHaveText(`Lý do: ${REASON}`)
  await screenshot(page, 'nominations-coordinator', { fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'nominations-phone')
})
