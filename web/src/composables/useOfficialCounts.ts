import { computed, type MaybeRefOrGetter, toValue } from 'vue'
import { useQuery } from '@urql/vue'
import { graphql } from '@/gql'
import type { Bloc } from '@/gql/graphql'

// first: 1 and no edges: only totalCount is read, the server computes one row per alias.
const OfficialCountsQuery = graphql(`
  query OfficialCounts($communeId: ID) {
    total: officials(first: 1, filter: { communeId: $communeId }) {
      totalCount
    }
    party: officials(first: 1, filter: { communeId: $communeId, bloc: PARTY }) {
      totalCount
    }
    front: officials(first: 1, filter: { communeId: $communeId, bloc: FRONT }) {
      totalCount
    }
    government: officials(first: 1, filter: { communeId: $communeId, bloc: GOVERNMENT }) {
      totalCount
    }
    military: officials(first: 1, filter: { communeId: $communeId, bloc: MILITARY }) {
      totalCount
    }
  }
`)

/** Active officials in total and per bloc, for all readable communes or one commune. */
export function useOfficialCounts(communeId: MaybeRefOrGetter<string | null | undefined> = null) {
  const query = useQuery({
    query: OfficialCountsQuery,
    variables: computed(() => ({ communeId: toValue(communeId) ?? null })),
  })
  const total = computed(() => query.data.value?.total.totalCount ?? null)
  const byBloc = computed<Partial<Record<Bloc, number>>>(() => {
    const d = query.data.value
    if (!d) return {}
    return {
      PARTY: d.party.totalCount,
      FRONT: d.front.totalCount,
      GOVERNMENT: d.government.totalCount,
      MILITARY: d.military.totalCount,
    }
  })
  return { total, byBloc, fetching: query.fetching, error: query.error, refetch: () => query.executeQuery() }
}
