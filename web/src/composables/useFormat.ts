import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { INTL_LOCALE, isAppLocale } from '@/i18n'

/** Parses a GraphQL LocalDate (`YYYY-MM-DD`) without time-zone shifts; null when malformed. */
export function parseLocalDate(value: string | null | undefined): { y: number; m: number; d: number } | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return { y, m, d }
}

export function formatLocalDate(value: string | null | undefined, intlLocale: string): string {
  const parts = parseLocalDate(value)
  if (!parts) return ''
  return new Intl.DateTimeFormat(intlLocale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(parts.y, parts.m - 1, parts.d)),
  )
}

/** Numbers and dates in the active UI language (vi-VN: 8.624 and 05/03/1980; en-GB: 8,624 and 05/03/1980). */
export function useFormat() {
  const { locale } = useI18n()
  const intlLocale = computed(() => (isAppLocale(locale.value) ? INTL_LOCALE[locale.value] : 'vi-VN'))
  return {
    intlLocale,
    formatNumber: (n: number | null | undefined) =>
      n == null ? '' : new Intl.NumberFormat(intlLocale.value).format(n),
    formatDate: (value: string | null | undefined) => formatLocalDate(value, intlLocale.value),
    formatDateTime: (value: string | null | undefined) =>
      value
        ? new Intl.DateTimeFormat(intlLocale.value, {
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          }).format(new Date(value))
        : '',
  }
}
