import type { CombinedError } from '@urql/vue'

/** Codes the client itself produces when there is no server answer to read. */
export type ClientErrorCode = 'network' | 'unknown'

/** A failed request, reduced to what the UI needs: the server's namespaced code and its extensions. */
export interface AppError {
  code: string
  /** `auth/too_many_attempts`: seconds until the next attempt is allowed. */
  retryAfterSeconds?: number
  /** `validation/invalid_input`: input field name → reason code (`required`, `too_long`, …). */
  fields?: Record<string, string>
  /** `class/lecturer_double_booked`, `class/room_double_booked`: the other booking. */
  clash?: BookingClash
}

/** The session another class already holds at that time. */
export interface BookingClash {
  classCode: string
  classTitle?: string
  startsAt: string
  endsAt: string
  room?: string | null
}

/** Thrown by `gqlRequest`; carries the first GraphQL error's code. */
export class GraphQLRequestError extends Error implements AppError {
  readonly code: string
  readonly retryAfterSeconds?: number
  readonly fields?: Record<string, string>
  readonly clash?: BookingClash

  constructor(error: AppError) {
    super(error.code)
    this.name = 'GraphQLRequestError'
    this.code = error.code
    this.retryAfterSeconds = error.retryAfterSeconds
    this.fields = error.fields
    this.clash = error.clash
  }
}

interface ErrorLike {
  extensions?: Record<string, unknown> | null
}

const CODE_PATTERN = /^[a-z_]+\/[a-z_]+$/

/** Reads the first error of a GraphQL response into an AppError; null when there is none. */
export function appErrorFromGraphQL(errors: readonly ErrorLike[] | null | undefined): AppError | null {
  if (!errors || errors.length === 0) return null
  const ext = errors[0]?.extensions ?? {}
  const code = typeof ext.code === 'string' && CODE_PATTERN.test(ext.code) ? ext.code : 'unknown'
  const error: AppError = { code }
  const retry = Number(ext.retryAfterSeconds)
  if (ext.retryAfterSeconds != null && Number.isFinite(retry) && retry >= 0) error.retryAfterSeconds = retry
  if (ext.fields && typeof ext.fields === 'object' && !Array.isArray(ext.fields)) {
    error.fields = Object.fromEntries(
      Object.entries(ext.fields as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  }
  const clash = ext.clash as Record<string, unknown> | undefined
  if (clash && typeof clash.classCode === 'string' && typeof clash.startsAt === 'string' && typeof clash.endsAt === 'string') {
    error.clash = {
      classCode: clash.classCode,
      classTitle: typeof clash.classTitle === 'string' ? clash.classTitle : undefined,
      startsAt: clash.startsAt,
      endsAt: clash.endsAt,
      room: typeof clash.room === 'string' ? clash.room : null,
    }
  }
  return error
}

/** Normalises whatever a request failed with (urql CombinedError, GraphQLRequestError, anything) to an AppError. */
export function toAppError(error: unknown): AppError {
  if (!error) return { code: 'unknown' }
  if (error instanceof GraphQLRequestError) return error
  const combined = error as Partial<CombinedError>
  if (Array.isArray(combined.graphQLErrors) && combined.graphQLErrors.length > 0) {
    return appErrorFromGraphQL(combined.graphQLErrors) ?? { code: 'unknown' }
  }
  if (combined.networkError || error instanceof TypeError) return { code: 'network' }
  return { code: 'unknown' }
}

export interface Translator {
  t: (key: string, named?: Record<string, unknown>) => string
  /** Plural form: vue-i18n's `t(key, named, plural)`. */
  tn: (key: string, count: number, named?: Record<string, unknown>) => string
  te: (key: string) => boolean
  /** Intl locale for dates and times in messages (vi-VN when absent). */
  intlLocale?: string
}

/** "45 giây", "2 phút 5 giây" / "45 seconds", "2 min 5 s". */
export function formatWait(tr: Translator, seconds: number): string {
  const total = Math.max(1, Math.ceil(seconds))
  if (total < 60) return tr.tn('duration.seconds', total, { n: total })
  const m = Math.floor(total / 60)
  const s = total % 60
  if (s === 0) return tr.tn('duration.minutes', m, { n: m })
  return tr.t('duration.minutesSeconds', { m, s })
}

/** The translated sentence for an error, keyed by its code (`auth/forbidden` → `errors.auth.forbidden`). */
export function errorMessage(tr: Translator, error: AppError): string {
  if (error.code === 'auth/too_many_attempts') {
    return error.retryAfterSeconds != null
      ? tr.t('errors.auth.too_many_attempts', { wait: formatWait(tr, error.retryAfterSeconds) })
      : tr.t('errors.auth.too_many_attempts_later')
  }
  const key = `errors.${error.code.replace('/', '.')}`
  if (error.clash && tr.te(`${key}_at`)) return tr.t(`${key}_at`, clashParams(error.clash, tr.intlLocale ?? 'vi-VN'))
  return tr.te(key) ? tr.t(key) : tr.t('errors.unknown')
}

/** Classes are timetabled in Vietnam's time, whatever the browser's zone. */
export const CLASS_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** "NA-2026-L02", "13/04/2026", "07:30", "11:30", "Phòng 201": the parts a double-booking sentence names. */
export function clashParams(clash: BookingClash, intlLocale: string) {
  const date = new Intl.DateTimeFormat(intlLocale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: CLASS_TIME_ZONE })
  const time = new Intl.DateTimeFormat(intlLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CLASS_TIME_ZONE })
  const start = new Date(clash.startsAt)
  return {
    classCode: clash.classCode,
    date: date.format(start),
    from: time.format(start),
    to: time.format(new Date(clash.endsAt)),
    room: clash.room ?? '',
  }
}

/** Field-level message: a field-specific sentence when there is one (`validation.fields.fullName.required`), else the generic one. */
export function fieldErrorMessage(
  tr: Translator,
  field: string,
  reason: string,
  params: Record<string, unknown> = {},
): string {
  const specific = `validation.fields.${field}.${reason}`
  if (tr.te(specific)) return tr.t(specific, params)
  const generic = `validation.${reason}`
  return tr.te(generic) ? tr.t(generic, params) : tr.t('validation.invalid_value')
}

export function isSessionError(error: AppError): boolean {
  return (
    error.code === 'auth/unauthenticated' ||
    error.code === 'auth/token_expired' ||
    error.code === 'auth/refresh_invalid'
  )
}

/** Codes meaning "you cannot see this record": the UI shows a not-found page for both, as the server may use either. */
export function isNotFoundOrForbidden(error: AppError): boolean {
  return error.code === 'auth/forbidden' || error.code.endsWith('/not_found')
}
