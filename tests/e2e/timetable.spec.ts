import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

test('the trainee sees "Lớp của tôi" with the timetable by day and the next session highlighted', async ({ page, request }) => {
  const trainee = await apiLogin(request, 'TRAINEE')
  const mine = await gql(
    request,
    '{ myClasses { status trainingClass { id code sessions { id startsAt topic { title } } } } }',
    {},
    trainee.accessToken,
  )
  const l01 = mine.data.myClasses.find((m: any) => m.trainingClass.code === 'NA-2026-L01')
  expect(l01.status).toBe('ENROLLED')
  const sessions = l01.trainingClass.sessions
  // Wednesday 8/4/2026, 10:00 in Vietnam: day 3 of NA-2026-L01, its morning session is the one under way.
  await page.clock.setFixedTime(new Date('2026-04-08T03:00:00Z'))

  await loginAs(page, 'TRAINEE')
  await expect(page.getByTestId('home-my-classes')).toBeVisible()
  await page.getByTestId('nav-my-classes').click()
  await expect(page).toHaveURL(/\/my-classes$/)
  await expect(page.getByTestId('my-classes-heading')).toHaveText('Lớp của tôi')
  const card = page.locator('[data-testid="my-timetable-class"][data-code="NA-2026-L01"]')
  await expect(card.getByTestId('my-timetable-status')).toHaveText('Đã ghi danh')
  await expect(card.getByTestId('my-timetable-phase')).toHaveText('Đang diễn ra')
  await expect(card.getByTestId('my-timetable-day')).toHaveCount(5)
  await expect(card.getByTestId('my-timetable-day').first()).toContainText('thứ hai, 06/04/2026', { ignoreCase: true })
  await expect(card.getByTestId('my-session')).toHaveCount(sessions.length)
  await expect(card.getByTestId('my-session-topic')).toHaveText(sessions.map((s: any) => s.topic.title))
  const next = sessions.find((s: any) => s.startsAt.startsWith('2026-04-08'))
  const highlighted = card.locator('[data-testid="my-session"][data-next="true"]')
  await expect(highlighted).toHaveCount(1)
  await expect(highlighted.getByTestId('my-session-topic')).toHaveText(next.topic.title)
  await expect(page.getByTestId('next-session')).toContainText(next.topic.title)
  await expect(card.getByTestId('export-timetable')).toBeVisible()
  await screenshot(page, 'trainee-timetable')

  // The same page on a phone.
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'trainee-timetable-phone')
})

test('the admin sees classes on the month calendar and the class week grid', async ({ page }) => {
  await loginAs(page, 'ADMIN')
  await page.getByTestId('nav-classes').click()
  await page.getByTestId('classes-view').getByText('Lịch tháng').click()
  await expect(page).toHaveURL(/view=calendar/)
  await expect(page.getByTestId('classes-calendar')).toBeVisible()

  // April 2026: the first four classes of the Nghệ An 2026 plan; L02 and L03 run in parallel, on separate lanes.
  await page.goto('/classes?view=calendar&month=2026-04')
  const calendar = page.getByTestId('classes-calendar')
  await expect(calendar).toHaveAttribute('data-month', '2026-04')
  await expect(page.getByTestId('calendar-title')).toHaveText(/tháng 4.*2026/i)
  for (const code of ['NA-2026-L01', 'NA-2026-L02', 'NA-2026-L03', 'NA-2026-L04']) {
    await expect(calendar.locator(`[data-testid="calendar-class"][data-code="${code}"]`)).toBeVisible()
  }
  const l02 = await calendar.locator('[data-testid="calendar-class"][data-code="NA-2026-L02"]').boundingBox()
  const l03 = await calendar.locator('[data-testid="calendar-class"][data-code="NA-2026-L03"]').boundingBox()
  expect(Math.abs(l02!.x - l03!.x)).toBeLessThan(2)
  expect(Math.abs(l02!.y - l03!.y)).toBeGreaterThan(10)
  await screenshot(page, 'classes-calendar')

  // Months move with the arrows and stay in the URL; August 2025 holds the Đắk Lắk course.
  await page.goto('/classes?view=calendar&month=2025-09')
  await page.getByTestId('calendar-prev').click()
  await expect(page).toHaveURL(/month=2025-08/)
  await calendar.locator('[data-testid="calendar-class"][data-code="DL-2025-L01"]').click()
  await expect(page.getByTestId('class-code-label')).toHaveText('DL-2025-L01')
  const grid = page.getByTestId('class-week-grid')
  await expect(grid.getByTestId('week-range')).toHaveText('Tuần 18/08/2025 – 24/08/2025')
  await expect(grid.getByTestId('week-session')).toHaveCount(7)
  await grid.scrollIntoViewIfNeeded()
  await screenshot(page, 'class-week-grid', { fullPage: false })
})
