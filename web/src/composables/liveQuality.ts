/**
 * Connection quality of a live session from WebRTC statistics, and when to fall back to audio only. Pure functions
 * so the thresholds are unit-tested; `useLiveSession` feeds them `getStats()` samples every few seconds.
 */

import { POOR_CONSUMER_SCORE } from '@gd/schema'

export type LiveQuality = 'good' | 'fair' | 'poor' | 'unknown'

export interface QualitySample {
  /** Round-trip time to the media server, seconds (ICE candidate pair). */
  rttSeconds: number | null
  /** Share of packets lost since the previous sample, 0..1, over everything received. */
  lossRatio: number | null
  /** What the browser estimates it can receive, bits per second (null when unknown). */
  availableIncomingBitrate: number | null
  /** The SFU's lowest score (0..10) among the video we receive, when it reported one below POOR_CONSUMER_SCORE. */
  worstConsumerScore?: number | null
}

/** Below this estimate video cannot keep up: the smallest simulcast layer plus audio needs about this much. */
export const AUDIO_ONLY_BITRATE_BPS = 120_000

export function qualityOf(sample: QualitySample): LiveQuality {
  const { rttSeconds: rtt, lossRatio: loss, availableIncomingBitrate: bw } = sample
  const score = sample.worstConsumerScore ?? null
  if (rtt === null && loss === null && bw === null && score === null) return 'unknown'
  // The server sees what our browser reports about the video it sends us: a low score is loss on our link.
  if (score !== null && score < POOR_CONSUMER_SCORE) return 'poor'
  if ((loss ?? 0) > 0.1 || (rtt ?? 0) > 0.8 || (bw !== null && bw < AUDIO_ONLY_BITRATE_BPS)) return 'poor'
  if ((loss ?? 0) > 0.03 || (rtt ?? 0) > 0.3 || (bw !== null && bw < 400_000)) return 'fair'
  return 'good'
}

/**
 * Whether to switch to audio only by itself: after this many poor samples in a row (a single bad
 * second on a commune's 4G link should not blank every video).
 */
export const POOR_SAMPLES_BEFORE_AUDIO_ONLY = 3

export function shouldGoAudioOnly(recent: LiveQuality[]): boolean {
  if (recent.length < POOR_SAMPLES_BEFORE_AUDIO_ONLY) return false
  return recent.slice(-POOR_SAMPLES_BEFORE_AUDIO_ONLY).every((q) => q === 'poor')
}

interface RtcStat {
  type: string
  [key: string]: unknown
}

/** Packets counters of one stats report, for loss between two samples. */
export interface PacketCounters {
  received: number
  lost: number
}

/** Reads RTT, packet counters and the incoming estimate from a receive transport's stats report. */
export function readStats(report: Iterable<RtcStat>): { rttSeconds: number | null; counters: PacketCounters; availableIncomingBitrate: number | null } {
  let rttSeconds: number | null = null
  let availableIncomingBitrate: number | null = null
  const counters: PacketCounters = { received: 0, lost: 0 }
  for (const s of report) {
    if (s.type === 'candidate-pair' && (s.nominated === true || s.state === 'succeeded')) {
      if (typeof s.currentRoundTripTime === 'number') rttSeconds = s.currentRoundTripTime
      if (typeof s.availableIncomingBitrate === 'number') availableIncomingBitrate = s.availableIncomingBitrate
    } else if (s.type === 'inbound-rtp') {
      counters.received += typeof s.packetsReceived === 'number' ? s.packetsReceived : 0
      counters.lost += typeof s.packetsLost === 'number' ? Math.max(0, s.packetsLost) : 0
    }
  }
  return { rttSeconds, counters, availableIncomingBitrate }
}

/** Loss ratio between two cumulative counter readings; null when nothing arrived in between. */
export function lossBetween(before: PacketCounters | null, after: PacketCounters): number | null {
  if (!before) return null
  const received = after.received - before.received
  const lost = after.lost - before.lost
  if (received + lost <= 0) return null
  return Math.max(0, lost) / (Math.max(0, received) + Math.max(0, lost))
}
