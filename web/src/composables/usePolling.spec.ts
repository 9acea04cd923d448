import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { usePolling } from './usePolling'

afterEach(() => vi.useRealTimers())

describe('usePolling', () => {
  it('asks every interval until the value settles, then stops', async () => {
    vi.useFakeTimers()
    const answers = ['ANALYSING', 'ANALYSING', 'READY', 'READY']
    const load = vi.fn(async () => ({ status: answers.shift()! }))
    const scope = effectScope()
    const polling = scope.run(() => usePolling(load, { intervalMs: 500, settled: (v) => v.status === 'READY' }))!
    polling.start('i1')
    await vi.advanceTimersByTimeAsync(0)
    expect(load).toHaveBeenCalledTimes(1)
    expect(polling.active.value).toBe(true)
    await vi.advanceTimersByTimeAsync(500)
    await vi.advanceTimersByTimeAsync(500)
    expect(polling.current.value).toEqual({ status: 'READY' })
    expect(polling.active.value).toBe(false)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(load).toHaveBeenCalledTimes(3)
    scope.stop()
  })

  it('stops when its component goes away', async () => {
    vi.useFakeTimers()
    const load = vi.fn(async () => ({ status: 'ANALYSING' }))
    const scope = effectScope()
    const polling = scope.run(() => usePolling(load, { intervalMs: 500, settled: () => false }))!
    polling.start('i1')
    await vi.advanceTimersByTimeAsync(1_000)
    const calls = load.mock.calls.length
    scope.stop()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(load.mock.calls.length).toBe(calls)
    expect(polling.active.value).toBe(false)
  })

  it('rides out a few network failures but gives up on others at once', async () => {
    vi.useFakeTimers()
    let n = 0
    const flaky = vi.fn(async () => {
      if (++n < 3) throw new TypeError('Failed to fetch')
      return { status: 'READY' }
    })
    const scope = effectScope()
    const polling = scope.run(() => usePolling(flaky, { intervalMs: 500, settled: () => true, retryable: (e) => e instanceof TypeError }))!
    polling.start('i1')
    await vi.advanceTimersByTimeAsync(1_500)
    expect(polling.current.value).toEqual({ status: 'READY' })
    expect(polling.error.value).toBeNull()

    const denied = vi.fn(async () => {
      throw new Error('auth/forbidden')
    })
    const other = scope.run(() => usePolling(denied, { intervalMs: 500, settled: () => true, retryable: (e) => e instanceof TypeError }))!
    other.start('i2')
    await vi.advanceTimersByTimeAsync(2_000)
    expect(denied).toHaveBeenCalledTimes(1)
    expect(other.error.value).toBeInstanceOf(Error)
    expect(other.active.value).toBe(false)
    scope.stop()
  })

  it('drops the answer of an earlier import after starting another', async () => {
    vi.useFakeTimers()
    let release: (v: { id: string }) => void = () => undefined
    const load = vi.fn((id: string) => (id === 'old' ? new Promise<{ id: string }>((r) => (release = r)) : Promise.resolve({ id })))
    const scope = effectScope()
    const polling = scope.run(() => usePolling(load, { settled: () => true }))!
    polling.start('old')
    polling.start('new')
    await vi.advanceTimersByTimeAsync(0)
    release({ id: 'old' })
    await vi.advanceTimersByTimeAsync(0)
    expect(polling.current.value).toEqual({ id: 'new' })
    scope.stop()
  })
})
