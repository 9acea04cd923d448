import { createI18n } from 'vue-i18n'
import vi from './vi.json'
import en from './en.json'

export type MessageSchema = typeof vi
export const SUPPORTED_LOCALES = ['vi', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

/** BCP 47 tags used by Intl for numbers and dates of each UI language. */
export const INTL_LOCALE: Record<AppLocale, string> = { vi: 'vi-VN', en: 'en-GB' }

export const LOCALE_STORAGE_KEY = 'gd.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The language chosen earlier on this device, Vietnamese otherwise. */
export function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isAppLocale(saved)) return saved
  } catch {
    // Storage can be unavailable (private mode); fall back to the default.
  }
  return 'vi'
}

export function createAppI18n(locale: AppLocale = initialLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi, en },
    missingWarn: false,
    fallbackWarn: false,
  })
}
