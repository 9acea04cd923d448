import { getCurrentScope, onScopeDispose, ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export interface PollingOptions<T> {
  /** Pause between the end of one request and the next, in ms. */
  intervalMs?: number
  /** True when the value will not change any more: polling stops. */
  settled: (value: T) => boolean
  /** Consecutive failed requests tolerated (a flaky commune connection) before giving up with `error`. */
  maxFailures?: number
  /** Whether a failure is worth retrying (default: all); others stop polling at once. */
  retryable?: (error: unknown) => boolean
}

export interface Polling<T> {
  current: ShallowRef<T | null>
  error: Ref<unknown>
  active: Ref<boolean>
  /** Starts polling `key` (stopping any earlier polling); the first request goes out at once. */
  start: (key: string) => void
  stop: () => void
}

/**
 * Polls `load(key)` every `intervalMs` until the value is settled, `stop()` is called, or the component (scope) that
 * created it goes away. One request at a time: the next waits for the previous answer.
 */
export function usePolling<T>(load: (key: string) => Promise<T>, options: PollingOptions<T>): Polling<T> {
  const interval = options.intervalMs ?? 500
  const maxFailures = options.maxFailures ?? 5
  const current = shallowRef<T | null>(null)
  const error = ref<unknown>(null)
  const active = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  // Each start() gets a generation: answers of an older one are dropped.
  let generation = 0

  function stop() {
    generation++
    clearTimeout(timer)
    timer = undefined
    active.value = false
  }

  function start(key: string) {
    stop()
    const mine = generation
    let failures = 0
    active.value = true
    error.value = null
    const tick = async () => {
      try {
        const value = await load(key)
        if (mine !== generation) return
        failures = 0
        current.value = value
        if (options.settled(value)) {
          active.value = false
          return
        }
      } catch (e) {
        if (mine !== generation) return
        if (++failures >= maxFailures || (options.retryable && !options.retryable(e))) {
          error.value = e
          active.value = false
          return
        }
      }
      timer = setTimeout(() => void tick(), interval)
    }
    void tick()
  }

  if (getCurrentScope()) onScopeDispose(stop)
  return { current, error, active, start, stop }
}
