import type { types as msc } from 'mediasoup-client'

/**
 * How a live session gets its media back by itself (issue 4, resilience), kept apart from `useLiveSession`:
 *
 * 1. A transport goes `disconnected`/`failed` (the network changed): ask the server for new ICE parameters and
 *    restart ICE on the same transport. If it is not connected again within {@link ICE_RESTART_GRACE_MS}, rejoin.
 * 2. A full rejoin: close the socket, get a fresh join token from the API, connect again. The server matches the
 *    new connection to the same peer (user id + role), so role, raised hand and breakout place come back.
 * 3. The server moved the room to a new router (`mediaReset`, its worker died): recreate transports and republish
 *    the tracks we already have, without leaving the room.
 * 4. The browser says it is back `online`: retry at once instead of waiting out the backoff.
 */

/** An ICE restart that has not reconnected the transport after this long gets a full rejoin. */
export const ICE_RESTART_GRACE_MS = 2_500
/** Longest pause between two reconnection attempts. */
export const MAX_BACKOFF_MS = 5_000

/** Delay before reconnection attempt `attempt` (0-based): 0.5 s, 1 s, 2 s, 4 s, then every 5 s. */
export function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt)
}

export interface TransportWatch {
  /** False when the transport belongs to an older connection or media setup: ignore it. */
  isCurrent: () => boolean
  /** Asks the server to restart ICE on its side; resolves with the new ICE parameters. */
  restartIce: (transportId: string) => Promise<msc.IceParameters>
  /** Gives up on the transport: full rejoin. */
  rejoin: (code: string) => void
}

/**
 * ICE restart first, full rejoin when that does not help: wired to a transport's `connectionstatechange`.
 * Returns a function that cancels the pending rejoin (when the transport is closed on purpose).
 */
export function watchTransport(transport: msc.Transport, watch: TransportWatch): () => void {
  let rejoinTimer: ReturnType<typeof setTimeout> | null = null
  const cancel = () => {
    if (rejoinTimer) clearTimeout(rejoinTimer)
    rejoinTimer = null
  }
  transport.on('connectionstatechange', (state) => {
    if (transport.closed || !watch.isCurrent()) return cancel()
    if (state === 'failed' || state === 'disconnected') {
      watch
        .restartIce(transport.id)
        .then((iceParameters) => (transport.closed ? undefined : transport.restartIce({ iceParameters })))
        .catch(() => undefined)
      rejoinTimer ??= setTimeout(() => {
        rejoinTimer = null
        if (!transport.closed && watch.isCurrent() && transport.connectionState !== 'connected') watch.rejoin('live/ice_failed')
      }, ICE_RESTART_GRACE_MS)
    } else if (state === 'connected' || state === 'closed') cancel()
  })
  transport.observer.on('close', cancel)
  return cancel
}

export interface LocalTracks {
  mic: MediaStreamTrack | null
  webcam: MediaStreamTrack | null
  screen: MediaStreamTrack | null
}

/** What to publish again after the transports were recreated: the live tracks we had, in the state they were in. */
export interface RepublishPlan {
  mic: { track: MediaStreamTrack; paused: boolean } | null
  webcam: MediaStreamTrack | null
  screen: MediaStreamTrack | null
}

const live = (t: MediaStreamTrack | null): t is MediaStreamTrack => !!t && t.readyState === 'live'

export function republishPlan(local: LocalTracks, micOn: boolean, camOn: boolean): RepublishPlan | null {
  const plan: RepublishPlan = {
    mic: live(local.mic) ? { track: local.mic, paused: !micOn } : null,
    webcam: camOn && live(local.webcam) ? local.webcam : null,
    screen: live(local.screen) ? local.screen : null,
  }
  // Nothing to bring back (first join, or every track ended): publish the defaults instead.
  return plan.mic || plan.webcam || plan.screen ? plan : null
}

/** Calls `retry` when the browser reports it is online again; returns the unsubscribe function. */
export function onBackOnline(retry: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  window.addEventListener('online', retry)
  return () => window.removeEventListener('online', retry)
}
