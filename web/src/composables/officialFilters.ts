import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type {
  Bloc,
  Gender,
  OfficialFilter,
  PoliticalTheoryLevel,
  Position,
  ProfessionalLevel,
  StateManagementLevel,
} from '@/gql/graphql'
import {
  BLOCS,
  GENDERS,
  POLITICAL_THEORY_LEVELS,
  POSITIONS,
  PROFESSIONAL_LEVELS,
  STATE_MANAGEMENT_LEVELS,
} from '@/i18n/enums'

/** What the directory's filter bar shows. `null` means "any". */
export interface OfficialFilters {
  search: string
  provinceId: string | null
  communeId: string | null
  bloc: Bloc | null
  position: Position | null
  professionalLevel: ProfessionalLevel | null
  politicalTheoryLevel: PoliticalTheoryLevel | null
  stateManagementLevel: StateManagementLevel | null
  gender: Gender | null
  hardshipArea: boolean | null
}

export const PAGE_SIZES = [20, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]

export interface Paging {
  size: PageSize
  /** Cursor of the last row of the previous page; null on the first page. */
  after: string | null
  /** 1-based page number, for display only (cursors carry the position). */
  page: number
}

export const EMPTY_FILTERS: Readonly<OfficialFilters> = Object.freeze({
  search: '',
  provinceId: null,
  communeId: null,
  bloc: null,
  position: null,
  professionalLevel: null,
  politicalTheoryLevel: null,
  stateManagementLevel: null,
  gender: null,
  hardshipArea: null,
})

export const FIRST_PAGE: Readonly<Paging> = Object.freeze({ size: 20, after: null, page: 1 })

/** Short, stable URL parameter names (they end up in bookmarks and shared links). */
const PARAM = {
  search: 'q',
  provinceId: 'province',
  communeId: 'commune',
  bloc: 'bloc',
  position: 'position',
  professionalLevel: 'professional',
  politicalTheoryLevel: 'political',
  stateManagementLevel: 'stateManagement',
  gender: 'gender',
  hardshipArea: 'hardship',
} as const satisfies Record<keyof OfficialFilters, string>

const MAX_SEARCH_LENGTH = 100

function single(value: LocationQuery[string] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' && v !== '' ? v : null
}

function oneOf<E extends string>(allowed: readonly E[], value: string | null): E | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as E) : null
}

function id(value: string | null): string | null {
  // IDs are opaque but short; anything odd would only earn a request/invalid from the server.
  return value !== null && /^[\w-]{1,64}$/.test(value) ? value : null
}

/** Reads filters from the URL; unknown or malformed values are dropped rather than sent to the server. */
export function filtersFromQuery(query: LocationQuery): OfficialFilters {
  const hardship = single(query[PARAM.hardshipArea])
  return {
    search: (single(query[PARAM.search]) ?? '').slice(0, MAX_SEARCH_LENGTH),
    provinceId: id(single(query[PARAM.provinceId])),
    communeId: id(single(query[PARAM.communeId])),
    bloc: oneOf(BLOCS, single(query[PARAM.bloc])),
    position: oneOf(POSITIONS, single(query[PARAM.position])),
    professionalLevel: oneOf(PROFESSIONAL_LEVELS, single(query[PARAM.professionalLevel])),
    politicalTheoryLevel: oneOf(POLITICAL_THEORY_LEVELS, single(query[PARAM.politicalTheoryLevel])),
    stateManagementLevel: oneOf(STATE_MANAGEMENT_LEVELS, single(query[PARAM.stateManagementLevel])),
    gender: oneOf(GENDERS, single(query[PARAM.gender])),
    hardshipArea: hardship === 'yes' ? true : hardship === 'no' ? false : null,
  }
}

export function pagingFromQuery(query: LocationQuery): Paging {
  const size = Number(single(query.size))
  const after = single(query.after)
  const page = Math.floor(Number(single(query.page)))
  return {
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : 20,
    after,
    page: after && Number.isFinite(page) && page > 1 ? page : 1,
  }
}

/** Writes filters and paging to a URL query, leaving out defaults so links stay short. */
export function toQuery(filters: OfficialFilters, paging: Paging = FIRST_PAGE): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const search = filters.search.trim()
  if (search) query[PARAM.search] = search
  for (const key of [
    'provinceId',
    'communeId',
    'bloc',
    'position',
    'professionalLevel',
    'politicalTheoryLevel',
    'stateManagementLevel',
    'gender',
  ] as const) {
    const value = filters[key]
    if (value !== null) query[PARAM[key]] = value
  }
  if (filters.hardshipArea !== null) query[PARAM.hardshipArea] = filters.hardshipArea ? 'yes' : 'no'
  if (paging.size !== 20) query.size = String(paging.size)
  if (paging.after) {
    query.after = paging.after
    query.page = String(paging.page)
  }
  return query
}

export interface DirectoryScope {
  /** Coordinators only ever see their own commune: the filter is pinned to it whatever the URL says. */
  fixedCommuneId?: string | null
}

/** GraphQL variables of the `officials` query for these filters and this page. */
export function toVariables(
  filters: OfficialFilters,
  paging: Paging,
  scope: DirectoryScope = {},
): { filter: OfficialFilter; first: number; after: string | null } {
  const filter: OfficialFilter = {}
  const search = filters.search.trim()
  if (search) filter.search = search
  if (scope.fixedCommuneId) {
    filter.communeId = scope.fixedCommuneId
  } else {
    if (filters.communeId) filter.communeId = filters.communeId
    else if (filters.provinceId) filter.provinceId = filters.provinceId
  }
  if (filters.bloc) filter.bloc = filters.bloc
  if (filters.position) filter.position = filters.position
  if (filters.professionalLevel) filter.professionalLevel = filters.professionalLevel
  if (filters.politicalTheoryLevel) filter.politicalTheoryLevel = filters.politicalTheoryLevel
  if (filters.stateManagementLevel) filter.stateManagementLevel = filters.stateManagementLevel
  if (filters.gender) filter.gender = filters.gender
  if (filters.hardshipArea !== null) filter.hardshipArea = filters.hardshipArea
  return { filter, first: paging.size, after: paging.after }
}

export function activeFilterCount(filters: OfficialFilters): number {
  return (Object.keys(EMPTY_FILTERS) as (keyof OfficialFilters)[]).filter((key) =>
    key === 'search' ? filters.search.trim() !== '' : filters[key] !== null,
  ).length
}
