import { computed, onBeforeUnmount, reactive, ref, shallowRef, triggerRef } from 'vue'
import { Device } from 'mediasoup-client'
import type { types as msc } from 'mediasoup-client'
import { io, type Socket } from 'socket.io-client'
import {
  assertNever,
  LIVE_SOCKET_PATH,
  POOR_CONSUMER_SCORE,
  type BreakoutBroadcast,
  type BreakoutSplit,
  type BreakoutsState,
  type ChatMessage,
  type ClientToServerEvents,
  type LiveConnectErrorData,
  type LiveRole,
  type MediaSource,
  type ModeratorAction,
  type PeerInfo,
  type RaisedHand,
  type RoomState,
  type ServerToClientEvents,
  type SignallingNotification,
  type SignallingRequest,
  type SignallingResponseMap,
} from '@gd/schema'
import { graphql } from '@/gql'
import { gqlRequest } from '@/api/request'
import { toAppError } from '@/api/errors'
import { useAuthStore } from '@/stores/auth'
import { lossBetween, qualityOf, readStats, shouldGoAudioOnly, type LiveQuality, type PacketCounters } from './liveQuality'
import { backoffMs, onBackOnline, republishPlan, watchTransport } from './useLiveReconnect'
import { NO_BREAKOUTS, peersInMySpace, roomOf, secondsLeft } from './liveBreakouts'

const JoinLiveSessionMutation = graphql(`
  mutation JoinLiveSession($sessionId: ID!, $asClassroom: Boolean) {
    joinLiveSession(sessionId: $sessionId, asClassroom: $asClassroom) {
      token
      role
      expiresAt
      sessionId
      displayName
    }
  }
`)

export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed'

/** Another participant with the tracks we receive from them. */
export interface RemotePeer extends PeerInfo {
  tracks: Partial<Record<MediaSource, MediaStreamTrack>>
  /** Sources whose producer is paused (a muted microphone). */
  paused: Partial<Record<MediaSource, boolean>>
}

export interface LocalMedia {
  mic: MediaStreamTrack | null
  webcam: MediaStreamTrack | null
  screen: MediaStreamTrack | null
}

export interface LiveOptions {
  sessionId: string
  /** The classroom device: room camera and microphone, other participants large on the projector. */
  asClassroom?: boolean
}

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Simulcast: three VP8 layers (quarter, half, full resolution); the SFU forwards the one each receiver can take. */
const WEBCAM_ENCODINGS: msc.RtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 1_200_000 },
]
const SCREEN_ENCODINGS: msc.RtpEncodingParameters[] = [{ maxBitrate: 1_500_000 }]
/** Roles that publish; OBSERVER only watches. */
const PUBLISHERS: readonly LiveRole[] = ['LECTURER', 'TRAINEE', 'CLASSROOM']
const STATS_INTERVAL_MS = 3_000

export class LiveRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'LiveRequestError'
  }
}

/**
 * One live class session in the browser: asks the API for a join token, connects socket.io to `/live`,
 * loads the mediasoup Device, creates send and receive transports, publishes the microphone and the camera
 * (VP8 simulcast), consumes everybody else, and keeps itself connected (ICE restart when a transport fails,
 * then a full rejoin with a fresh token). Also watches `getStats()` and turns audio-only mode on by itself when
 * the connection stays poor. Everything is closed on unmount.
 */
