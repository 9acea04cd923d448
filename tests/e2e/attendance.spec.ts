import { expect, test, type Browser, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { apiLogin, gql, loginAs, PASSWORD, screenshot } from './support'

/** The live demo class NA-2026-TT01 has a session open whenever the stack was seeded (server/src/seed/demo-data/live-demo.ts). */
async function liveSessionId(request: Parameters<typeof apiLogin>[0], token: string): Promise<string> {
  const r = await gql(request, '{ classes { id code sessions { id } } }', {}, token)
  const live = r.data.classes.find((c: { code: string }) => c.code === 'NA-2026-TT01')
  return live.sessions[0].id as string
}

/** A phone-sized page signed in as any demo account. */
async function phoneAs(browser: Browser, email: string, redirect: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  await page.goto(`/login?redirect=${encodeURIComponent(redirect)}`)
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.locator('#login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  return page
}

const expiryOf = (code: string) => JSON.parse(Buffer.from(code.split('.')[1]!, 'base64url').toString()).exp as number

test('trainees check in with the classroom QR, an expired code is refused, and the lecturer corrects and exports attendance', async ({ page, browser, request }) => {
  test.setTimeout(150_000)
  const lecturer = await apiLogin(request, 'LECTURER')
  const trainee = await apiLogin(request, 'TRAINEE')
  const sessionId = await liveSessionId(request, lecturer.accessToken)

  // The lecturer opens the check-in QR for the classroom screen.
  await loginAs(page, 'LECTURER')
  await page.goto(`/sessions/${sessionId}/checkin-qr`)
  const qr = page.getByTestId('checkin-qr')
  await expect(qr).toHaveAttribute('data-code', /.+\..+\..+/)
  await expect(qr.locator('svg')).toBeVisible()
  await expect(page.getByTestId('checkin-qr-remaining')).toContainText('Mã đổi sau')
  const firstCode = (await qr.getAttribute('data-code'))!
  const firstUrl = (await qr.getAttribute('data-url'))!
  expect(firstUrl).toBe(`http://127.0.0.1:5180/checkin?code=${encodeURIComponent(firstCode)}`)
  await screenshot(page, 'attendance-checkin-qr')

  // The trainee scans it on their phone: signs in and lands on the check-in page.
  const phone = await phoneAs(browser, 'trainee@demo.local', `/checkin?code=${encodeURIComponent(firstCode)}`)
  await expect(phone.getByTestId('checkin-success')).toBeVisible()
  await expect(phone.getByTestId('checkin-class')).toContainText('NA-2026-TT01')
  await expect(phone.getByTestId('checkin-success')).toContainText(/Đã điểm danh thành công|Bạn đã điểm danh buổi học này rồi/)
  await screenshot(phone, 'attendance-checkin-success')

  // The same code, once expired, is refused with the instruction to scan again (trainee2 on their phone).
  const waitMs = expiryOf(firstCode) * 1000 - Date.now() + 1500
  if (waitMs > 0) await page.waitForTimeout(waitMs)
  const late = await phoneAs(browser, 'trainee2@demo.local', `/checkin?code=${encodeURIComponent(firstCode)}`)
  await expect(late.getByTestId('checkin-error')).toHaveText('Mã đã hết hạn, hãy quét lại mã trên màn hình lớp học')
  await expect(late.getByTestId('checkin-error')).toHaveAttribute('data-code', 'attendance/code_expired')
  await screenshot(late, 'attendance-checkin-expired')
  // The screen has long shown a newer code.
  await expect(qr).not.toHaveAttribute('data-code', firstCode)

  // The lecturer sees the trainee in the room; the session is still under way, so not present yet but in progress
  // (counted up to now, decided when the session ends), and neither absent.
  await page.goto(`/sessions/${sessionId}/attendance`)
  const mine = page.locator(`[data-testid="attendance-row"][data-official-id="${trainee.user.official!.id}"]`)
  await expect(mine).toHaveAttribute('data-in-progress', 'true')
  await expect(mine).toHaveAttribute('data-present', 'false')
  await expect(mine.getByTestId('attendance-present')).toHaveText('Đang diễn ra')
  await expect(mine.getByTestId('attendance-so-far')).toContainText('phút tính đến giờ')
  await expect(mine.locator('[data-testid="attendance-source"][data-source="IN_ROOM"]')).toHaveText('Tại lớp')

  // …and corrects trainee2, who was in the room without a working phone.
  const t2 = await gql(request, 'mutation { login(input: { email: "trainee2@demo.local", password: "demo1234" }) { user { official { id fullName } } } }')
  const t2Official = t2.data.login.user.official as { id: string; fullName: string }
  const other = page.locator(`[data-testid="attendance-row"][data-official-id="${t2Official.id}"]`)
  await expect(other).toHaveAttribute('data-present', 'false')
  await expect(other).toHaveAttribute('data-in-progress', 'true')
  await other.getByTestId('attendance-correct').click()
  const dialog = page.getByTestId('attendance-correct-dialog')
  await dialog.getByTestId('correct-reason').fill('ốm')
  await dialog.getByTestId('correct-save').click()
  await expect(dialog.getByTestId('correct-reason-error')).toHaveText('Hãy ghi lý do, ít nhất 5 ký tự.')
  const reason = 'Có mặt tại lớp nhưng điện thoại hết pin, giảng viên đã điểm danh trực tiếp'
  await dialog.getByTestId('correct-reason').fill(reason)
  await dialog.getByTestId('correct-save').click()
  await expect(dialog).toBeHidden()
  // A correction decides the row even while the session is under way.
  await expect(other).toHaveAttribute('data-present', 'true')
  await expect(other).toHaveAttribute('data-in-progress', 'false')
  await expect(other.getByTestId('attendance-present')).toHaveText('Có mặt')
  await expect(other.locator('[data-testid="attendance-source"][data-source="CORRECTED"]')).toHaveText('Điều chỉnh')
  await expect(other.getByTestId('attendance-correction')).toContainText(reason)
  await expect(other.getByTestId('attendance-correction')).toContainText('ThS. Trần Thị Minh Hà')
  await screenshot(page, 'attendance-session')

  // The XLSX export holds the same sheet.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('attendance-export').click()])
  expect(download.suggestedFilename()).toMatch(/^diem-danh-NA-2026-TT01-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile((await download.path())!)
  const lines: unknown[][] = []
  wb.worksheets[0]!.eachRow((r) => lines.push((r.values as unknown[]).slice(1)))
  const line = (name: string) => lines.find((l) => l[1] === name)!
  expect(line(trainee.user.official!.fullName)[5]).toBe('Đang diễn ra')
  expect(line(trainee.user.official!.fullName)[6]).toContain('Tại lớp')
  expect(line(t2Official.fullName).slice(5, 7)).toEqual(['Có', 'Điều chỉnh'])
  expect(line(t2Official.fullName)[8]).toBe(reason)

  // The class page shows the attendance grid, as a gradebook does.
  const classId = (await gql(request, '{ classes { id code } }', {}, lecturer.accessToken)).data.classes.find((c: { code: string }) => c.code === 'NA-2026-TT01').id
  await page.goto(`/classes/${classId}`)
  const row = page.locator(`[data-testid="class-attendance-row"][data-official-id="${trainee.user.official!.id}"]`)
  await expect(row.getByTestId('class-attendance-cell')).toHaveAttribute('data-in-progress', 'true')
  const row2 = page.locator(`[data-testid="class-attendance-row"][data-official-id="${t2Official.id}"]`)
  await expect(row2.getByTestId('class-attendance-cell')).toHaveAttribute('data-present', 'true')
  await page.getByTestId('class-attendance').scrollIntoViewIfNeeded()
  await screenshot(page, 'attendance-class-grid', { fullPage: false })
})
