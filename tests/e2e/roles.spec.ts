import { expect, test } from '@playwright/test'
import { DEMO, PASSWORD, apiCount, apiLogin, loginAs, screenshot, type DemoRole } from './support'

const HOMES: Record<DemoRole, { heading: string; badge: string }> = {
  ADMIN: { heading: 'Tổng quan quản trị', badge: 'Quản trị viên' },
  LECTURER: { heading: 'Trang giảng viên', badge: 'Giảng viên' },
  TRAINEE: { heading: 'Trang học viên', badge: 'Học viên' },
  COORDINATOR: { heading: 'Điều phối xã Quỳnh Lưu', badge: 'Cán bộ điều phối xã' },
}

test.describe('each demo role has its own home', () => {
  for (const role of Object.keys(HOMES) as DemoRole[]) {
    test(`${role} signs in and sees "${HOMES[role].heading}"`, async ({ page }) => {
      await loginAs(page, role)
      await expect(page.getByTestId('home-heading')).toHaveText(HOMES[role].heading)
      await expect(page.getByTestId('role-badge')).toHaveText(HOMES[role].badge)
      await expect(page.getByRole('banner')).toContainText('Giảng Đường')
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible()
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page).toHaveTitle(new RegExp(`${HOMES[role].heading} · Giảng Đường`))
      await screenshot(page, `home-${role.toLowerCase()}`)
    })
  }

  test('admin home counts officials in total and per bloc, as the API does', async ({ page, request }) => {
    const { accessToken } = await apiLogin(request, 'ADMIN')
    await loginAs(page, 'ADMIN')
    await expect(page.getByTestId('stat-officials')).toHaveAttribute('data-count', String(await apiCount(request, accessToken, {})))
    for (const bloc of ['PARTY', 'FRONT', 'GOVERNMENT', 'MILITARY']) {
      await expect(page.getByTestId(`bloc-count-${bloc}`).locator('strong')).toHaveAttribute(
        'data-count',
        String(await apiCount(request, accessToken, { bloc })),
      )
    }
    await expect(page.getByTestId('stat-communes')).toHaveAttribute('data-count', /^[1-9]\d*$/)
  })
})

test.describe('signing in', () => {
  test('an unauthenticated visitor is sent to login and comes back to the page asked for', async ({ page }) => {
    await page.goto('/officials?bloc=PARTY')
    await expect(page).toHaveURL(/\/login\?/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/officials?bloc=PARTY')
    await screenshot(page, 'login')
    await page.getByLabel('Email', { exact: true }).fill(DEMO.ADMIN)
    await page.locator('#login-password').fill(PASSWORD)
    await page.getByTestId('login-submit').click()
    await expect(page).toHaveURL(/\/officials\?bloc=PARTY$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh bạ cán bộ, công chức')
  })

  test('explains a malformed email and a wrong password in Vietnamese', async ({ page }) => {
    await page.goto('/login')
    await page.getByLabel('Email', { exact: true }).fill('admin.demo.local')
    await page.locator('#login-password').fill('whatever')
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('login-email-error')).toHaveText('Email không đúng định dạng, ví dụ: ten@xa.gov.vn.')

    await page.getByLabel('Email', { exact: true }).fill(DEMO.LECTURER)
    await page.locator('#login-password').fill('sai-mat-khau')
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('login-error')).toHaveText('Email hoặc mật khẩu không đúng.')
    await screenshot(page, 'login-error')
  })

  test('the demo box fills an account in', async ({ page }) => {
    await page.goto('/login')
    await page.getByRole('button', { name: 'Điền tài khoản Giảng viên' }).click()
    await expect(page.getByLabel('Email', { exact: true })).toHaveValue(DEMO.LECTURER)
    await page.getByTestId('login-submit').click()
    await expect(page.getByTestId('home-heading')).toHaveText('Trang giảng viên')
  })

  test('signing out returns to login and protects the pages again', async ({ page }) => {
    await loginAs(page, 'LECTURER')
    await page.getByTestId('logout').click()
    await expect(page).toHaveURL(/\/login$/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/login\?/)
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/')
  })

  test('a session survives a reload (tokens kept, `me` reloaded)', async ({ page }) => {
    await loginAs(page, 'COORDINATOR')
    await page.reload()
    await expect(page.getByTestId('home-heading')).toHaveText('Điều phối xã Quỳnh Lưu')
  })

  test('an expired access token is refreshed without bothering the user; a revoked one leads to login', async ({ page }) => {
    await loginAs(page, 'ADMIN')
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem('gd.session')!))
    // Pretend the access token expired a minute ago: the client must refresh (rotating the refresh token).
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('gd.session')!)
      s.accessTokenExpiresAt = new Date(Date.now() - 60_000).toISOString()
      localStorage.setItem('gd.session', JSON.stringify(s))
    })
    await page.reload()
    await expect(page.getByTestId('home-heading')).toHaveText('Tổng quan quản trị')
    await expect
      .poll(async () => (await page.evaluate(() => JSON.parse(localStorage.getItem('gd.session')!))).refreshToken)
      .not.toBe(before.refreshToken)

    // A refresh token the server no longer accepts ends the session.
    await page.evaluate(() => {
      localStorage.setItem(
        'gd.session',
        JSON.stringify({ accessToken: 'x', refreshToken: 'revoked', accessTokenExpiresAt: new Date(0).toISOString() }),
      )
    })
    await page.goto('/officials')
    await expect(page).toHaveURL(/\/login\?/)
    await expect(page.getByText('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.')).toBeVisible()
  })
})
