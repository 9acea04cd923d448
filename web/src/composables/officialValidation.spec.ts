import { describe, expect, it } from 'vitest'
import {
  dateOfBirthRange,
  emptyOfficialForm,
  isVietnamesePhone,
  toCreateInput,
  toUpdateInput,
  validateOfficial,
  type OfficialFormValues,
} from './officialValidation'

const today = new Date(2025, 10, 22) // 22/11/2025

const valid: OfficialFormValues = {
  ...emptyOfficialForm('c-1'),
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1980-05-03',
  gender: 'MALE',
  email: 'an.nv@quynhluu.nghean.gov.vn',
  phone: '0912 345 678',
  bloc: 'GOVERNMENT',
  position: 'PEOPLES_COMMITTEE_CHAIR',
}

describe('validateOfficial', () => {
  it('accepts a complete, plausible official', () => {
    expect(validateOfficial(valid, today)).toEqual({})
  })

  it('requires a full name of at most 200 characters', () => {
    expect(validateOfficial({ ...valid, fullName: '   ' }, today)).toEqual({ fullName: 'required' })
    expect(validateOfficial({ ...valid, fullName: 'A'.repeat(200) }, today)).toEqual({})
    expect(validateOfficial({ ...valid, fullName: 'A'.repeat(201) }, today)).toEqual({ fullName: 'too_long' })
    expect(validateOfficial({ ...valid, fullName: 'x'.repeat(10_000) }, today).fullName).toBe('too_long')
  })

  it('checks the email format only when one is given', () => {
    expect(validateOfficial({ ...valid, email: '' }, today)).toEqual({})
    for (const bad of ['not-an-email', 'a@b', 'a @b.vn', 'a@b.', '@xa.gov.vn']) {
      expect(validateOfficial({ ...valid, email: bad }, today), bad).toEqual({ email: 'invalid_email' })
    }
  })

  it('accepts Vietnamese mobile and landline numbers, with or without +84', () => {
    for (const ok of ['0912345678', '+84912345678', '0912.345.678', '0386 123 456', '02383123456']) {
      expect(isVietnamesePhone(ok), ok).toBe(true)
    }
    for (const bad of ['912345678', '091234567', '091234567890', '+1 415 555 0100', '84912345678', 'abc']) {
      expect(isVietnamesePhone(bad), bad).toBe(false)
      expect(validateOfficial({ ...valid, phone: bad }, today).phone).toBe('invalid_phone')
    }
  })

  it('refuses names that are too short or contain digits and symbols', () => {
    expect(validateOfficial({ ...valid, fullName: 'A' }, today)).toEqual({ fullName: 'too_short' })
    expect(validateOfficial({ ...valid, fullName: 'Nguyễn Văn 2' }, today)).toEqual({ fullName: 'invalid_value' })
    expect(validateOfficial({ ...valid, fullName: "H'Hen Niê" }, today)).toEqual({})
    expect(validateOfficial({ ...valid, ethnicity: 'Ê-đê' }, today)).toEqual({})
  })

  it('keeps the date of birth between 1/1/1940 and the 18th birthday', () => {
    expect(dateOfBirthRange(today)).toEqual({ min: '1940-01-01', max: '2007-11-22' })
    expect(validateOfficial({ ...valid, dateOfBirth: '1940-01-01' }, today)).toEqual({})
    expect(validateOfficial({ ...valid, dateOfBirth: '2007-11-22' }, today)).toEqual({})
    expect(validateOfficial({ ...valid, dateOfBirth: '1939-12-31' }, today)).toEqual({ dateOfBirth: 'out_of_range' })
    expect(validateOfficial({ ...valid, dateOfBirth: '2007-11-23' }, today)).toEqual({ dateOfBirth: 'out_of_range' })
    expect(validateOfficial({ ...valid, dateOfBirth: '1990-02-30' }, today)).toEqual({ dateOfBirth: 'invalid_date' })
  })

  it('handles 29 February birthdays of the "today" date', () => {
    expect(dateOfBirthRange(new Date(2024, 1, 29)).max).toBe('2006-02-28')
  })

  it('requires the commune, gender, bloc and position', () => {
    expect(validateOfficial(emptyOfficialForm(), today)).toEqual({
      fullName: 'required',
      communeId: 'required',
      gender: 'required',
      bloc: 'required',
      position: 'required',
    })
  })
})

describe('form → mutation input', () => {
  it('trims text, normalises the phone and sends empty optional fields as null', () => {
    const input = toCreateInput({ ...valid, fullName: '  Nguyễn   Văn An ', email: ' ', phone: '0912 345 678' })
    expect(input).toMatchObject({
      fullName: 'Nguyễn Văn An',
      email: null,
      phone: '0912345678',
      communeId: 'c-1',
      professionalLevel: null,
    })
  })

  it('only lets admins move an official to another commune', () => {
    expect(toUpdateInput(valid, { includeCommune: false })).not.toHaveProperty('communeId')
    expect(toUpdateInput(valid, { includeCommune: true }).communeId).toBe('c-1')
  })
})
