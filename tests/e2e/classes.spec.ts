import { expect, test } from '@playwright/test'
import { apiLogin, choose, gql, loginAs, screenshot } from './support'

const MAIN_LECTURER = 'ThS. Trần Thị Minh Hà (Trường Chính trị tỉnh Nghệ An)'

test('admin opens a Nghệ An 2026 class, is told the lecturer already teaches NA-2026-L02, then adds a valid session', async ({ page, request }) => {
  await loginAs(page, 'ADMIN')
  await page.getByTestId('nav-classes').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lớp bồi dưỡng')
  // Six demo classes, the live demo class NA-2026-TT01 and the rest of the Nghệ An 2026 plan (NA-2026-KH05..KH30).
  await expect(page.getByTestId('class-row')).toHaveCount(7 + 26)
  // The two-day Quỳnh Lưu course had about 150 trainees: outside 60-70.
  const th = page.locator('[data-testid="class-row"][data-code="NA-2025-TH-L01"]')
  await expect(th.getByTestId('class-capacity')).toHaveText('150')
  await expect(th.getByTestId('class-capacity-warning')).toHaveText('Ngoài 60–70')
  const row = page.locator('[data-testid="class-row"][data-code="NA-2026-L03"]')
  await expect(row.getByTestId('class-dates')).toHaveText('13/04/2026 – 17/04/2026')
  await expect(row.getByTestId('class-capacity-warning')).toHaveCount(0)
  await expect(row).toContainText('Kết hợp')
  await screenshot(page, 'classes-list')

  await row.getByTestId('class-link').click()
  await expect(page.getByTestId('class-code-label')).toHaveText('NA-2026-L03')
  await expect(page.getByTestId('timetable-day')).toHaveCount(5)
  await expect(page.getByTestId('session-row')).toHaveCount(10)
  const monday = page.locator('[data-testid="timetable-day"][data-day="2026-04-13"]')
  await expect(monday.getByTestId('session-time')).toHaveText(['07:30–11:30', '13:30–17:00'])
  await expect(monday.getByTestId('session-room').first()).toContainText('Hội trường A')
  await expect(page.getByTestId('class-lecturer-kind')).toContainText(['Giảng viên kiêm chức'])
  await screenshot(page, 'class-detail')

  // Monday morning she teaches NA-2026-L02.
  await page.getByTestId('add-session').click()
  const form = page.getByTestId('session-form')
  await form.getByTestId('session-day').fill('2026-04-13')
  await form.getByTestId('session-from').fill('09:00')
  await form.getByTestId('session-to').fill('10:30')
  await form.getByTestId('session-input-topic').click()
  await page.getByRole('option').first().click()
  await choose(page, 'session-input-lecturer', MAIN_LECTURER)
  await form.getByTestId('session-room').fill('Phòng 305')
  await form.getByTestId('session-save').click()
  await expect(form.getByTestId('error-notice')).toHaveText(
    'Giảng viên đã có lịch dạy lớp NA-2026-L02 từ 07:30 đến 11:30 ngày 13/04/2026. Vui lòng chọn giờ hoặc giảng viên khác.',
  )
  await expect(page.getByTestId('session-row')).toHaveCount(10)
  await screenshot(page, 'class-session-clash')

  // The afternoon is free for her and for Phòng 305.
  await form.getByTestId('session-from').fill('13:30')
  await form.getByTestId('session-to').fill('15:00')
  await form.getByTestId('session-save').click()
  await expect(page.getByTestId('session-form')).toHaveCount(0)
  await expect(page.getByTestId('session-row')).toHaveCount(11)
  await expect(monday.getByTestId('session-time')).toHaveText(['07:30–11:30', '13:30–15:00', '13:30–17:00'])
  await expect(monday.getByTestId('session-lecturer').nth(1)).toContainText(MAIN_LECTURER)

  // The server agrees.
  const { accessToken } = await apiLogin(request, 'ADMIN')
  const res = await gql(request, '{ classes(filter: { year: 2026 }) { code sessionCount } }', {}, accessToken)
  expect(res.data.classes.find((c: { code: string }) => c.code === 'NA-2026-L03').sessionCount).toBe(11)
})

