import { expect, test } from '@playwright/test'
import { apiLogin, choose, gql, loginAs, screenshot } from './support'

test('admin sees the Nghệ An 2026 program at 70% practice, pushes it under with a theory topic, then removes it', async ({ page, request }) => {
  await loginAs(page, 'ADMIN')
  await page.getByTestId('nav-programs').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chương trình bồi dưỡng')
  const row = page.locator('[data-testid="program-row"][data-code="NA-2026-XA"]')
  await expect(row.getByTestId('program-practice')).toHaveText('70%')
  await expect(row.getByTestId('program-warning')).toHaveCount(0)
  // Đắk Lắk's 7 theory topics are flagged.
  await expect(page.locator('[data-testid="program-row"][data-code="DL-2025-BT"]').getByTestId('program-warning')).toHaveText('Dưới 70%')
  await screenshot(page, 'programs-list')

  await row.getByTestId('program-link').click()
  await expect(page.getByTestId('program-heading')).toContainText('giai đoạn 2026 - 2030')
  const percent = page.getByTestId('split-practice-percent')
  await expect(percent).toHaveText('70%')
  await expect(page.getByTestId('practice-warning')).toHaveCount(0)
  await expect(page.getByTestId('topic-row')).toHaveCount(10)

  // The split follows the typing before anything is saved.
  await page.getByTestId('add-topic').click()
  await page.getByTestId('topic-title').fill('Cập nhật chính sách đối ngoại và phát triển kinh tế của tỉnh')
  await choose(page, 'topic-kind', 'Lý thuyết')
  await page.getByTestId('topic-hours').fill('4')
  await expect(percent).toHaveText('63,6%')
  await expect(page.getByTestId('split-preview')).toBeVisible()
  await page.getByTestId('topic-hours').fill('0')
  await page.getByTestId('topic-save').click()
  await expect(page.getByTestId('topic-error-hours')).toHaveText('Số giờ phải lớn hơn 0 và không quá 200.')
  await page.getByTestId('topic-hours').fill('4')
  await page.getByTestId('topic-save').click()

  await expect(page.getByTestId('topic-row')).toHaveCount(11)
  await expect(page.getByTestId('topic-form')).toHaveCount(0)
  await expect(percent).toHaveText('63,6%')
  await expect(page.getByTestId('practice-warning')).toHaveText('Dưới 70%')
  await expect(page.getByTestId('program-split')).toContainText('Thời lượng thực hành (63,6%) thấp hơn yêu cầu 70%.')
  await screenshot(page, 'program-warning')

  // Move the new topic up one place, then remove it.
  const last = page.getByTestId('topic-row').last()
  await expect(last.getByTestId('topic-row-title')).toHaveText('Cập nhật chính sách đối ngoại và phát triển kinh tế của tỉnh')
  await last.getByTestId('topic-up').click()
  await expect(page.getByTestId('topic-row-title').nth(9)).toHaveText('Cập nhật chính sách đối ngoại và phát triển kinh tế của tỉnh')
  await expect(page.getByTestId('topic-row-title').nth(10)).toHaveText('Viết bài thu hoạch')
  await page.getByTestId('topic-row').nth(9).getByTestId('topic-remove').click()
  await page.getByTestId('confirm-remove-topic').click()
  await expect(page.getByTestId('topic-row')).toHaveCount(10)
  await expect(percent).toHaveText('70%')
  await expect(page.getByTestId('practice-warning')).toHaveCount(0)

  // The server agrees.
  const { accessToken } = await apiLogin(request, 'ADMIN')
  const res = await gql(request, '{ programs { code topicCount practicePercent practiceWarning } }', {}, accessToken)
  expect(res.data.programs.find((p: { code: string }) => p.code === 'NA-2026-XA')).toEqual({
    code: 'NA-2026-XA',
    topicCount: 10,
    practicePercent: 70,
    practiceWarning: false,
  })
})

test('admin creates a program; bad input is explained in Vietnamese', async ({ page }) => {
  await loginAs(page, 'ADMIN')
  await page.goto('/programs/new')
  await page.getByTestId('program-code').fill('QN-2022-XA')
  await page.getByTestId('program-title').fill('x'.repeat(301))
  await page.getByTestId('program-save').click()
  await expect(page.getByTestId('error-title')).toHaveText('Tên quá dài: tối đa 300 ký tự.')
  await page.getByTestId('program-title').fill('Bồi dưỡng kỹ năng số cho công chức xã')
  await page.getByTestId('program-save').click()
  await expect(page.getByTestId('error-code')).toHaveText('Mã chương trình này đã có. Vui lòng chọn mã khác.')
  await page.getByTestId('program-code').fill('e2e-ks-2026')
  await page.getByTestId('program-save').click()
  await expect(page.getByTestId('program-code-label')).toContainText('E2E-KS-2026')
  await expect(page.getByTestId('practice-warning')).toBeVisible()
  await page.getByTestId('delete-program').click()
  await page.getByTestId('confirm-delete-program').click()
  await expect(page).toHaveURL(/\/programs$/)
  await expect(page.locator('[data-testid="program-row"][data-code="E2E-KS-2026"]')).toHaveCount(0)
})

test('a lecturer reads the programs without editing controls', async ({ page }) => {
  await loginAs(page, 'LECTURER')
  await page.getByTestId('nav-programs').click()
  await expect(page.getByTestId('program-row')).toHaveCount(4)
  await expect(page.getByTestId('add-program')).toHaveCount(0)
  await page.locator('[data-testid="program-row"][data-code="QN-2022-XA"]').getByTestId('program-link').click()
  await expect(page.getByTestId('topic-row')).toHaveCount(20)
  await expect(page.getByTestId('program-read-only')).toBeVisible()
  for (const id of ['add-topic', 'edit-program', 'delete-program', 'topic-up', 'topic-remove', 'topic-edit']) {
    await expect(page.getByTestId(id)).toHaveCount(0)
  }
  await expect(page.getByTestId('topic-row').first()).toContainText('Tất cả nhóm')
  await page.goto('/programs/new')
  await expect(page).toHaveURL(/forbidden/)
})

test('the program editor fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await loginAs(page, 'ADMIN')
  await page.goto('/programs')
  await expect(page.getByTestId('program-row')).toHaveCount(4)
  await screenshot(page, 'programs-phone')
  await page.locator('[data-testid="program-row"][data-code="NA-2026-XA"]').getByTestId('program-link').click()
  await expect(page.getByTestId('split-practice-percent')).toHaveText('70%')
  await page.getByTestId('add-topic').click()
  await expect(page.getByTestId('topic-form')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await screenshot(page, 'program-phone')
})
