import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { types as msc } from 'mediasoup-client'
import { backoffMs, ICE_RESTART_GRACE_MS, MAX_BACKOFF_MS, republishPlan, watchTransport, type LocalTracks } from './useLiveReconnect'

/** Just enough of a mediasoup-client Transport: its events, connection state, restartIce and close. */
class FakeTransport extends EventEmitter {
  readonly id = 'transport-1'
  closed = false
  connectionState = 'connected'
  readonly observer = new EventEmitter()
  readonly restartIce = vi.fn(async (_: { iceParameters: msc.IceParameters }) => undefined)

  set(state: string) {
    this.connectionState = state
    this.emit('connectionstatechange', state)
  }

  close() {
    this.closed = true
    this.observer.emit('close')
  }
}

const ICE = { usernameFragment: 'u', password: 'p', iceLite: true } as msc.IceParameters

describe('watchTransport', () => {
  let transport: FakeTransport
  let current: boolean
  const restartIce = vi.fn(async (_id: string) => ICE)
  const rejoin = vi.fn()

  beforeEach(() => {
    vi.useFakeTimers()
    transport = new FakeTransport()
    current = true
    restartIce.mockClear()
    rejoin.mockClear()
    watchTransport(transport as unknown as msc.Transport, { isCurrent: () => current, restartIce, rejoin })
  })
  afterEach(() => vi.useRealTimers())

  it('restarts ICE with the parameters the server returns, and does not rejoin when the transport recovers', async () => {
    transport.set('disconnected')
    await vi.waitFor(() => expect(transport.restartIce).toHaveBeenCalledWith({ iceParameters: ICE }))
    expect(restartIce).toHaveBeenCalledWith('transport-1')
    transport.set('connected')
    vi.advanceTimersByTime(ICE_RESTART_GRACE_MS * 2)
    expect(rejoin).not.toHaveBeenCalled()
  })

  it('rejoins when the ICE restart has not brought the transport back within the grace period', () => {
    transport.set('failed')
    // A second bad state while waiting does not stack another rejoin.
    transport.set('disconnected')
    vi.advanceTimersByTime(ICE_RESTART_GRACE_MS - 1)
    expect(rejoin).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(rejoin).toHaveBeenCalledTimes(1)
    expect(rejoin).toHaveBeenCalledWith('live/ice_failed')
  })

  it('ignores a transport that was closed or belongs to an older connection', () => {
    transport.set('failed')
    transport.close()
    vi.advanceTimersByTime(ICE_RESTART_GRACE_MS)
    expect(rejoin).not.toHaveBeenCalled()

    const other = new FakeTransport()
    watchTransport(other as unknown as msc.Transport, { isCurrent: () => current, restartIce, rejoin })
    current = false
    restartIce.mockClear()
    other.set('failed')
    vi.advanceTimersByTime(ICE_RESTART_GRACE_MS)
    expect(restartIce).not.toHaveBeenCalled()
    expect(rejoin).not.toHaveBeenCalled()
  })
})

describe('republishPlan', () => {
  const track = (readyState: 'live' | 'ended' = 'live') => ({ readyState }) as MediaStreamTrack

  it('brings back the live tracks in the state they were in: a muted microphone stays muted', () => {
    const local: LocalTracks = { mic: track(), webcam: track(), screen: null }
    expect(republishPlan(local, false, true)).toEqual({ mic: { track: local.mic, paused: true }, webcam: local.webcam, screen: null })
    expect(republishPlan(local, true, false)).toEqual({ mic: { track: local.mic, paused: false }, webcam: null, screen: null })
  })

  it('falls back to the defaults (null) when there is nothing live to bring back', () => {
    expect(republishPlan({ mic: null, webcam: null, screen: null }, false, false)).toBeNull()
    expect(republishPlan({ mic: track('ended'), webcam: track('ended'), screen: null }, true, true)).toBeNull()
  })
})

describe('backoffMs', () => {
  it('starts fast and caps', () => {
    expect([0, 1, 2, 3].map(backoffMs)).toEqual([500, 1_000, 2_000, 4_000])
    expect(backoffMs(10)).toBe(MAX_BACKOFF_MS)
  })
})
