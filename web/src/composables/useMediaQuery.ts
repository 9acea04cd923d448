import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Tracks a CSS media query; the listener is removed when the component unmounts. */
export function useMediaQuery(query: string): Ref<boolean> {
  const matches = ref(false)
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return matches
  const list = window.matchMedia(query)
  matches.value = list.matches
  const onChange = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list.addEventListener('change', onChange)
  onBeforeUnmount(() => list.removeEventListener('change', onChange))
  return matches
}

/** Phone-sized screens get the drawer menu and the card list instead of the table. */
export const PHONE_QUERY = '(max-width: 767.98px)'
