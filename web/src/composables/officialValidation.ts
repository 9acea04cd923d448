import type {
  Bloc,
  CreateOfficialInput,
  Gender,
  PoliticalTheoryLevel,
  Position,
  ProfessionalLevel,
  StateManagementLevel,
  UpdateOfficialInput,
} from '@/gql/graphql'
import { parseLocalDate } from './useFormat'

/** The official form's state; field names match CreateOfficialInput so server field errors land on the same fields. */
export interface OfficialFormValues {
  fullName: string
  dateOfBirth: string | null
  gender: Gender | null
  ethnicity: string
  email: string
  phone: string
  communeId: string | null
  bloc: Bloc | null
  position: Position | null
  professionalLevel: ProfessionalLevel | null
  politicalTheoryLevel: PoliticalTheoryLevel | null
  stateManagementLevel: StateManagementLevel | null
  hardshipArea: boolean
}

export type OfficialField = keyof OfficialFormValues

/** Reason codes shared with the server's `validation/invalid_input` extensions.fields. */
export type ValidationReason =
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_date'
  | 'out_of_range'
  | 'invalid_value'

export type FieldErrors = Partial<Record<string, ValidationReason | string>>

export const LIMITS = { fullName: 200, ethnicity: 50, email: 254 } as const
export const MIN_NAME_LENGTH = 2
export const EARLIEST_BIRTH_DATE = '1940-01-01'
export const MINIMUM_AGE = 18

export function emptyOfficialForm(communeId: string | null = null): OfficialFormValues {
  return {
    fullName: '',
    dateOfBirth: null,
    gender: null,
    ethnicity: 'Kinh',
    email: '',
    phone: '',
    communeId,
    bloc: null,
    position: null,
    professionalLevel: null,
    politicalTheoryLevel: null,
    stateManagementLevel: null,
    hardshipArea: false,
  }
}

function pad(n: number) {
  return String(n).padStart(2, '0')
}

/** `today` as a LocalDate string in the user's time zone. */
export function toLocalDateString(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Allowed dates of birth: from 1/1/1940 to the day the official turns 18 today. */
export function dateOfBirthRange(today: Date = new Date()): { min: string; max: string } {
  const y = today.getFullYear() - MINIMUM_AGE
  const m = today.getMonth()
  // 29 February minus 18 years is 28 February (or 1 March); clamp to the month's last day.
  const lastDay = new Date(y, m + 1, 0).getDate()
  return { min: EARLIEST_BIRTH_DATE, max: `${y}-${pad(m + 1)}-${pad(Math.min(today.getDate(), lastDay))}` }
}

/** Removes the spaces, dots and dashes people type in phone numbers ("0912 345 678"). */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s.\-()]/g, '')
}

/**
 * Vietnamese numbers as the API accepts them: a leading 0 or +84, then 9 or 10 digits
 * (mobiles 0912345678 / +84912345678, landlines 02383123456).
 */
export function isVietnamesePhone(phone: string): boolean {
  const raw = normalisePhone(phone)
  return raw.length <= 20 && /^(?:\+84|0)\d{9,10}$/.test(raw)
}

/** Letters (any script, with Vietnamese marks), spaces, apostrophes, dots and hyphens, starting with a letter. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s'.-]*$/u

/** NFC with collapsed whitespace: how the API stores names. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

export function isEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email)
}

/** Client-side checks mirroring the server's; returns field → reason for every failing field. */
export function validateOfficial(values: OfficialFormValues, today: Date = new Date()): FieldErrors {
  const errors: FieldErrors = {}
  const fullName = cleanText(values.fullName)
  if (!fullName) errors.fullName = 'required'
  else if (fullName.length > LIMITS.fullName) errors.fullName = 'too_long'
  else if (fullName.length < MIN_NAME_LENGTH) errors.fullName = 'too_short'
  else if (!NAME.test(fullName)) errors.fullName = 'invalid_value'

  const ethnicity = cleanText(values.ethnicity)
  if (!ethnicity) errors.ethnicity = 'required'
  else if (ethnicity.length > LIMITS.ethnicity) errors.ethnicity = 'too_long'
  else if (!NAME.test(ethnicity)) errors.ethnicity = 'invalid_value'

  const email = values.email.trim()
  if (email) {
    if (email.length > LIMITS.email) errors.email = 'too_long'
    else if (!isEmail(email)) errors.email = 'invalid_email'
  }

  if (values.phone.trim() && !isVietnamesePhone(values.phone)) errors.phone = 'invalid_phone'

  if (values.dateOfBirth) {
    if (!parseLocalDate(values.dateOfBirth)) errors.dateOfBirth = 'invalid_date'
    else {
      const { min, max } = dateOfBirthRange(today)
      // ISO dates compare correctly as strings.
      if (values.dateOfBirth < min || values.dateOfBirth > max) errors.dateOfBirth = 'out_of_range'
    }
  }

  for (const field of ['communeId', 'gender', 'bloc', 'position'] as const) {
    if (!values[field]) errors[field] = 'required'
  }
  return errors
}

function common(values: OfficialFormValues) {
  return {
    fullName: cleanText(values.fullName),
    dateOfBirth: values.dateOfBirth || null,
    ethnicity: cleanText(values.ethnicity),
    email: values.email.trim() || null,
    phone: values.phone.trim() ? normalisePhone(values.phone) : null,
    hardshipArea: values.hardshipArea,
    professionalLevel: values.professionalLevel,
    politicalTheoryLevel: values.politicalTheoryLevel,
    stateManagementLevel: values.stateManagementLevel,
  }
}

/** Input for createOfficial; call only after validateOfficial found no error. */
export function toCreateInput(values: OfficialFormValues): CreateOfficialInput {
  return {
    ...common(values),
    communeId: values.communeId!,
    gender: values.gender!,
    bloc: values.bloc!,
    position: values.position!,
  }
}

/** Input for updateOfficial: every field, so cleared optional fields are sent as null. */
export function toUpdateInput(values: OfficialFormValues, options: { includeCommune: boolean }): UpdateOfficialInput {
  const input: UpdateOfficialInput = {
    ...common(values),
    gender: values.gender,
    bloc: values.bloc,
    position: values.position,
  }
  if (options.includeCommune) input.communeId = values.communeId
  return input
}