test('a lecturer reads classes and her own, without editing', async ({ page }) => {
  await loginAs(page, 'LECTURER')
  await page.getByTestId('nav-classes').click()
  // Six demo classes and the live demo class NA-2026-TT01 (server/src/seed/demo-data/live-demo.ts), which she teaches,
  // and the 26 other classes of the Nghệ An 2026 plan (seed/demo-data/nghean-2026-plan.ts), which she does not.
  await expect(page.getByTestId('class-row')).toHaveCount(7 + 26)
  await expect(page.getByTestId('add-class')).toHaveCount(0)
  await page.getByTestId('classes-mine').click()
  await expect(page.getByTestId('class-row')).toHaveCount(6)
  await expect(page.locator('[data-testid="class-row"][data-code="DL-2025-L01"]')).toHaveCount(0)

  await page.locator('[data-testid="class-row"][data-code="NA-2026-L01"]').getByTestId('class-link').click()
  await expect(page.getByTestId('class-read-only')).toBeVisible()
  await expect(page.getByTestId('session-row')).toHaveCount(10)
  await expect(page.getByTestId('add-session')).toHaveCount(0)
  await expect(page.getByTestId('edit-class')).toHaveCount(0)
  await expect(page.getByTestId('session-edit')).toHaveCount(0)
  await expect(page.getByTestId('assign-lecturer')).toHaveCount(0)
  // Her own class: she reads its list of trainees.
  await expect(page.getByTestId('class-enrollments')).toBeVisible()
  await screenshot(page, 'class-detail-lecturer')

  // A class she does not teach: its timetable, but not its trainees (the server refuses the list too).
  await page.goto('/classes')
  await page.locator('[data-testid="class-row"][data-code="DL-2025-L01"]').getByTestId('class-link').click()
  await expect(page.getByTestId('class-read-only')).toBeVisible()
  await expect(page.getByTestId('class-enrollments')).toHaveCount(0)
  await page.goBack()
  await page.locator('[data-testid="class-row"][data-code="NA-2026-L01"]').getByTestId('class-link').click()

  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByTestId('session-row').first()).toBeVisible()
  await screenshot(page, 'class-detail-phone')
  await page.goto('/classes')
  await expect(page.getByTestId('class-row')).toHaveCount(7 + 26)
  await screenshot(page, 'classes-list-phone')
})

test('admin opens a new class of five days; a capacity outside 60-70 is flagged', async ({ page }) => {
  await loginAs(page, 'ADMIN')
  await page.goto('/classes')
  await page.getByTestId('add-class').click()
  await page.getByTestId('class-save').click()
  await expect(page.getByTestId('class-error-code')).toHaveText('Vui lòng nhập mã lớp.')
  await page.getByTestId('class-program').click()
  await page.getByRole('option', { name: /^NA-2026-XA/ }).click()
  await page.getByTestId('class-code').fill('NA-2026-L05')
  await page.getByTestId('class-title').fill('Lớp bồi dưỡng kiến thức, kỹ năng mới cho cán bộ, công chức cấp xã năm 2026 (lớp 5)')
  await page.getByTestId('class-start').fill('2026-05-04')
  await page.getByTestId('class-capacity-input').fill('80')
  await screenshot(page, 'class-create')
  await page.getByTestId('class-save').click()
  await expect(page.getByTestId('class-code-label')).toHaveText('NA-2026-L05')
  await expect(page.getByTestId('class-dates')).toContainText('04/05/2026 – 08/05/2026')
  await expect(page.getByTestId('class-capacity-warning')).toBeVisible()
  await expect(page.getByTestId('class-venue')).toHaveText('Trường Chính trị tỉnh Nghệ An')
})
