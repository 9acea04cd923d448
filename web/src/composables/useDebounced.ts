import { onBeforeUnmount } from 'vue'

/** Debounces a callback; a pending call is dropped when the component unmounts. */
export function useDebouncedFn<A extends unknown[]>(fn: (...args: A) => void, wait: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => clearTimeout(timer)
  const debounced = (...args: A) => {
    cancel()
    timer = setTimeout(() => fn(...args), wait)
  }
  onBeforeUnmount(cancel)
  return Object.assign(debounced, { cancel })
}
