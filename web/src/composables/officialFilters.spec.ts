import { describe, expect, it, vi, afterEach } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import {
  EMPTY_FILTERS,
  FIRST_PAGE,
  activeFilterCount,
  filtersFromQuery,
  pagingFromQuery,
  toQuery,
  toVariables,
  type OfficialFilters,
} from './officialFilters'
import { SEARCH_DEBOUNCE_MS, useOfficialFilters } from './useOfficialFilters'

const sample: OfficialFilters = {
  ...EMPTY_FILTERS,
  search: 'nguyen van',
  provinceId: 'p-40',
  communeId: 'c-17',
  bloc: 'GOVERNMENT',
  professionalLevel: 'BACHELOR',
  politicalTheoryLevel: 'INTERMEDIATE',
  stateManagementLevel: 'SPECIALIST',
  gender: 'FEMALE',
  hardshipArea: true,
}

describe('filters ↔ URL query', () => {
  it('round-trips every filter and the page through the URL', () => {
    const paging = { size: 50 as const, after: 'Y3Vyc29yOjQw', page: 3 }
    const query = toQuery(sample, paging)
    expect(query).toEqual({
      q: 'nguyen van',
      province: 'p-40',
      commune: 'c-17',
      bloc: 'GOVERNMENT',
      professional: 'BACHELOR',
      political: 'INTERMEDIATE',
      stateManagement: 'SPECIALIST',
      gender: 'FEMALE',
      hardship: 'yes',
      size: '50',
      after: 'Y3Vyc29yOjQw',
      page: '3',
    })
    const asUrl = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]))
    expect(filtersFromQuery(asUrl)).toEqual(sample)
    expect(pagingFromQuery(asUrl)).toEqual(paging)
  })

  it('keeps links short: defaults are left out', () => {
    expect(toQuery(EMPTY_FILTERS, FIRST_PAGE)).toEqual({})
    expect(toQuery({ ...EMPTY_FILTERS, search: '   ' })).toEqual({})
    expect(toQuery({ ...EMPTY_FILTERS, hardshipArea: false })).toEqual({ hardship: 'no' })
  })

  it('drops values a hand-edited URL might carry instead of sending them to the server', () => {
    const filters = filtersFromQuery({
      bloc: 'PIRATES',
      gender: 'male',
      commune: 'x y z; drop table',
      hardship: 'maybe',
      professional: ['MASTER', 'DOCTORATE'],
    })
    expect(filters).toEqual({ ...EMPTY_FILTERS, professionalLevel: 'MASTER' })
    expect(pagingFromQuery({ size: '1000', page: '7' })).toEqual(FIRST_PAGE)
  })
})

describe('filters → GraphQL variables', () => {
  it('sends only chosen filters, trimmed search, page size and cursor', () => {
    expect(toVariables({ ...EMPTY_FILTERS, search: '  Quỳnh  ', bloc: 'PARTY' }, { size: 100, after: 'abc', page: 2 })).toEqual({
      filter: { search: 'Quỳnh', bloc: 'PARTY' },
      first: 100,
      after: 'abc',
    })
    expect(toVariables(EMPTY_FILTERS, FIRST_PAGE)).toEqual({ filter: {}, first: 20, after: null })
  })

  it('uses the commune when one is chosen, else the province', () => {
    expect(toVariables({ ...EMPTY_FILTERS, provinceId: 'p1', communeId: 'c1' }, FIRST_PAGE).filter).toEqual({ communeId: 'c1' })
    expect(toVariables({ ...EMPTY_FILTERS, provinceId: 'p1' }, FIRST_PAGE).filter).toEqual({ provinceId: 'p1' })
  })

  it('pins a coordinator to their commune whatever the URL says', () => {
    const vars = toVariables({ ...sample }, FIRST_PAGE, { fixedCommuneId: 'own' })
    expect(vars.filter.communeId).toBe('own')
    expect(vars.filter.provinceId).toBeUndefined()
  })

  it('passes hardshipArea=false through (officials outside hardship areas)', () => {
    expect(toVariables({ ...EMPTY_FILTERS, hardshipArea: false }, FIRST_PAGE).filter).toEqual({ hardshipArea: false })
  })

  it('counts active filters for the phone filter button', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0)
    expect(activeFilterCount(sample)).toBe(9)
  })
})

describe('useOfficialFilters', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  async function setup(path = '/officials') {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/officials', component: { render: () => null } }],
    })
    await router.push(path)
    let api!: ReturnType<typeof useOfficialFilters>
    const Host = defineComponent({
      setup() {
        api = useOfficialFilters()
        return () => h('div')
      },
    })
    mount(Host, { global: { plugins: [router] } })
    return { router, api }
  }

  it('reads the filters of a reloaded URL', async () => {
    const { api } = await setup('/officials?bloc=PARTY&q=tr%E1%BA%A7n&size=50')
    expect(api.filters.value.bloc).toBe('PARTY')
    expect(api.searchText.value).toBe('trần')
    expect(api.paging.value.size).toBe(50)
  })

  it('puts the search in the URL 300 ms after the last keystroke, not before', async () => {
    vi.useFakeTimers()
    const { router, api } = await setup()
    const searches: unknown[] = []
    router.afterEach((to) => void searches.push(to.query.q))
    api.searchText.value = 'ng'
    await nextTick()
    await vi.advanceTimersByTimeAsync(200)
    api.searchText.value = 'nguyen van'
    await nextTick()
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1)
    expect(router.currentRoute.value.query.q).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(router.currentRoute.value.query.q).toBe('nguyen van'))
    // One request for the whole word, none for the half-typed "ng".
    expect(searches).toEqual(['nguyen van'])
  })

  it('goes back to the first page when a filter changes, and forward/back through pages', async () => {
    const { router, api } = await setup('/officials?bloc=PARTY')
    api.nextPage('cursor-20')
    await vi.waitFor(() => expect(router.currentRoute.value.query.after).toBe('cursor-20'))
    expect(api.paging.value.page).toBe(2)
    api.nextPage('cursor-40')
    await vi.waitFor(() => expect(api.paging.value.page).toBe(3))
    api.previousPage()
    await vi.waitFor(() => expect(api.paging.value).toEqual({ size: 20, after: 'cursor-20', page: 2 }))
    api.setFilters({ gender: 'MALE' })
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ bloc: 'PARTY', gender: 'MALE' }))
  })

  it('clears the commune when the province changes', async () => {
    const { router, api } = await setup('/officials?province=p1&commune=c1')
    api.setFilters({ provinceId: 'p2' })
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ province: 'p2' }))
  })
})
