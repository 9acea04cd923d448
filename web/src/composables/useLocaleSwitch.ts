import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { usePrimeVue } from 'primevue/config'
import { LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, isAppLocale, type AppLocale } from '@/i18n'
import { primeVueLocales } from '@/i18n/primevue-locales'

/** Applies a UI language everywhere it shows: vue-i18n, PrimeVue's own strings and `<html lang>`. */
export function applyLocale(
  locale: AppLocale,
  i18nLocale: { value: string },
  primeConfig: { locale?: unknown } | undefined,
) {
  i18nLocale.value = locale
  if (primeConfig) primeConfig.locale = primeVueLocales[locale]
  document.documentElement.lang = locale
}

export function useLocaleSwitch() {
  const { locale } = useI18n({ useScope: 'global' })
  const primevue = usePrimeVue()
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'vi'))
  function setLocale(next: AppLocale) {
    applyLocale(next, locale, primevue.config)
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // Not persisted in private mode; the switch still applies to this visit.
    }
  }
  return { locale: current, locales: SUPPORTED_LOCALES, setLocale }
}
