import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  EMPTY_FILTERS,
  FIRST_PAGE,
  filtersFromQuery,
  pagingFromQuery,
  toQuery,
  type OfficialFilters,
  type PageSize,
} from './officialFilters'
import { useDebouncedFn } from './useDebounced'

export const SEARCH_DEBOUNCE_MS = 300

/**
 * Remembers, per cursor, the cursor of the page before it, so "previous" works with the
 * forward-only connection (PageInfo has no startCursor/hasPreviousPage). After a reload the map
 * is empty and "previous" returns to the first page.
 */
const previousCursor = new Map<string, string | null>()

/** The directory's filters and paging, kept in the URL query so reload and back/forward work. */
export function useOfficialFilters() {
  const route = useRoute()
  const router = useRouter()

  const filters = computed(() => filtersFromQuery(route.query))
  const paging = computed(() => pagingFromQuery(route.query))

  /** The search box's text; reaches the URL (and the server) 300 ms after the last keystroke. */
  const searchText = ref(filters.value.search)
  const commitSearch = useDebouncedFn((text: string) => {
    if (text.trim() === filters.value.search.trim()) return
    // replace: each keystroke should not become a history entry.
    void router.replace({ query: toQuery({ ...filters.value, search: text }, { ...FIRST_PAGE, size: paging.value.size }) })
  }, SEARCH_DEBOUNCE_MS)
  watch(searchText, (text) => commitSearch(text))
  watch(
    () => filters.value.search,
    (search) => {
      if (search.trim() !== searchText.value.trim()) searchText.value = search
    },
  )

  function setFilters(patch: Partial<OfficialFilters>) {
    const next = { ...filters.value, ...patch }
    // A commune belongs to one province: changing the province clears the commune.
    if ('provinceId' in patch && patch.provinceId !== filters.value.provinceId && !('communeId' in patch)) {
      next.communeId = null
    }
    void router.push({ query: toQuery(next, { ...FIRST_PAGE, size: paging.value.size }) })
  }

  function clearFilters() {
    commitSearch.cancel()
    searchText.value = ''
    void router.push({ query: toQuery(EMPTY_FILTERS, { ...FIRST_PAGE, size: paging.value.size }) })
  }

  function setPageSize(size: PageSize) {
    void router.push({ query: toQuery(filters.value, { ...FIRST_PAGE, size }) })
  }

  function nextPage(endCursor: string) {
    previousCursor.set(endCursor, paging.value.after)
    void router.push({
      query: toQuery(filters.value, { size: paging.value.size, after: endCursor, page: paging.value.page + 1 }),
    })
  }

  function previousPage() {
    const current = paging.value.after
    if (!current) return
    const before = previousCursor.get(current)
    const target =
      before === undefined || paging.value.page <= 2
        ? { ...FIRST_PAGE, size: paging.value.size }
        : { size: paging.value.size, after: before, page: paging.value.page - 1 }
    void router.push({ query: toQuery(filters.value, target) })
  }

  return { filters, paging, searchText, setFilters, clearFilters, setPageSize, nextPage, previousPage }
}
