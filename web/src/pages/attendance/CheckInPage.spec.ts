import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import CheckInPage from './CheckInPage.vue'
import { mountApp, stubGraphQL } from '@/test/mountApp'

const session = {
  __typename: 'ClassSessionInfo',
  id: 's1',
  classCode: 'NA-2026-TT01',
  classTitle: 'Lớp trực tuyến minh hoạ',
  topicTitle: 'Luật Tổ chức chính quyền địa phương',
  startsAt: '2026-11-22T02:35:00.000Z',
  endsAt: '2026-11-22T11:35:00.000Z',
  room: 'Phòng học trực tuyến',
}

describe('CheckInPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('checks in with the code from the URL and shows the class and session', async () => {
    const calls = stubGraphQL({
      CheckIn: () => ({ data: { checkIn: { __typename: 'CheckInResult', checkedInAt: '2026-11-22T03:40:00.000Z', alreadyCheckedIn: false, session } } }),
    })
    const { wrapper } = await mountApp(CheckInPage, { path: '/checkin?code=abc.def.ghi' })
    await flushPromises()
    expect(calls).toEqual([{ operation: 'CheckIn', variables: { code: 'abc.def.ghi' } }])
    expect(wrapper.get('[data-testid="checkin-success"]').text()).toContain('Đã điểm danh thành công.')
    expect(wrapper.get('[data-testid="checkin-class"]').text()).toBe('NA-2026-TT01 – Lớp trực tuyến minh hoạ')
  })

  it('asks to scan again when the code has expired', async () => {
    stubGraphQL({ CheckIn: () => ({ errors: [{ message: 'expired', extensions: { code: 'attendance/code_expired' } }] }) })
    const { wrapper } = await mountApp(CheckInPage, { path: '/checkin?code=old' })
    await flushPromises()
    expect(wrapper.get('[data-testid="checkin-error"]').text()).toBe('Mã đã hết hạn, hãy quét lại mã trên màn hình lớp học')
  })

  it('refuses a link without a code without asking the server', async () => {
    const calls = stubGraphQL({})
    const { wrapper } = await mountApp(CheckInPage, { path: '/checkin' })
    await flushPromises()
    expect(calls).toHaveLength(0)
    expect(wrapper.get('[data-testid="checkin-error"]').text()).toBe(
      'Mã điểm danh không hợp lệ. Hãy quét mã đang hiển thị trên màn hình lớp học.',
    )
  })
})
