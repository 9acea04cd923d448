import { describe, expect, it } from 'vitest'
import vi from './vi.json'
import en from './en.json'
import { ENUM_VALUES, enumLabelKey, type EnumName } from './enums'
import { translator } from '@/test/i18n'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('messages', () => {
  it('English has exactly the keys Vietnamese has', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort())
  })

  it.each(Object.keys(ENUM_VALUES) as EnumName[])('labels every %s value in both languages', (name) => {
    for (const locale of ['vi', 'en'] as const) {
      const tr = translator(locale)
      for (const value of ENUM_VALUES[name]) {
        const key = enumLabelKey(name, value)
        expect(tr.te(key), `${locale} ${key}`).toBe(true)
      }
    }
  })

  it('uses the official Vietnamese terms of the Nghệ An scheme', () => {
    const tr = translator('vi')
    expect(tr.t('enums.Bloc.FRONT')).toBe('Khối Mặt trận và các tổ chức chính trị - xã hội')
    expect(tr.t('enums.Bloc.GOVERNMENT')).toBe('Khối chính quyền (HĐND, UBND)')
    expect(tr.t('enums.ProfessionalLevel.ELEMENTARY_OR_NONE')).toBe('Sơ cấp và chưa qua đào tạo')
    expect(tr.t('enums.StateManagementLevel.SENIOR_PRINCIPAL_SPECIALIST')).toBe('Chuyên viên cao cấp và tương đương')
    expect(tr.t('enums.CommuneKind.SPECIAL_ZONE')).toBe('Đặc khu')
  })
})
