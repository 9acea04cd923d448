import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { apiCount, apiLogin, gql, loginAs, screenshot } from './support'
import { HEADERS, TAG_WORDS, officialRows, officialsXlsx, plantMistakes, type Mistake, type OfficialRow } from '../fixtures/officials-xlsx'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** Fixed: the same 500 officials on every run (only the run's name syllable changes). */
const SEED = 20250918
const COUNT = 500
const CAPACITY = 150
/** One mistake of each kind, spread over the file (0-based data rows; the spreadsheet row is +2). */
const MISTAKES: Record<number, Mistake> = {
  12: 'missing_name',
  57: 'impossible_date',
  103: 'unknown_commune',
  188: 'bad_gender',
  246: 'bad_bloc',
  319: 'bad_phone',
  421: 'duplicate_row',
}

/** The server's reason code for each planted mistake. */
const REASON: Record<Mistake, string> = {
  missing_name: 'required',
  impossible_date: 'invalid_date',
  unknown_commune: 'commune_not_found',
  bad_gender: 'invalid_value',
  bad_bloc: 'invalid_value',
  bad_phone: 'invalid_phone',
  duplicate_row: 'duplicate_row',
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: XLSX_MIME, buffer })
  await expect(page.getByTestId('import-file-name')).toHaveText(name)
}

async function expectCounts(page: Page, counts: Record<string, number>) {
  for (const [key, value] of Object.entries(counts)) {
    await expect(page.getByTestId(`import-count-${key}`), key).toHaveAttribute('data-count', String(value))
  }
}

