import { expect, test } from '@playwright/test'
import { apiLogin, gql, loginAs, screenshot } from './support'

const READ = `query ($id: ID!) { official(id: $id) { id fullName email phone updatedAt } }`

/** Letters only (names refuse digits), so reruns against a reused stack do not collide. */
function uniqueWord() {
  return Array.from({ length: 6 }, () => 'abcdeghiklmnopqrstuvxy'[Math.floor(Math.random() * 22)]).join('')
}

test('admin edit: a 10,000-character name and a bad email are refused in Vietnamese; a valid edit saves', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  const word = uniqueWord()
  const newName = `Trần Thị Kiểm Thử ${word[0]!.toUpperCase()}${word.slice(1)}`
  const list = await gql(
    request,
    `query { officials(first: 1, filter: { search: "tran thi" }) { edges { node { id fullName email phone } } } }`,
    {},
    admin.accessToken,
  )
  const target = list.data.officials.edges[0].node as { id: string; fullName: string; email: string | null; phone: string | null }

  // The API itself refuses the same input, naming both fields.
  const direct = await gql(
    request,
    `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id } }`,
    { id: target.id, input: { fullName: 'x'.repeat(10_000), email: 'khong-phai-email' } },
    admin.accessToken,
  )
  expect(direct.errors?.[0]?.extensions).toMatchObject({
    code: 'validation/invalid_input',
    fields: { fullName: 'too_long', email: 'invalid_email' },
  })

  await loginAs(page, 'ADMIN')
  await page.goto(`/officials/${target.id}`)
  await expect(page.getByTestId('official-heading')).toHaveText(target.fullName)
  await page.getByTestId('edit-official').click()
  await expect(page).toHaveURL(new RegExp(`/officials/${target.id}/edit$`))
  await screenshot(page, 'form-edit')

  const name = page.getByLabel('Họ và tên')
  await expect(name).toHaveValue(target.fullName)
  await name.fill('x'.repeat(10_000))
  await page.getByLabel('Email', { exact: true }).fill('khong-phai-email')
  await page.getByTestId('save-official').click()
  await expect(page.getByTestId('error-fullName')).toHaveText('Họ và tên quá dài: tối đa 200 ký tự.')
  await expect(page.getByTestId('error-email')).toContainText('Email không đúng định dạng')
  await expect(page.getByTestId('form-error-summary')).toHaveText('Biểu mẫu còn 2 lỗi, vui lòng sửa các trường được đánh dấu.')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(page).toHaveURL(/\/edit$/)
  await screenshot(page, 'form-errors')
  const afterRefused = await gql(request, READ, { id: target.id }, admin.accessToken)
  expect(afterRefused.data.official.fullName).toBe(target.fullName)

  // Bad phone, then fixed.
  await name.fill(newName)
  await page.getByLabel('Email', { exact: true }).fill('kiemthu.e2e@nghean.gov.vn')
  await page.getByLabel('Số điện thoại').fill('12345')
  await page.getByTestId('save-official').click()
  await expect(page.getByTestId('error-phone')).toContainText('Số điện thoại không đúng định dạng Việt Nam')
  await page.getByLabel('Số điện thoại').fill('+84 912 345 678')
  await expect(page.getByTestId('error-phone')).toHaveCount(0)
  await page.getByTestId('save-official').click()

  await expect(page).toHaveURL(new RegExp(`/officials/${target.id}$`))
  await expect(page.getByTestId('official-heading')).toHaveText(newName)
  await expect(page.getByTestId('profile-email')).toHaveText('kiemthu.e2e@nghean.gov.vn')
  await expect(page.getByTestId('profile-phone')).toHaveText('0912345678')
  const saved = await gql(request, READ, { id: target.id }, admin.accessToken)
  expect(saved.data.official).toMatchObject({ fullName: newName, email: 'kiemthu.e2e@nghean.gov.vn', phone: '0912345678' })
  await screenshot(page, 'detail-after-edit')

  // The directory shows the new name (no stale cache), found without diacritics.
  await page.getByText('Quay lại danh bạ').click()
  await page.getByTestId('officials-search').fill(`kiem thu ${word}`)
  await expect(page.getByTestId('official-name')).toHaveText([newName])
})

test('admin creates an official and then deactivates it after confirming', async ({ page, request }) => {
  const admin = await apiLogin(request, 'ADMIN')
  await loginAs(page, 'ADMIN')
  await page.goto('/officials/new')
  await page.getByTestId('save-official').click()
  await expect(page.getByTestId('error-fullName')).toHaveText('Vui lòng nhập họ và tên.')
  await expect(page.getByTestId('error-position')).toHaveText('Vui lòng chọn chức danh.')

  await page.getByLabel('Họ và tên').fill('Lò Văn Thử Nghiệm')
  await page.getByTestId('field-gender').click()
  await page.getByRole('option', { name: 'Nam', exact: true }).click()
  await page.getByLabel('Dân tộc').fill('Thái')
  await page.getByTestId('field-province').click()
  await page.getByRole('option', { name: 'Nghệ An', exact: true }).click()
  await page.getByTestId('field-commune').click()
  await page.getByRole('searchbox').last().fill('quynh luu')
  await page.getByRole('option', { name: 'Xã Quỳnh Lưu', exact: true }).click()
  await page.getByTestId('field-bloc').click()
  await page.getByRole('option', { name: 'Khối Đảng', exact: true }).click()
  await page.getByTestId('field-position').click()
  await page.getByRole('option', { name: 'Chuyên viên', exact: true }).click()
  await page.getByTestId('field-professionalLevel').click()
  await page.getByRole('option', { name: 'Thạc sĩ', exact: true }).click()
  await screenshot(page, 'form-create')
  await page.getByTestId('save-official').click()

  await expect(page.getByTestId('official-heading')).toHaveText('Lò Văn Thử Nghiệm')
  await expect(page.getByTestId('profile-commune')).toContainText('Quỳnh Lưu')
  await expect(page.getByTestId('profile-professionalLevel')).toHaveText('Thạc sĩ')
  const id = page.url().split('/').pop()!

  await page.getByTestId('deactivate-official').click()
  await expect(page.getByRole('alertdialog')).toContainText('Lò Văn Thử Nghiệm')
  await screenshot(page, 'confirm-deactivate')
  await page.getByTestId('confirm-deactivate').click()
  await expect(page).toHaveURL(/\/officials$/)
  const after = await gql(request, `query ($id: ID!) { official(id: $id) { active } }`, { id }, admin.accessToken)
  expect(after.data.official.active).toBe(false)
})
