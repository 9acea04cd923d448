import { watchEffect, type MaybeRefOrGetter, toValue } from 'vue'
import { useI18n } from 'vue-i18n'

/** Sets `document.title` to "<page> · Giảng Đường" and keeps it in sync with the language. */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>) {
  const { t } = useI18n()
  watchEffect(() => {
    const page = toValue(title)
    document.title = page ? `${page} · ${t('app.name')}` : t('app.name')
  })
}
