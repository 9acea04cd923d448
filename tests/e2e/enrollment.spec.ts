import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

test('admin enrols into a full class (waitlisted), withdraws a trainee and sees the first in line promoted; the trainee sees "Lớp của tôi"', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const classes = await gql(request, '{ classes { id code } }', {}, admin.accessToken)
  const th = classes.data.classes.find((c: any) => c.code === 'NA-2025-TH-L01').id
  const before = await gql(request, 'query($c: ID!){ classEnrollments(classId: $c) { status waitlistPosition official { id fullName } } }', { c: th }, admin.accessToken)
  const enrolled = before.data.classEnrollments.filter((e: any) => e.status === 'ENROLLED')
  const waiting = before.data.classEnrollments.filter((e: any) => e.status === 'WAITLISTED')
  expect(enrolled).toHaveLength(150)
  expect(waiting.map((e: any) => e.waitlistPosition)).toEqual([1, 2, 3, 4, 5])
  // An official of Đắk Lắk: not in this Nghệ An course.
  const provinces = await gql(request, '{ provinces { name communes { id } } }', {}, admin.accessToken)
  const dakLak = provinces.data.provinces.find((p: any) => p.name === 'Đắk Lắk').communes[0].id
  const found = await gql(request, 'query($c: ID){ officials(first: 1, filter: { communeId: $c }) { edges { node { id fullName } } } }', { c: dakLak }, admin.accessToken)
  const newcomer = found.data.officials.edges[0].node

  await loginAs(page, 'ADMIN')
  await page.goto(`/classes/${th}`)
  const section = page.getByTestId('class-enrollments')
  await expect(section.getByRole('heading', { name: 'Học viên' })).toBeVisible()
  await expect(section.getByTestId('enrollment-summary')).toHaveText('150/150 đã ghi danh · 5 trong danh sách chờ')
  await expect(section.getByTestId('enrollment-row')).toHaveCount(155)

  await section.getByTestId('enroll-search').fill(newcomer.fullName)
  await section.locator(`[data-testid="enroll-suggestion"][data-official-id="${newcomer.id}"]`).getByTestId('enroll-pick').click()
  const row = (id: string) => section.locator(`[data-testid="enrollment-row"][data-official-id="${id}"]`)
  await expect(row(newcomer.id).getByTestId('enrollment-status')).toHaveText('Danh sách chờ (#6)')
  await expect(section.getByTestId('enrollment-summary')).toHaveText('150/150 đã ghi danh · 6 trong danh sách chờ')
  await screenshot(page, 'enrollment-waitlist')

  // Withdrawing an enrolled trainee offers the seat to the first in line.
  const leaving = enrolled[0].official
  const first = waiting[0].official
  await row(leaving.id).getByTestId('enrollment-withdraw').click()
  await page.getByTestId('confirm-withdraw').click()
  await expect(row(leaving.id).getByTestId('enrollment-status')).toHaveText('Đã rút')
  await expect(row(first.id).getByTestId('enrollment-status')).toHaveText('Đã ghi danh')
  await expect(row(newcomer.id).getByTestId('enrollment-status')).toHaveText('Danh sách chờ (#5)')
  await expect(page.getByText(`${first.fullName} được chuyển từ danh sách chờ sang đã ghi danh.`)).toBeVisible()
  await expect(section.getByTestId('enrollment-summary')).toHaveText('150/150 đã ghi danh · 5 trong danh sách chờ')
  await screenshot(page, 'enrollment-promoted')

  // The demo trainee is enrolled in NA-2026-L01.
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login/)
  await loginAs(page, 'TRAINEE')
  const mine = page.getByTestId('my-classes')
  await expect(mine.getByRole('heading', { name: 'Lớp của tôi' })).toBeVisible()
  const l01 = mine.getByTestId('my-class').filter({ hasText: 'NA-2026-L01' })
  await expect(l01.getByTestId('my-class-status')).toHaveText('Đã ghi danh')
  await expect(l01).toContainText('06/04/2026 – 10/04/2026')
  await screenshot(page, 'my-classes')
  await l01.getByTestId('my-class-timetable').click()
  await expect(page.getByTestId('class-code-label')).toHaveText('NA-2026-L01')
  await expect(page.getByTestId('timetable-day')).toHaveCount(5)
  await expect(page.getByTestId('class-enrollments')).toHaveCount(0)
})