test('admin imports 500 Nghệ An officials from an XLSX into a class: sees the 7 errors, fixes the file, commits, and a re-upload changes nothing', async ({ page, request }) => {
  test.setTimeout(300_000)
  const admin = await apiLogin(request, 'ADMIN')

  // This run's officials: a name syllable nobody in the directory has yet, so reruns against one database never collide.
  let tag = ''
  let clean: OfficialRow[] = []
  const start = Math.floor(Date.now() / 1000) % TAG_WORDS.length
  for (let k = 0; k < TAG_WORDS.length && !tag; k++) {
    const candidate = TAG_WORDS[(start + k) % TAG_WORDS.length]!
    const rows = officialRows({ count: COUNT, seed: SEED, tag: candidate })
    if ((await apiCount(request, admin.accessToken, { search: rows[0]!.fullName })) === 0) {
      tag = candidate
      clean = rows
    }
  }
  expect(tag, 'a free name syllable').not.toBe('')
  const { rows: faulty, mistakes } = plantMistakes(clean, MISTAKES)
  expect(mistakes).toHaveLength(7)

  // A class of its own for the Quỳnh Lưu course's communes (capacity 150, as that course): 150 seats, the rest waitlisted.
  const programs = await gql(request, '{ programs { id code } }', {}, admin.accessToken)
  const programId = programs.data.programs.find((p: any) => p.code === 'NA-2025-TH').id
  const code = `NA-2026-NK-${Date.now().toString(36).toUpperCase()}`
  const created = await gql(
    request,
    'mutation($input: CreateClassInput!) { createClass(input: $input) { id code } }',
    {
      input: {
        programId,
        code,
        title: 'Tập huấn chính quyền địa phương 2 cấp cho cán bộ, công chức các xã phía Bắc Nghệ An',
        startDate: '2026-06-15',
        endDate: '2026-06-16',
        venue: 'UBND xã Quỳnh Lưu, tỉnh Nghệ An',
        deliveryFormat: 'IN_PERSON',
        capacity: CAPACITY,
      },
    },
    admin.accessToken,
  )
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined()
  const classId = created.data.createClass.id as string

  await loginAs(page, 'ADMIN')
  await page.goto(`/classes/${classId}`)
  await expect(page.getByTestId('class-code-label')).toHaveText(code)
  await page.getByTestId('class-import').click()
  await expect(page).toHaveURL(new RegExp(`/classes/${classId}/import`))
  await expect(page.getByTestId('import-heading')).toHaveText('Nhập danh sách học viên từ tệp')
  await expect(page.getByTestId('import-class')).toContainText(`Lớp ${code} · 0/150 đã ghi danh · 0 trong danh sách chờ`)
  await expect(page.locator('[aria-current="step"]')).toContainText('Chọn tệp')

  // The template has the communes' column headers.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('import-template').click()])
  expect(download.suggestedFilename()).toBe('mau-nhap-danh-sach-can-bo.xlsx')
  const template = new ExcelJS.Workbook()
  await template.xlsx.readFile(await download.path())
  expect((template.getWorksheet('Danh sách')!.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADERS])

  // A wrong kind of file is refused before uploading.
  await page.getByTestId('import-file-input').setInputFiles({ name: 'danh-sach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') })
  await expect(page.getByTestId('import-file-problem')).toHaveText('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).')
  await expect(page.getByTestId('import-upload')).toBeDisabled()

  const fileName = `Danh sách học viên lớp ${code}.xlsx`
  await chooseFile(page, fileName, await officialsXlsx(faulty))
  await expect(page.getByTestId('import-file-size')).toContainText('KB')
  await screenshot(page, 'import-1-upload')

  // A slow commune connection: the first status answer arrives late, so the progress step stays on screen a moment.
  let delayed = false
  await page.route('**/graphql', async (route) => {
    if (!delayed && (route.request().postData() ?? '').includes('OfficialImportStatus')) {
      delayed = true
      const response = await route.fetch()
      await new Promise((r) => setTimeout(r, 1500))
      return route.fulfill({ response })
    }
    return route.continue()
  })
  await page.getByTestId('import-upload').click()
  const progress = page.getByTestId('import-step-progress')
  await expect(progress).toBeVisible()
  await expect(progress.getByRole('progressbar')).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toContainText('Kiểm tra')
  await screenshot(page, 'import-2-analysing')

  // Exactly the seven planted mistakes, each on its row and column; nothing written.
  const preview = page.getByTestId('import-step-preview')
  await expect(preview).toHaveAttribute('data-status', 'INVALID', { timeout: 60_000 })
  await expect(page.locator('[aria-current="step"]')).toContainText('Xem trước')
  await expect(page.getByTestId('import-invalid')).toContainText('chưa có dữ liệu nào được ghi')
  await expect(page.getByTestId('import-commit')).toHaveCount(0)
  const errors = page.getByTestId('import-error')
  await expect(errors.first()).toBeVisible()
  const shown = await errors.evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.getAttribute('data-row')), tr.getAttribute('data-column'), tr.getAttribute('data-reason')]),
  )
  expect(shown).toEqual(mistakes.map((m) => [m.row, m.column, REASON[m.kind]]))
  await expectCounts(page, { errorCount: 7 })
  const byRow = (row: number) => page.locator(`[data-testid="import-error"][data-row="${row}"]`)
  const at = (kind: Mistake) => mistakes.find((m) => m.kind === kind)!
  await expect(byRow(at('impossible_date').row).getByTestId('import-error-value')).toHaveText('31/02/1980')
  await expect(byRow(at('unknown_commune').row).getByTestId('import-error-value')).toHaveText('Diễn Kỷ')
  await expect(byRow(at('bad_phone').row).getByTestId('import-error-value')).toHaveText('091234')
  for (const m of mistakes) await expect(byRow(m.row).getByTestId('import-error-message')).not.toBeEmpty()
  // The preview starts on the rows with errors.
  await expect(page.getByTestId('import-only-errors').locator('input')).toBeChecked()
  await expect(page.getByTestId('import-preview-row')).toHaveCount(7)
  await screenshot(page, 'import-3-errors')
  expect(await apiCount(request, admin.accessToken, { search: clean[1]!.fullName })).toBe(0)

  // Fix the file (the same officials without the bad values) and upload it again.
  await page.getByTestId('import-upload-again').click()
  await expect(page.getByTestId('import-step-upload')).toBeVisible()
  await chooseFile(page, fileName, await officialsXlsx(clean))
  await page.getByTestId('import-upload').click()
  await expect(preview).toHaveAttribute('data-status', 'READY', { timeout: 60_000 })
  await expect(page.getByTestId('import-ready')).toBeVisible()
  await expectCounts(page, { toCreate: 500, toUpdate: 0, unchanged: 0, toEnrol: CAPACITY, toWaitlist: COUNT - CAPACITY, alreadyEnrolled: 0, errorCount: 0 })
  await expect(page.getByTestId('import-errors')).toHaveCount(0)
  await expect(page.getByTestId('import-preview-row')).toHaveCount(50)
  await expect(page.getByTestId('import-preview-row').first().getByTestId('import-preview-name')).toHaveText(clean[0]!.fullName)
  await screenshot(page, 'import-4-ready')

  await page.getByTestId('import-commit').click()
  const done = page.getByTestId('import-step-done')
  await expect(done).toBeVisible({ timeout: 120_000 })
  await expect(page.locator('[aria-current="step"]')).toContainText('Ghi vào hệ thống')
  await expectCounts(page, { toCreate: 500, toEnrol: CAPACITY, toWaitlist: COUNT - CAPACITY })
  await expect(page.getByTestId('import-class')).toContainText(`150/150 đã ghi danh · 350 trong danh sách chờ`)
  await screenshot(page, 'import-5-done')

  // The class's enrolment list has the imported officials: the first 150 rows seated, the rest waiting in file order.
  await page.getByTestId('import-back-to-class').click()
  const section = page.getByTestId('class-enrollments')
  await expect(section.getByTestId('enrollment-summary')).toHaveText('150/150 đã ghi danh · 350 trong danh sách chờ')
  await expect(section.getByTestId('enrollment-row')).toHaveCount(COUNT)
  const row = (name: string) => section.getByTestId('enrollment-row').filter({ has: page.getByTestId('enrollment-name').getByText(name, { exact: true }) })
  await expect(row(clean[0]!.fullName).getByTestId('enrollment-status')).toHaveText('Đã ghi danh')
  await expect(row(clean[0]!.fullName)).toContainText(clean[0]!.commune)
  await expect(row(clean[CAPACITY - 1]!.fullName).getByTestId('enrollment-status')).toHaveText('Đã ghi danh')
  await expect(row(clean[CAPACITY]!.fullName).getByTestId('enrollment-status')).toHaveText('Danh sách chờ (#1)')
  await expect(row(clean[COUNT - 1]!.fullName).getByTestId('enrollment-status')).toHaveText(`Danh sách chờ (#${COUNT - CAPACITY})`)
  await section.getByTestId('enrollment-summary').scrollIntoViewIfNeeded()
  await screenshot(page, 'import-6-enrolments', { fullPage: false })

  // The same file again: everyone is already in the directory, unchanged, and already in the class.
  await page.getByTestId('class-import').click()
  await chooseFile(page, fileName, await officialsXlsx(clean))
  await page.getByTestId('import-upload').click()
  await expect(preview).toHaveAttribute('data-status', 'READY', { timeout: 60_000 })
  await expectCounts(page, { toCreate: 0, toUpdate: 0, unchanged: COUNT, toEnrol: 0, toWaitlist: 0, alreadyEnrolled: COUNT, errorCount: 0 })
  await screenshot(page, 'import-7-again')
  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'import-8-phone', { fullPage: false })
})
