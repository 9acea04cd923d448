import { describe, expect, it } from 'vitest'
import { lossBetween, qualityOf, readStats, shouldGoAudioOnly } from './liveQuality'

describe('qualityOf', () => {
  it('grades round-trip time, loss and the incoming estimate', () => {
    expect(qualityOf({ rttSeconds: 0.05, lossRatio: 0, availableIncomingBitrate: 2_000_000 })).toBe('good')
    expect(qualityOf({ rttSeconds: 0.4, lossRatio: 0.01, availableIncomingBitrate: null })).toBe('fair')
    expect(qualityOf({ rttSeconds: 0.05, lossRatio: 0.15, availableIncomingBitrate: null })).toBe('poor')
    expect(qualityOf({ rttSeconds: 0.05, lossRatio: 0, availableIncomingBitrate: 80_000 })).toBe('poor')
    expect(qualityOf({ rttSeconds: null, lossRatio: null, availableIncomingBitrate: null })).toBe('unknown')
  })

  it('counts a low score from the SFU as poor even when the browser\'s own readings look fine', () => {
    expect(qualityOf({ rttSeconds: 0.05, lossRatio: 0, availableIncomingBitrate: 2_000_000, worstConsumerScore: 3 })).toBe('poor')
    expect(qualityOf({ rttSeconds: null, lossRatio: null, availableIncomingBitrate: null, worstConsumerScore: 2 })).toBe('poor')
    expect(qualityOf({ rttSeconds: 0.05, lossRatio: 0, availableIncomingBitrate: 2_000_000, worstConsumerScore: null })).toBe('good')
  })
})

describe('shouldGoAudioOnly', () => {
  it('waits for three poor samples in a row', () => {
    expect(shouldGoAudioOnly(['poor', 'poor'])).toBe(false)
    expect(shouldGoAudioOnly(['good', 'poor', 'poor', 'poor'])).toBe(true)
    expect(shouldGoAudioOnly(['poor', 'poor', 'fair', 'poor'])).toBe(false)
  })
})

describe('readStats / lossBetween', () => {
  it('sums inbound packets and reads the nominated pair', () => {
    const first = readStats([
      { type: 'candidate-pair', nominated: true, currentRoundTripTime: 0.02, availableIncomingBitrate: 900_000 },
      { type: 'inbound-rtp', packetsReceived: 100, packetsLost: 0 },
      { type: 'inbound-rtp', packetsReceived: 50, packetsLost: 2 },
    ])
    expect(first).toEqual({ rttSeconds: 0.02, availableIncomingBitrate: 900_000, counters: { received: 150, lost: 2 } })
    expect(lossBetween(null, first.counters)).toBeNull()
    expect(lossBetween(first.counters, { received: 240, lost: 12 })).toBeCloseTo(0.1)
    expect(lossBetween(first.counters, first.counters)).toBeNull()
  })
})
