import { describe, expect, it } from 'vitest'
import { CombinedError } from '@urql/vue'
import { GraphQLError } from 'graphql'
import { appErrorFromGraphQL, errorMessage, fieldErrorMessage, toAppError } from './errors'
import { translator } from '@/test/i18n'

const SERVER_CODES = [
  'auth/invalid_credentials',
  'auth/too_many_attempts',
  'auth/unauthenticated',
  'auth/token_expired',
  'auth/refresh_invalid',
  'auth/forbidden',
  'official/not_found',
  'commune/not_found',
  'province/not_found',
  'program/not_found',
  'program/topic_not_found',
  'program/in_use',
  'class/not_found',
  'class/session_not_found',
  'class/lecturer_double_booked',
  'class/room_double_booked',
  'enrollment/not_found',
  'enrollment/already_enrolled',
  'enrollment/already_withdrawn',
  'validation/invalid_input',
  'request/invalid',
  'request/too_complex',
  'request/too_deep',
  'internal/error',
]

describe('errorMessage', () => {
  const vi = translator('vi')
  const en = translator('en')

  it('says "wrong email or password" in Vietnamese for invalid credentials', () => {
    expect(errorMessage(vi, { code: 'auth/invalid_credentials' })).toBe('Email hoặc mật khẩu không đúng.')
    expect(errorMessage(en, { code: 'auth/invalid_credentials' })).toBe('Wrong email or password.')
  })

  it('tells a throttled user how long to wait, in words', () => {
    expect(errorMessage(vi, { code: 'auth/too_many_attempts', retryAfterSeconds: 45 })).toBe(
      'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 45 giây.',
    )
    expect(errorMessage(vi, { code: 'auth/too_many_attempts', retryAfterSeconds: 90 })).toContain('1 phút 30 giây')
    expect(errorMessage(vi, { code: 'auth/too_many_attempts', retryAfterSeconds: 120 })).toContain('sau 2 phút.')
    expect(errorMessage(en, { code: 'auth/too_many_attempts', retryAfterSeconds: 1 })).toContain('in 1 second.')
    expect(errorMessage(en, { code: 'auth/too_many_attempts', retryAfterSeconds: 30 })).toContain('in 30 seconds.')
    // Fractions round up: telling someone to retry too early only earns another refusal.
    expect(errorMessage(vi, { code: 'auth/too_many_attempts', retryAfterSeconds: 4.2 })).toContain('5 giây')
  })

  it('still explains throttling when the server gives no wait time', () => {
    expect(errorMessage(vi, { code: 'auth/too_many_attempts' })).toContain('ít phút')
  })

  it.each(SERVER_CODES)('has its own Vietnamese and English sentence for %s', (code) => {
    const unknownVi = errorMessage(vi, { code: 'zzz/unknown' })
    const unknownEn = errorMessage(en, { code: 'zzz/unknown' })
    const textVi = errorMessage(vi, { code, retryAfterSeconds: 10 })
    const textEn = errorMessage(en, { code, retryAfterSeconds: 10 })
    expect(textVi).not.toBe(unknownVi)
    expect(textEn).not.toBe(unknownEn)
    expect(textVi).not.toBe(textEn)
    expect(textVi).not.toContain('errors.')
  })

  it('falls back to a generic sentence for codes it does not know', () => {
    expect(errorMessage(vi, { code: 'quiz/attempt_closed' })).toBe('Đã xảy ra lỗi không xác định. Vui lòng thử lại.')
    expect(errorMessage(vi, { code: 'network' })).toContain('Không kết nối được máy chủ')
  })
})

describe('fieldErrorMessage', () => {
  const vi = translator('vi')

  it('uses the field-specific sentence when there is one, the generic one otherwise', () => {
    expect(fieldErrorMessage(vi, 'fullName', 'too_long', { max: 200 })).toBe('Họ và tên quá dài: tối đa 200 ký tự.')
    expect(fieldErrorMessage(vi, 'email', 'invalid_email')).toContain('Email không đúng định dạng')
    expect(fieldErrorMessage(vi, 'email', 'invalid_email')).toContain('ten@xa.gov.vn')
    expect(fieldErrorMessage(vi, 'phone', 'invalid_phone')).toContain('0912345678')
    expect(fieldErrorMessage(vi, 'ethnicity', 'too_long', { max: 50 })).toBe('Quá dài: tối đa 50 ký tự.')
  })

  it('never shows a raw key for an unexpected reason', () => {
    expect(fieldErrorMessage(vi, 'fullName', 'sparkly')).toBe('Giá trị không hợp lệ.')
  })
})

describe('toAppError', () => {
  it('reads the code and extensions of the first GraphQL error, never the message', () => {
    const combined = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Wrong password (text may change)', {
          extensions: { code: 'auth/too_many_attempts', retryAfterSeconds: 30 },
        }),
      ],
    })
    expect(toAppError(combined)).toEqual({ code: 'auth/too_many_attempts', retryAfterSeconds: 30 })
  })

  it('keeps validation field reasons', () => {
    const error = appErrorFromGraphQL([
      { extensions: { code: 'validation/invalid_input', fields: { fullName: 'too_long', email: 'invalid_email', x: 3 } } },
    ])
    expect(error).toEqual({ code: 'validation/invalid_input', fields: { fullName: 'too_long', email: 'invalid_email' } })
  })

  it('treats a failed connection as a network error and junk as unknown', () => {
    expect(toAppError(new CombinedError({ networkError: new Error('offline') })).code).toBe('network')
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('network')
    expect(appErrorFromGraphQL([{ extensions: { code: 'Not A Code!' } }])?.code).toBe('unknown')
    expect(appErrorFromGraphQL([])).toBeNull()
  })
})

describe('double-booking errors', () => {
  const clashError = (code: string) =>
    appErrorFromGraphQL([
      {
        extensions: {
          code,
          clash: { classCode: 'NA-2026-L02', classTitle: 'Lớp 2', startsAt: '2026-04-13T00:30:00.000Z', endsAt: '2026-04-13T04:30:00.000Z', room: 'Phòng 201' },
        },
      },
    ])!

  it('names the other class and its time in Vietnam, in Vietnamese and English', () => {
    expect(errorMessage(translator('vi'), clashError('class/lecturer_double_booked'))).toBe(
      'Giảng viên đã có lịch dạy lớp NA-2026-L02 từ 07:30 đến 11:30 ngày 13/04/2026. Vui lòng chọn giờ hoặc giảng viên khác.',
    )
    expect(errorMessage(translator('en'), clashError('class/room_double_booked'))).toBe(
      'Room Phòng 201 is taken by class NA-2026-L02 from 07:30 to 11:30 on 13/04/2026. Choose another room or time.',
    )
  })

  it('falls back to the plain sentence without the clash details', () => {
    expect(errorMessage(translator('vi'), { code: 'class/room_double_booked' })).toBe('Phòng học đã được lớp khác sử dụng vào thời gian này.')
  })
})
