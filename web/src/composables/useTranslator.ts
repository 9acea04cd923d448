import { useI18n } from 'vue-i18n'
import type { Translator } from '@/api/errors'
import { errorMessage, fieldErrorMessage, toAppError, type AppError } from '@/api/errors'
import { INTL_LOCALE, isAppLocale } from '@/i18n'

/** Adapts a vue-i18n composer to the small Translator interface the error helpers take. */
export function translatorOf(composer: {
  t: (...args: any[]) => string
  te: (key: string) => boolean
  locale?: unknown
}): Translator {
  return {
    t: (key, named) => (named ? composer.t(key, named) : composer.t(key)),
    tn: (key, count, named) => composer.t(key, named ?? {}, count),
    te: (key) => composer.te(key),
    get intlLocale() {
      const raw = composer.locale
      const locale = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw
      return isAppLocale(locale) ? INTL_LOCALE[locale] : 'vi-VN'
    },
  }
}

/** Translated error sentences for the current component's locale. */
export function useErrorMessages() {
  const composer = useI18n()
  const tr = translatorOf(composer)
  return {
    errorText: (error: unknown) => errorMessage(tr, isAppError(error) ? error : toAppError(error)),
    fieldText: (field: string, reason: string, params?: Record<string, unknown>) =>
      fieldErrorMessage(tr, field, reason, params),
  }
}

function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && typeof (value as AppError).code === 'string'
}
