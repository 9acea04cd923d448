import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { apiLogin, gql, loginAs, screenshot } from './support'

/** Clicks a download button and parses the saved XLSX; the first worksheet and the suggested file name. */
async function downloadXlsx(page: Page, testId: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await download.path())
  return { ws: wb.worksheets[0]!, name: download.suggestedFilename() }
}

/** Rows after the header row (row 6: four title lines, a blank line, the header). */
function dataRows(ws: ExcelJS.Worksheet) {
  const rows: ExcelJS.Row[] = []
  ws.eachRow((row, n) => {
    if (n > 6) rows.push(row)
  })
  return rows
}

test('admin exports the class list and the timetable of a class to Excel from the class page', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const classes = await gql(request, '{ classes { id code } }', {}, admin.accessToken)
  const id = classes.data.classes.find((c: any) => c.code === 'NA-2025-TH-L01').id
  const api = await gql(
    request,
    'query($c: ID!){ classEnrollments(classId: $c){ status official { fullName } } class(id: $c){ sessions { topic { title } } } }',
    { c: id },
    admin.accessToken,
  )
  const listed = api.data.classEnrollments.filter((e: any) => e.status !== 'WITHDRAWN')
  const enrolled = listed.filter((e: any) => e.status === 'ENROLLED').length
  const waitlisted = listed.filter((e: any) => e.status === 'WAITLISTED').length
  expect(waitlisted).toBeGreaterThan(0)

  await loginAs(page, 'ADMIN')
  await page.goto(`/classes/${id}`)
  await expect(page.getByTestId('class-code-label')).toHaveText('NA-2025-TH-L01')
  await expect(page.getByTestId('export-enrolments')).toHaveText('Xuất danh sách lớp (Excel)')
  await screenshot(page, 'exports-class-page', { fullPage: false })

  const list = await downloadXlsx(page, 'export-enrolments')
  expect(list.name).toBe('Danh-sach-lop-NA-2025-TH-L01.xlsx')
  expect(list.ws.getCell('A1').value).toBe('DANH SÁCH HỌC VIÊN LỚP NA-2025-TH-L01')
  expect((list.ws.getRow(6).values as unknown[]).slice(1, 4)).toEqual(['STT', 'Họ và tên', 'Ngày sinh'])
  expect(list.ws.getRow(6).getCell(13).value).toBe('Trạng thái')
  const rows = dataRows(list.ws)
  expect(rows).toHaveLength(enrolled + waitlisted)
  expect(rows.map((r) => r.getCell(2).value)).toEqual(listed.map((e: any) => e.official.fullName))
  expect(rows.filter((r) => r.getCell(13).value === 'Danh sách chờ')).toHaveLength(waitlisted)

  const timetable = await downloadXlsx(page, 'export-timetable')
  expect(timetable.name).toBe('Thoi-khoa-bieu-NA-2025-TH-L01.xlsx')
  expect((timetable.ws.getRow(6).values as unknown[]).slice(1)).toEqual([
    'STT', 'Ngày', 'Thứ', 'Bắt đầu', 'Kết thúc', 'Chuyên đề', 'Loại', 'Hình thức', 'Phòng', 'Giảng viên',
  ])
  const sessions = dataRows(timetable.ws)
  expect(sessions.map((r) => r.getCell(6).value)).toEqual(api.data.class.sessions.map((s: any) => s.topic.title))
  expect(sessions[0]!.getCell(3).value).toBe('Thứ Năm')
})

test('a trainee can download the timetable but not the class list; the class list refuses them with 403', async ({ page, request }) => {
  const trainee = await apiLogin(request, 'TRAINEE')
  const mine = await gql(request, '{ myClasses { trainingClass { id code } } }', {}, trainee.accessToken)
  const cls = mine.data.myClasses[0].trainingClass
  const refused = await request.get(`http://127.0.0.1:5180/api/exports/classes/${cls.id}/enrolments.xlsx`, {
    headers: { authorization: `Bearer ${trainee.accessToken}` },
  })
  expect(refused.status()).toBe(403)
  expect(await refused.json()).toMatchObject({ code: 'auth/forbidden' })
  expect((await request.get(`http://127.0.0.1:5180/api/exports/classes/${cls.id}/timetable.xlsx`)).status()).toBe(401)

  await loginAs(page, 'TRAINEE')
  await page.goto(`/classes/${cls.id}`)
  await expect(page.getByTestId('export-timetable')).toBeVisible()
  await expect(page.getByTestId('export-enrolments')).toHaveCount(0)
  const timetable = await downloadXlsx(page, 'export-timetable')
  expect(timetable.name).toBe(`Thoi-khoa-bieu-${cls.code}.xlsx`)
  expect(timetable.ws.getCell('A1').value).toBe(`THỜI KHÓA BIỂU LỚP ${cls.code}`)
})
