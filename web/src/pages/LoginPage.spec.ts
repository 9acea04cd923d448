import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import LoginPage from './LoginPage.vue'
import { mountApp, stubGraphQL } from '@/test/mountApp'

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], email: string, password: string) {
  await wrapper.get('#login-email').setValue(email)
  await wrapper.get('#login-password').setValue(password)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('LoginPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('catches a malformed email before asking the server', async () => {
    const calls = stubGraphQL({})
    const { wrapper } = await mountApp(LoginPage, { path: '/login' })
    await fillAndSubmit(wrapper, 'admin.demo.local', 'demo1234')
    expect(wrapper.get('[data-testid="login-email-error"]').text()).toBe('Email không đúng định dạng, ví dụ: ten@xa.gov.vn.')
    expect(calls).toHaveLength(0)
  })

  it('says the email or password is wrong', async () => {
    stubGraphQL({ Login: () => ({ errors: [{ message: 'no', extensions: { code: 'auth/invalid_credentials' } }] }) })
    const { wrapper } = await mountApp(LoginPage, { path: '/login' })
    await fillAndSubmit(wrapper, 'admin@demo.local', 'wrong')
    expect(wrapper.get('[data-testid="login-error"]').text()).toBe('Email hoặc mật khẩu không đúng.')
  })

  it('tells a throttled user how long to wait and counts down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    stubGraphQL({
      Login: () => ({ errors: [{ message: 'slow down', extensions: { code: 'auth/too_many_attempts', retryAfterSeconds: 30 } }] }),
    })
    const { wrapper } = await mountApp(LoginPage, { path: '/login' })
    await fillAndSubmit(wrapper, 'admin@demo.local', 'wrong')
    expect(wrapper.get('[data-testid="login-error"]').text()).toBe(
      'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 30 giây.',
    )
    expect(wrapper.get('[data-testid="login-submit"]').attributes('disabled')).toBeDefined()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(wrapper.get('[data-testid="login-error"]').text()).toMatch(/sau 2\d giây\.$/)
  })

  it('fills a demo account and goes to the requested page after signing in', async () => {
    stubGraphQL({
      Login: (v) => ({
        data: {
          login: {
            __typename: 'AuthPayload',
            accessToken: 'a',
            refreshToken: 'r',
            accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
            user: {
              __typename: 'User',
              id: 'u2',
              email: v.input.email,
              role: 'COORDINATOR',
              displayName: 'Điều phối Quỳnh Lưu',
              commune: null,
              official: null,
            },
          },
        },
      }),
    })
    const { wrapper, router } = await mountApp(LoginPage, { path: '/login?redirect=/officials%3Fbloc%3DPARTY' })
    const demo = wrapper.findAll('[data-testid="demo-logins"] button').find((b) => b.text().includes('coordinator@demo.local'))!
    await demo.trigger('click')
    expect((wrapper.get('#login-email').element as HTMLInputElement).value).toBe('coordinator@demo.local')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/officials?bloc=PARTY')
  })
})
