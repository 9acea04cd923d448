import { createAppI18n, type AppLocale } from '@/i18n'
import { translatorOf } from '@/composables/useTranslator'

/** A real i18n instance (the app's messages), for asserting the exact sentences users read. */
export function translator(locale: AppLocale = 'vi') {
  const i18n = createAppI18n(locale)
  return translatorOf(i18n.global as unknown as Parameters<typeof translatorOf>[0])
}
