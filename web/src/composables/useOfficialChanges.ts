import { watch } from 'vue'
import { useSubscription } from '@urql/vue'
import { graphql } from '@/gql'
import { useDebouncedFn } from './useDebounced'

const OfficialChangedSubscription = graphql(`
  subscription OfficialChanged {
    officialChanged {
      id
    }
  }
`)

/**
 * Calls `onChange` (coalesced over `wait` ms) when the server reports that an official this user may
 * see was created, changed or deactivated; the live connection closes when the component unmounts.
 */
export function useOfficialChanges(onChange: (ids: string[]) => void, wait = 500) {
  const pending = new Set<string>()
  const flush = useDebouncedFn(() => {
    const ids = [...pending]
    pending.clear()
    onChange(ids)
  }, wait)
  const { data } = useSubscription({ query: OfficialChangedSubscription, variables: {} })
  watch(data, (event) => {
    if (!event) return
    pending.add(event.officialChanged.id)
    flush()
  })
}