export function useLiveSession(options: LiveOptions) {
  const auth = useAuthStore()
  const status = ref<LiveStatus>('idle')
  const errorCode = ref<string | null>(null)
  const self = ref<PeerInfo | null>(null)
  const peers = ref(new Map<string, RemotePeer>())
  const activeSpeaker = ref<string | null>(null)
  const room = ref<RoomState>({ locked: false, spotlightPeerId: null })
  const hands = ref<RaisedHand[]>([])
  const chat = ref<ChatMessage[]>([])
  const audioOnly = ref(false)
  /** Audio-only was switched on automatically (bad connection), not by the user. */
  const audioOnlyAuto = ref(false)
  const quality = ref<LiveQuality>('unknown')
  const rttMs = ref<number | null>(null)
  const lossPercent = ref<number | null>(null)
  const local = reactive<LocalMedia>({ mic: null, webcam: null, screen: null })
  const micOn = ref(false)
  const camOn = ref(false)
  /** A moderator (or the raise-hand queue) asked us to turn the microphone on. */
  const unmuteRequested = ref(false)
  const removed = ref(false)
  const devices = shallowRef<MediaDeviceInfo[]>([])
  const micDeviceId = ref<string | null>(null)
  const camDeviceId = ref<string | null>(null)
  /** Breakout rooms and everyone's space; the grid shows only the peers of our own space. */
  const breakouts = ref<BreakoutsState>(NO_BREAKOUTS)
  /** Server clock minus ours, from the last breakout state (for the close countdown). */
  let breakoutClockOffset = 0
  /** The lecturer's messages to every room, newest last. */
  const broadcasts = ref<BreakoutBroadcast[]>([])
  const nowMs = ref(Date.now())
  let countdownTimer: ReturnType<typeof setInterval> | null = null

  let socket: LiveSocket | null = null
  let device: Device | null = null
  let sendTransport: msc.Transport | null = null
  let recvTransport: msc.Transport | null = null
  const producers = new Map<MediaSource, msc.Producer>()
  const consumers = new Map<string, { consumer: msc.Consumer; peerId: string; source: MediaSource }>()
  /** Consumers announced and still being created (see the newConsumer notification). */
  const creating = new Map<string, Promise<void>>()
  /**
   * Consumers announced for a paused producer (a trainee's muted microphone), created only when it resumes. Trainees
   * join muted: creating each one at once made every browser in the room renegotiate its receiving connection for
   * every arrival, and hold one idle audio track per trainee (the lecturer's and the classroom's browsers stalled for up
   * to a second while a class arrived, and their cameras with them).
   */
  const deferred = new Map<string, Extract<SignallingNotification, { type: 'newConsumer' }>>()
  const role = ref<LiveRole | null>(null)
  let closedByUser = false
  let attempt = 0
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let statsTimer: ReturnType<typeof setInterval> | null = null
  let lastCounters: PacketCounters | null = null
  const recentQuality: LiveQuality[] = []
  /** Video consumers the SFU scores below POOR_CONSUMER_SCORE (consumerScore notifications), by consumer id. */
  const poorScores = new Map<string, number>()
  /** Serializes notifications behind the join answer, so newConsumer never races the receive transport's setup. */
  let ready: Promise<void> = Promise.resolve()
  /** Incremented on every (re)connection: late callbacks of an older one are ignored. */
  let generation = 0

  const canPublish = computed(() => role.value !== null && PUBLISHERS.includes(role.value))
  const isModerator = computed(() => role.value === 'LECTURER')
  const peerList = computed(() => [...peers.value.values()])

  function request<T extends SignallingRequest['type']>(req: Extract<SignallingRequest, { type: T }>): Promise<SignallingResponseMap[T]> {
    const s = socket
    if (!s?.connected) return Promise.reject(new LiveRequestError('live/disconnected', 'not connected'))
    return new Promise((resolve, reject) => {
      s.timeout(15_000).emit('request', req, (err: Error | null, result) => {
        if (err) reject(new LiveRequestError('live/timeout', `${req.type} timed out`))
        else if (result.ok) resolve(result.data as SignallingResponseMap[T])
        else reject(new LiveRequestError(result.error.code, result.error.message))
      })
    })
  }

  function touchPeers() {
    triggerRef(peers)
  }

  // --- connection -----------------------------------------------------------------------------------------------

  async function connect(): Promise<void> {
    closedByUser = false
    removed.value = false
    errorCode.value = null
    status.value = attempt === 0 ? 'connecting' : 'reconnecting'
    const myGeneration = ++generation
    let token: string
    try {
      const data = await gqlRequest(
        JoinLiveSessionMutation,
        { sessionId: options.sessionId, asClassroom: options.asClassroom ?? false },
        { fetchImpl: auth.authorizedFetch },
      )
      token = data.joinLiveSession.token
      role.value = data.joinLiveSession.role as LiveRole
    } catch (err) {
      const code = toAppError(err).code
      // Not allowed or not open: retrying will not help.
      if (code.startsWith('live/') || code.startsWith('auth/') || code.startsWith('class/')) return fail(code)
      return scheduleRetry(code)
    }
    if (myGeneration !== generation || closedByUser) return
    const s: LiveSocket = io({ path: LIVE_SOCKET_PATH, auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true })
    socket = s
    s.on('connect_error', (err) => {
      const code = (err as Error & { data?: LiveConnectErrorData }).data?.code ?? 'network'
      s.close()
      if (code === 'live/room_locked' || code === 'live/removed' || code === 'live/unauthorized') fail(code)
      else scheduleRetry(code)
    })
    s.on('disconnect', (reason) => {
      if (myGeneration !== generation || closedByUser) return
      console.warn('[live] disconnected', reason)
      // The screen share comes back with the camera and microphone (fail() and leave() stop it).
      teardownMedia(true)
      if (removed.value) return fail('live/removed')
      // Our own server closed us for a newer connection of the same account (another tab).
      if (errorCode.value === 'live/session_replaced') return fail('live/session_replaced')
      scheduleRetry('live/disconnected')
    })
    s.on('notification', (n) => {
      // These decide what the disconnect that follows them means: record them at once, not behind the queue.
      if (n.type === 'sessionReplaced') errorCode.value = 'live/session_replaced'
      if (n.type === 'removed') removed.value = true
      ready = ready.then(() => (myGeneration === generation ? onNotification(n) : undefined)).catch((err) => console.warn('[live] notification failed', err))
    })
    s.on('connect', () => {
      let release!: () => void
      ready = new Promise<void>((r) => (release = r))
      setUp(myGeneration)
        .then(() => {
          attempt = 0
          status.value = 'connected'
        })
        .catch((err: unknown) => {
          console.warn('[live] setup failed', err)
          s.close()
          if (err instanceof LiveRequestError && err.code === 'live/forbidden') fail(err.code)
          else scheduleRetry(err instanceof LiveRequestError ? err.code : 'live/internal')
        })
        .finally(() => release())
    })
  }

  async function setUp(myGeneration: number): Promise<void> {
    const caps = await request({ type: 'getRouterRtpCapabilities' })
    device = new Device()
    await device.load({ routerRtpCapabilities: caps.rtpCapabilities as msc.RtpCapabilities })
    recvTransport = await createTransport('recv', myGeneration)
    if (canPublish.value) sendTransport = await createTransport('send', myGeneration)
    const joined = await request({ type: 'join', rtpCapabilities: device.recvRtpCapabilities as never })
    if (joined.iceServers.length > 0) {
      await recvTransport.updateIceServers({ iceServers: joined.iceServers })
      await sendTransport?.updateIceServers({ iceServers: joined.iceServers })
    }
    self.value = joined.self
    const map = new Map<string, RemotePeer>()
    for (const p of joined.peers) map.set(p.peerId, { ...p, tracks: {}, paused: {} })
    peers.value = map
    room.value = joined.room
    hands.value = joined.hands
    chat.value = joined.chat
    setBreakouts(joined.breakouts)
    if (audioOnly.value) await request({ type: 'setAudioOnly', enabled: true })
    startStats()
    if (!canPublish.value) return
    // After a reconnect or a media reset: the tracks we had, as they were (a muted trainee stays muted).
    const plan = republishPlan(local, micOn.value, camOn.value)
    // Not awaited: the others' media (queued behind this setup) should not wait for ours to be published again.
    if (plan) void republish(plan).catch((err) => console.warn('[live] republish failed', err))
    else await publishDefaults()
  }

  /** The server moved the room to a new router (its worker died): same socket, same room, new transports. */
  async function resetMedia(myGeneration: number): Promise<void> {
    status.value = 'reconnecting'
    teardownMedia(true)
    try {
      await setUp(myGeneration)
      if (myGeneration === generation) status.value = 'connected'
    } catch (err) {
      console.warn('[live] media reset failed', err)
      if (myGeneration === generation) rejoin('live/media_reset_failed')
    }
  }

  async function republish(plan: NonNullable<ReturnType<typeof republishPlan>>) {
    if (plan.mic) await produce('mic', plan.mic.track, { paused: plan.mic.paused }).catch((err) => console.warn('[live] microphone not republished', err))
    if (plan.webcam) await produce('webcam', plan.webcam).catch((err) => console.warn('[live] camera not republished', err))
    if (plan.screen) await produce('screen', plan.screen).catch((err) => console.warn('[live] screen not republished', err))
  }

  async function createTransport(direction: 'send' | 'recv', myGeneration: number): Promise<msc.Transport> {
    const t = await request({ type: 'createWebRtcTransport', direction })
    const options = {
      id: t.transportId,
      iceParameters: t.iceParameters as msc.IceParameters,
      iceCandidates: t.iceCandidates as msc.IceCandidate[],
      dtlsParameters: t.dtlsParameters as msc.DtlsParameters,
    }
    const transport = direction === 'send' ? device!.createSendTransport(options) : device!.createRecvTransport(options)
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      request({ type: 'connectWebRtcTransport', transportId: transport.id, dtlsParameters: dtlsParameters as never }).then(
        () => callback(),
        (err: Error) => errback(err),
      )
    })
    if (direction === 'send') {
      transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
        request({
          type: 'produce',
          transportId: transport.id,
          kind,
          rtpParameters: rtpParameters as never,
          source: appData.source as MediaSource,
          ...(appData.paused === true ? { paused: true } : {}),
        }).then(
          ({ producerId }) => callback({ id: producerId }),
          (err: Error) => errback(err),
        )
      })
    }
    // First an ICE restart (the network changed: Wi-Fi to 4G); if that does not bring it back, rejoin.
    watchTransport(transport, {
      isCurrent: () => myGeneration === generation,
      restartIce: (transportId) => request({ type: 'restartIce', transportId }).then((r) => r.iceParameters as msc.IceParameters),
      rejoin,
    })
    return transport
  }

  /** Drops everything and connects again with a new token. */
  function rejoin(code: string) {
    socket?.close()
    teardownMedia(true)
    scheduleRetry(code)
  }

  function scheduleRetry(code: string) {
    if (closedByUser) return
    errorCode.value = code
    status.value = 'reconnecting'
    const delay = backoffMs(attempt)
    attempt += 1
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, delay)
  }

  function fail(code: string) {
    errorCode.value = code
    status.value = 'failed'
    generation += 1
    socket?.close()
    socket = null
    teardownMedia()
  }

  function teardownMedia(keepScreen = false) {
    stopStats()
    // Nothing is measured while the media is down: the indicator must not keep showing the last good reading.
    quality.value = 'unknown'
    rttMs.value = lossPercent.value = null
    for (const p of producers.values()) p.close()
    producers.clear()
    for (const { consumer } of consumers.values()) consumer.close()
    consumers.clear()
    creating.clear()
    deferred.clear()
    poorScores.clear()
    sendTransport?.close()
    recvTransport?.close()
    sendTransport = null
    recvTransport = null
    device = null
    for (const p of peers.value.values()) p.tracks = {}
    touchPeers()
    // Local tracks survive a reconnect or a media reset: they are published again. Only fail() ends the screen share
    // here (leave() stops every track).
    if (local.screen && !keepScreen) {
      local.screen.stop()
      local.screen = null
    }
  }

  /** Leaves the room and releases the camera and microphone. */
  function leave() {
    closedByUser = true
    generation += 1
    if (retryTimer) clearTimeout(retryTimer)
    socket?.close()
    socket = null
    teardownMedia()
    for (const track of [local.mic, local.webcam, local.screen]) track?.stop()
    local.mic = local.webcam = local.screen = null
    micOn.value = camOn.value = false
    status.value = 'closed'
  }

  // --- notifications --------------------------------------------------------------------------------------------

  /** Creates, shows and resumes one announced consumer; never rejects (a transport closed meanwhile is not an error). */
  async function addConsumer(transport: msc.Transport, n: Extract<SignallingNotification, { type: 'newConsumer' }>): Promise<void> {
    try {
      const consumer = await transport.consume({ id: n.consumerId, producerId: n.producerId, kind: n.kind, rtpParameters: n.rtpParameters as msc.RtpParameters })
      if (transport !== recvTransport) {
        consumer.close()
        return
      }
      consumers.set(consumer.id, { consumer, peerId: n.peerId, source: n.source })
      const peer = peers.value.get(n.peerId)
      if (peer) {
        peer.tracks = { ...peer.tracks, [n.source]: consumer.track }
        peer.paused = { ...peer.paused, [n.source]: n.producerPaused }
        touchPeers()
      }
      await request({ type: 'resumeConsumer', consumerId: consumer.id })
    } catch (err) {
      if (!transport.closed) console.warn('[live] consumer not created', err)
    }
  }

  /**
   * Not awaited: consumers announced together (everyone's media when we join) are created in one SDP negotiation, as
   * mediasoup-client batches consume() calls. Notifications about the consumer wait for it (`creating`).
   */
  function startConsumer(transport: msc.Transport, n: Extract<SignallingNotification, { type: 'newConsumer' }>) {
    const job = addConsumer(transport, n).finally(() => creating.delete(n.consumerId))
    creating.set(n.consumerId, job)
  }

  async function onNotification(n: SignallingNotification): Promise<void> {
    switch (n.type) {
      case 'peerJoined': {
        // Already listed by the join answer when it arrived meanwhile: keep what we receive from them.
        const known = peers.value.get(n.peer.peerId)
        peers.value.set(n.peer.peerId, { ...n.peer, tracks: known?.tracks ?? {}, paused: known?.paused ?? {} })
        touchPeers()
        return
      }
      case 'peerLeft':
        peers.value.delete(n.peerId)
        touchPeers()
        return
      case 'newConsumer': {
        if (!recvTransport) return
        if (n.producerPaused) {
          deferred.set(n.consumerId, n)
          const peer = peers.value.get(n.peerId)
          if (peer) {
            peer.paused = { ...peer.paused, [n.source]: true }
            touchPeers()
          }
          return
        }
        startConsumer(recvTransport, n)
        return
      }
      case 'consumerClosed': {
        if (deferred.delete(n.consumerId)) return
        await creating.get(n.consumerId)
        const entry = consumers.get(n.consumerId)
        if (!entry) return
        entry.consumer.close()
        consumers.delete(n.consumerId)
        poorScores.delete(n.consumerId)
        const peer = peers.value.get(entry.peerId)
        if (peer && peer.tracks[entry.source] === entry.consumer.track) {
          const tracks = { ...peer.tracks }
          delete tracks[entry.source]
          peer.tracks = tracks
          touchPeers()
        }
        return
      }
      case 'consumerPaused':
      case 'consumerResumed': {
        const announced = deferred.get(n.consumerId)
        if (announced) {
          if (n.type === 'consumerPaused' || !recvTransport) return
          deferred.delete(n.consumerId)
          startConsumer(recvTransport, { ...announced, producerPaused: false })
          return
        }
        await creating.get(n.consumerId)
        const entry = consumers.get(n.consumerId)
        const peer = entry && peers.value.get(entry.peerId)
        if (entry && peer) {
          peer.paused = { ...peer.paused, [entry.source]: n.type === 'consumerPaused' }
          touchPeers()
        }
        return
      }
      case 'consumerLayersChanged':
        // The SFU adapts layers to our bandwidth by itself; nothing to show.
        return
      case 'activeSpeaker':
        activeSpeaker.value = n.peerId
        return
      case 'producerClosed':
        for (const [source, p] of producers) {
          if (p.id !== n.producerId) continue
          p.close()
          producers.delete(source)
          stopLocal(source)
        }
        return
      case 'producerPaused':
        for (const [source, p] of producers) {
          if (p.id !== n.producerId) continue
          p.pause()
          if (source === 'mic') micOn.value = false
        }
        return
      case 'unmuteRequested':
        unmuteRequested.value = true
        return
      case 'removed':
        removed.value = true
        return
      case 'sessionReplaced':
        errorCode.value = 'live/session_replaced'
        return
      case 'handsChanged':
        hands.value = n.hands
        return
      case 'chatMessage':
        chat.value = [...chat.value.slice(-199), n.message]
        return
      case 'roomState':
        room.value = n.room
        return
      case 'mediaReset':
        await resetMedia(generation)
        return
      case 'consumerScore':
        await creating.get(n.consumerId)
        if (n.score < POOR_CONSUMER_SCORE && consumers.has(n.consumerId)) poorScores.set(n.consumerId, n.score)
        else poorScores.delete(n.consumerId)
        return
      case 'breakoutsChanged':
        setBreakouts(n.breakouts)
        return
      case 'breakoutBroadcast':
        broadcasts.value = [...broadcasts.value.slice(-19), n.broadcast]
        return
      default:
        assertNever(n, 'live notification')
    }
  }

  // --- publishing -----------------------------------------------------------------------------------------------

  async function publishDefaults() {
    await refreshDevices()
    // Each independently: a trainee without a camera still speaks. Trainees come in muted (a class of 60 open
    // microphones is noise; the lecturer asks them to speak): published paused, so nobody sets up a consumer for it.
    await setMic(true, { muted: role.value === 'TRAINEE' }).catch((err) => console.warn('[live] microphone unavailable', err))
    await setCam(true).catch((err) => console.warn('[live] camera unavailable', err))
  }

  /** Publishes `track` as `source`; `paused`: published muted (the server's producer starts paused, nothing is heard). */
  async function produce(source: MediaSource, track: MediaStreamTrack, { paused = false }: { paused?: boolean } = {}) {
    if (!sendTransport) throw new LiveRequestError('live/forbidden', 'this role does not publish')
    const existing = producers.get(source)
    if (existing && !existing.closed) {
      await existing.replaceTrack({ track })
      if (existing.paused && !paused) {
        existing.resume()
        await request({ type: 'resumeProducer', producerId: existing.id })
      }
      return
    }
    const producer = await sendTransport.produce({
      track,
      appData: { source, paused },
      stopTracks: false,
      ...(source === 'webcam' ? { encodings: WEBCAM_ENCODINGS, codecOptions: { videoGoogleStartBitrate: 1000 } } : {}),
      ...(source === 'screen' ? { encodings: SCREEN_ENCODINGS } : {}),
      ...(source === 'mic' ? { codecOptions: { opusDtx: true, opusFec: true } } : {}),
    })
    // The server's producer is already paused; stop sending locally too (resume re-enables the track).
    if (paused) producer.pause()
    producers.set(source, producer)
    producer.on('trackended', () => {
      void closeProducer(source)
    })
  }

  async function closeProducer(source: MediaSource) {
    const p = producers.get(source)
    producers.delete(source)
    stopLocal(source)
    if (!p) return
    p.close()
    await request({ type: 'closeProducer', producerId: p.id }).catch(() => undefined)
  }

  function stopLocal(source: MediaSource) {
    local[source]?.stop()
    local[source] = null
    if (source === 'mic') micOn.value = false
    if (source === 'webcam') camOn.value = false
  }

  /**
   * Turns the microphone on, or off. `muted` (with on): acquire and publish it paused, as trainees arrive: the device
   * is ready and listed, and nothing is sent or received until they unmute.
   */
  async function setMic(on: boolean, { muted = false }: { muted?: boolean } = {}) {
    if (on) {
      unmuteRequested.value = false
      const p = producers.get('mic')
      if (p && local.mic && local.mic.readyState === 'live') {
        // Already published: a muted call leaves it paused.
        if (!muted) {
          p.resume()
          await request({ type: 'resumeProducer', producerId: p.id })
        }
      } else {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: micDeviceId.value ? { deviceId: { exact: micDeviceId.value } } : true })
        const track = stream.getAudioTracks()[0]!
        local.mic?.stop()
        local.mic = track
        await produce('mic', track, { paused: muted })
      }
      micOn.value = !muted
    } else {
      const p = producers.get('mic')
      if (p) {
        p.pause()
        await request({ type: 'pauseProducer', producerId: p.id })
      }
      micOn.value = false
    }
  }

  async function setCam(on: boolean) {
    if (on) {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 24 }, ...(camDeviceId.value ? { deviceId: { exact: camDeviceId.value } } : {}) },
      })
      const track = stream.getVideoTracks()[0]!
      local.webcam?.stop()
      local.webcam = track
      await produce('webcam', track)
      camOn.value = true
    } else {
      await closeProducer('webcam')
    }
  }

  async function setScreen(on: boolean) {
    if (on) {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 10 } }, audio: false })
      const track = stream.getVideoTracks()[0]!
      local.screen = track
      try {
        await produce('screen', track)
      } catch (err) {
        stopLocal('screen')
        throw err
      }
    } else {
      await closeProducer('screen')
    }
  }

  async function refreshDevices() {
    try {
      devices.value = await navigator.mediaDevices.enumerateDevices()
    } catch {
      devices.value = []
    }
  }

  async function chooseMic(deviceId: string) {
    micDeviceId.value = deviceId
    if (local.mic) {
      const wasOn = micOn.value
      local.mic.stop()
      local.mic = null
      if (wasOn) await setMic(true)
    }
  }

  async function chooseCam(deviceId: string) {
    camDeviceId.value = deviceId
    if (camOn.value) await setCam(true)
  }

  // --- audio-only and connection quality ------------------------------------------------------------------------

  async function setAudioOnly(on: boolean, automatic = false) {
    audioOnly.value = on
    audioOnlyAuto.value = on && automatic
    if (socket?.connected) await request({ type: 'setAudioOnly', enabled: on })
    if (!on) {
      recentQuality.length = 0
      // Scores of paused video are stale: judge the link again from fresh reports.
      poorScores.clear()
    }
  }

  function startStats() {
    stopStats()
    lastCounters = null
    statsTimer = setInterval(() => void sampleStats(), STATS_INTERVAL_MS)
  }

  function stopStats() {
    if (statsTimer) clearInterval(statsTimer)
    statsTimer = null
  }

  async function sampleStats() {
    const t = recvTransport
    if (!t || t.closed) return
    let report: RTCStatsReport
    try {
      report = await t.getStats()
    } catch {
      return
    }
    const { rttSeconds, counters, availableIncomingBitrate } = readStats(report.values() as Iterable<{ type: string }>)
    const loss = lossBetween(lastCounters, counters)
    lastCounters = counters
    let rtt = rttSeconds
    if (rtt === null && sendTransport && !sendTransport.closed) {
      try {
        rtt = readStats((await sendTransport.getStats()).values() as Iterable<{ type: string }>).rttSeconds
      } catch {
        /* keep null */
      }
    }
    rttMs.value = rtt === null ? null : Math.round(rtt * 1000)
    lossPercent.value = loss === null ? null : Math.round(loss * 1000) / 10
    // With nothing received yet there is no incoming estimate to judge.
    const q = qualityOf({
      rttSeconds: rtt,
      lossRatio: loss,
      availableIncomingBitrate: consumers.size > 0 ? availableIncomingBitrate : null,
      worstConsumerScore: poorScores.size > 0 ? Math.min(...poorScores.values()) : null,
    })
    quality.value = q
    recentQuality.push(q)
    if (recentQuality.length > 10) recentQuality.shift()
    if (!audioOnly.value && shouldGoAudioOnly(recentQuality)) await setAudioOnly(true, true).catch(() => undefined)
  }

  /** What we receive, for the connection panel and for browser tests (framesDecoded, audio bytes). */
  async function receiveStats(): Promise<{ framesDecoded: number; audioBytesReceived: number; videoBytesReceived: number }> {
    const out = { framesDecoded: 0, audioBytesReceived: 0, videoBytesReceived: 0 }
    if (!recvTransport || recvTransport.closed) return out
    for (const s of (await recvTransport.getStats()).values() as Iterable<Record<string, unknown>>) {
      if (s.type !== 'inbound-rtp') continue
      const bytes = typeof s.bytesReceived === 'number' ? s.bytesReceived : 0
      if (s.kind === 'video') {
        out.framesDecoded += typeof s.framesDecoded === 'number' ? s.framesDecoded : 0
        out.videoBytesReceived += bytes
      } else if (s.kind === 'audio') out.audioBytesReceived += bytes
    }
    return out
  }

  /** What this page receives, as `peerId:source` (browser tests: a muted microphone is not received until unmuted). */
  const receiving = (): string[] => [...consumers.values()].map((c) => `${c.peerId}:${c.source}`)

  // --- classroom actions ----------------------------------------------------------------------------------------

  const setHand = (raised: boolean) => request({ type: 'setHand', raised }).then((r) => (hands.value = r.hands))
  const takeNextHand = () => request({ type: 'takeNextHand' }).then((r) => ((hands.value = r.hands), r.taken ?? null))
  async function sendChat(text: string) {
    const { message } = await request({ type: 'sendChat', text })
    chat.value = [...chat.value.slice(-199), message]
  }
  const moderate = (action: ModeratorAction) => request({ type: 'moderate', ...action } as Extract<SignallingRequest, { type: 'moderate' }>)
  const handRaised = computed(() => !!self.value && hands.value.some((h) => h.peerId === self.value!.peerId))

  // --- breakout rooms -------------------------------------------------------------------------------------------

  function setBreakouts(state: BreakoutsState) {
    breakouts.value = state
    breakoutClockOffset = state.serverTime - Date.now()
    nowMs.value = Date.now()
    // Tick only while a countdown runs.
    if (state.closingAt !== null && !countdownTimer) countdownTimer = setInterval(() => (nowMs.value = Date.now()), 250)
    if (state.closingAt === null && countdownTimer) stopCountdown()
  }
  function stopCountdown() {
    if (countdownTimer) clearInterval(countdownTimer)
    countdownTimer = null
  }
  /** Peers of our own space (main or our breakout room): what the grid shows. */
  const visiblePeers = computed(() => peersInMySpace(peerList.value, breakouts.value, self.value?.peerId))
  /** Our breakout room, null in the main room. */
  const myBreakout = computed(() => roomOf(breakouts.value, self.value?.peerId))
  /** Seconds before every room closes, null when no countdown runs. */
  const breakoutClosingIn = computed(() => secondsLeft(breakouts.value.closingAt, nowMs.value, breakoutClockOffset))
  const applyBreakouts = (r: { breakouts: BreakoutsState }) => setBreakouts(r.breakouts)
  const createBreakouts = (split: BreakoutSplit) => request({ type: 'createBreakouts', ...split } as Extract<SignallingRequest, { type: 'createBreakouts' }>).then(applyBreakouts)
  const moveToBreakout = (peerId: string, roomId: string) => request({ type: 'moveToBreakout', peerId, roomId }).then(applyBreakouts)
  const renameBreakout = (roomId: string, name: string) => request({ type: 'renameBreakout', roomId, name }).then(applyBreakouts)
  const visitBreakout = (roomId: string) => request({ type: 'visitBreakout', roomId }).then(applyBreakouts)
  const closeBreakouts = (seconds: number) => request({ type: 'closeBreakouts', seconds }).then(applyBreakouts)
  async function broadcastToBreakouts(text: string) {
    const { broadcast } = await request({ type: 'broadcastToBreakouts', text })
    broadcasts.value = [...broadcasts.value.slice(-19), broadcast]
  }

  // Back online while waiting to retry: retry now rather than after the backoff.
  const stopOnline = onBackOnline(() => {
    if (closedByUser || !retryTimer) return
    clearTimeout(retryTimer)
    retryTimer = null
    void connect()
  })
  onBeforeUnmount(stopOnline)
  onBeforeUnmount(leave)
  onBeforeUnmount(stopCountdown)

  return {
    status,
    errorCode,
    role,
    self,
    peers: peerList,
    activeSpeaker,
    room,
    hands,
    handRaised,
    chat,
    audioOnly,
    audioOnlyAuto,
    quality,
    rttMs,
    lossPercent,
    local,
    micOn,
    camOn,
    unmuteRequested,
    devices,
    micDeviceId,
    camDeviceId,
    canPublish,
    isModerator,
    connect,
    leave,
    setMic,
    setCam,
    setScreen,
    chooseMic,
    chooseCam,
    setAudioOnly,
    setHand,
    takeNextHand,
    sendChat,
    moderate,
    receiveStats,
    receiving,
    breakouts,
    broadcasts,
    visiblePeers,
    myBreakout,
    breakoutClosingIn,
    createBreakouts,
    moveToBreakout,
    renameBreakout,
    visitBreakout,
    closeBreakouts,
    broadcastToBreakouts,
  }
}

export type LiveSession = ReturnType<typeof useLiveSession>
