import { EventEmitter } from 'node:events';
import {
  assertNever,
  POOR_CONSUMER_SCORE,
  type IceServer,
  type MediaSource,
  type PeerInfo,
  type ProducerInfo,
  type RequestOf,
  type RoomState,
  type SignallingNotification,
  type SignallingRequest,
  type SignallingResponse,
  type SignallingResult,
} from '@gd/schema';
import type { types } from 'mediasoup';
import { RequestError } from './errors';
import { MAIN_SPACE, shouldConsume } from './handlers/breakout';
import { Breakouts } from './handlers/breakout-handlers';
import { Chat, CHAT_HISTORY } from './handlers/chat';
import type { RoomContext } from './handlers/context';
import { HandQueue } from './handlers/hands';
import { Moderation } from './handlers/moderation';
import type { Logger } from './logger';
import { peerIdOf, type MediaAppData, type Peer, type PeerCloseReason } from './peer';
import { can, Permission, publishPermission, requirePermission } from './permissions';
import type { WorkerPool, WorkerSlot } from './workers';

export interface RoomEvents {
  /** Emitted once when the room has closed all its peers (explicitly, or when the last one left). */
  close: [];
  /** A peer entered (after replacing an older connection of the same user, if any). */
  peerJoined: [peer: Peer];
  /** A peer left, whatever the reason (for attendance). */
  peerLeft: [peer: Peer];
  /** The room's worker died and the room moved to a new router; `ms`: how long that took. */
  mediaReset: [ms: number];
}

export interface RoomOptions {
  /** Live session id (`sid` claim). */
  id: string;
  logger: Logger;
  pool: WorkerPool;
  /** STUN/TURN servers handed to a peer on join. */
  iceServersFor?: (peer: Peer) => IceServer[];
  /** MEDIA_ALLOW_PLAIN_TRANSPORTS: answer `createPlainTransport` (load tests); refused otherwise. */
  allowPlainTransports?: boolean;
  /** Diagnostics (MEDIA_KEYFRAME_TRACE_FILE): called for each key-frame request sent to a publisher and each key frame. */
  traceKeyFrame?: (event: KeyFrameTraceEvent) => void;
}

/** One line of the key-frame trace: a request (PLI/FIR) the worker sent to a publisher, or a key frame it received. */
export interface KeyFrameTraceEvent {
  at: number;
  room: string;
  peer: string;
  source: string;
  type: 'pli' | 'fir' | 'keyframe';
  ssrc: number | null;
}

/** Transports a peer may hold at once (one send, one receive, and spares while reconnecting). */
const MAX_TRANSPORTS_PER_PEER = 4;
/** Bitrate a send transport accepts from one browser (three simulcast layers plus a screen). */
const MAX_INCOMING_BITRATE = 3_000_000;
/** Above Chromium's 300 ms minimum between honoured key-frame requests (see #produce). */
export const KEY_FRAME_REQUEST_DELAY_MS = 400;
/** How long a peer whose connection dropped keeps its raised hand and spotlight, waiting for it to come back. */
export const RECONNECT_GRACE_MS = 60_000;

/**
 * One live session on this media node: a mediasoup Router on the least-loaded worker, the peers and
 * an audio-level observer for the active speaker. Signalling requests are dispatched here; classroom
 * concerns (hands, chat, moderation) live in their own handlers under `handlers/`.
 */
export class Room extends EventEmitter<RoomEvents> {
  readonly id: string;
  readonly createdAt = new Date();
  /** Replaced when the worker dies (see #recover). */
  #router: types.Router;
  #slot: WorkerSlot;
  readonly #pool: WorkerPool;
  /** Set while moving to a new router; true again when the new one died meanwhile. */
  #recovering: 'idle' | 'running' | 'again' = 'idle';
  /** Peers whose connection dropped: their hand and spotlight are forgotten when the timer fires. */
  readonly #departed = new Map<string, ReturnType<typeof setTimeout>>();
  #closed = false;
  readonly #peers = new Map<string, Peer>();
  /** Users a moderator removed: kept out while the room lasts. */
  readonly #removed = new Set<string>();
  readonly #state: RoomState = { locked: false, spotlightPeerId: null };
  readonly #logger: Logger;
  #audioLevel: types.AudioLevelObserver;
  readonly #iceServersFor: (peer: Peer) => IceServer[];
  readonly #allowPlainTransports: boolean;
  readonly #traceKeyFrame: ((event: KeyFrameTraceEvent) => void) | null;
  #activeSpeaker: string | null = null;
  readonly #hands: HandQueue;
  readonly #chat: Chat;
  readonly #moderation: Moderation;
  readonly #breakouts: Breakouts;
  /** The space each recent chat message was said in, so a newcomer's history shows its own space only. */
  readonly #chatSpace = new Map<string, string>();

  private constructor(options: RoomOptions, router: types.Router, slot: WorkerSlot, audioLevel: types.AudioLevelObserver) {
    super();
    this.id = options.id;
    this.#router = router;
    this.#slot = slot;
    this.#pool = options.pool;
    this.#audioLevel = audioLevel;
    this.#iceServersFor = options.iceServersFor ?? (() => []);
    this.#allowPlainTransports = options.allowPlainTransports ?? false;
    this.#traceKeyFrame = options.traceKeyFrame ?? null;
    this.#logger = options.logger.child({ room: options.id, worker: slot.index });
    const context = this.#context();
    this.#hands = new HandQueue(context);
    this.#breakouts = new Breakouts({
      logger: this.#logger,
      peer: (peerId) => this.#peers.get(peerId),
      peers: () => [...this.#peers.values()],
      broadcast: (n, except) => this.#broadcast(n, except),
      respace: (peerIds) => this.#respace(peerIds),
    });
    // Chat stays within the sender's space (the one it excludes from its broadcast): a breakout room talks among itself.
    this.#chat = new Chat({ ...context, broadcast: (n, except) => this.#broadcast(n, except, except && this.#breakouts.spaceOf(except.id)) });
    this.#moderation = new Moderation(context);
    this.#attach(router, audioLevel);
  }

  get router(): types.Router {
    return this.#router;
  }

  get slot(): WorkerSlot {
    return this.#slot;
  }

  #attach(router: types.Router, audioLevel: types.AudioLevelObserver): void {
    audioLevel.on('volumes', (volumes) => {
      const loudest = volumes[0]?.producer.appData as MediaAppData | undefined;
      this.#setActiveSpeaker(loudest?.peerId ?? null);
    });
    audioLevel.on('silence', () => this.#setActiveSpeaker(null));
    router.observer.once('close', () => {
      // A dead worker takes its routers with it: move the room instead of closing it.
      if (this.#slot.worker.died && !this.#closed) void this.#recover();
      else this.close('room_closed');
    });
  }

  /**
   * Moves the room to a new router on a live worker (the pool waits for a replacement when none is left) and tells
   * every peer to set its media up again. Peers stay in the room: role, hands, chat and attendance are untouched.
   */
  async #recover(): Promise<void> {
    if (this.#recovering !== 'idle') {
      this.#recovering = 'again';
      return;
    }
    const started = Date.now();
    this.#recovering = 'running';
    this.#logger.warn({ peers: this.#peers.size }, 'worker died: moving the room to a new router');
    try {
      for (;;) {
        const { router, slot } = await this.#pool.createRouter();
        if (this.#closed) {
          router.close();
          return;
        }
        let audioLevel: types.AudioLevelObserver;
        try {
          audioLevel = await router.createAudioLevelObserver({ maxEntries: 1, threshold: -65, interval: 700 });
        } catch (err) {
          router.close();
          if (slot.alive) throw err;
          continue;
        }
        this.#router = router;
        this.#slot = slot;
        this.#audioLevel = audioLevel;
        // The old transports died with the worker; the peers join the new router as if new (same peer, same state).
        for (const peer of this.#peers.values()) peer.resetMedia();
        this.#attach(router, audioLevel);
        // Its worker died too while we were setting up: go round again.
        if (router.closed) {
          this.#recovering = 'running';
          continue;
        }
        break;
      }
      this.#activeSpeaker = null;
      const ms = Date.now() - started;
      this.#logger.warn({ toWorker: this.#slot.index, ms }, 'room moved to a new router');
      this.#broadcast({ type: 'mediaReset', reason: 'worker_died' });
      this.emit('mediaReset', ms);
    } catch (err) {
      this.#logger.error({ err }, 'cannot move the room to a new router: closing it');
      this.close('room_closed');
    } finally {
      this.#recovering = 'idle';
    }
  }

  /** Opens the room with a router on the least-loaded worker. */
  static async create(options: RoomOptions): Promise<Room> {
    const { router, slot } = await options.pool.createRouter();
    try {
      const audioLevel = await router.createAudioLevelObserver({ maxEntries: 1, threshold: -65, interval: 700 });
      const room = new Room(options, router, slot, audioLevel);
      room.#logger.info('room opened');
      return room;
    } catch (err) {
      router.close();
      throw err;
    }
  }

  get closed(): boolean {
    return this.#closed;
  }

  get peerCount(): number {
    return this.#peers.size;
  }

  get state(): RoomState {
    return { ...this.#state };
  }

  peers(): PeerInfo[] {
    return [...this.#peers.values()].map((p) => p.info);
  }

  /** Peers currently in the room (for metrics). */
  members(): Peer[] {
    return [...this.#peers.values()];
  }

  /**
   * Why this user may not enter right now, or undefined: removed users stay out; while locked only lecturers and
   * users already inside (a reconnect) get in.
   */
  refusal(userId: string, role: Peer['role']): 'live/removed' | 'live/room_locked' | undefined {
    if (this.#removed.has(peerIdOf(userId, role))) return 'live/removed';
    if (this.#state.locked && role !== 'LECTURER' && !this.#peers.has(peerIdOf(userId, role))) return 'live/room_locked';
    return undefined;
  }

  /** Adds a peer, replacing an older connection of the same user, and tells the others. */
  join(peer: Peer): void {
    if (this.#closed) throw new Error(`room ${this.id} is closed`);
    if (peer.closed) {
      // The socket went away while the room was being created: do not keep an empty room.
      if (this.#peers.size === 0) this.close();
      return;
    }
    const previous = this.#peers.get(peer.id);
    if (previous) {
      // Drop it from the map first so its close handler does not announce a departure.
      this.#peers.delete(previous.id);
      previous.close('replaced');
      this.emit('peerLeft', previous);
    }
    this.#peers.set(peer.id, peer);
    const departed = this.#departed.get(peer.id);
    if (departed) {
      clearTimeout(departed);
      this.#departed.delete(peer.id);
    }
    peer.on('request', (request, respond) => this.#onRequest(peer, request, respond));
    peer.on('close', (reason) => this.#onPeerClose(peer, reason));
    this.#logger.info({ peer: peer.id, role: peer.role, replaced: Boolean(previous) }, 'peer joined');
    this.emit('peerJoined', peer);
    if (!previous) this.#broadcast({ type: 'peerJoined', peer: peer.info }, peer);
  }

  /** Closes every peer, the router and the room itself. Safe to call twice. */
  close(reason: Extract<PeerCloseReason, 'room_closed' | 'shutdown'> = 'room_closed'): void {
    if (this.#closed) return;
    this.#closed = true;
    // Each peer's close handler removes it and emits peerLeft.
    for (const peer of [...this.#peers.values()]) peer.close(reason);
    this.#peers.clear();
    for (const timer of this.#departed.values()) clearTimeout(timer);
    this.#departed.clear();
    this.#breakouts.close();
    this.#router.close();
    this.#logger.info({ reason }, 'room closed');
    this.emit('close');
    this.removeAllListeners();
  }

  #context(): RoomContext {
    return {
      logger: this.#logger,
      state: this.#state,
      peer: (peerId) => this.#peers.get(peerId),
      broadcast: (n, except) => this.#broadcast(n, except),
      updateState: (change) => {
        Object.assign(this.#state, change);
        this.#broadcast({ type: 'roomState', room: this.state });
      },
      removePeer: (peer, by) => {
        this.#removed.add(peer.id);
        this.#logger.info({ peer: peer.id, by: by.id }, 'peer removed by moderator');
        peer.notify({ type: 'removed', byPeerId: by.id });
        // Let the notification leave before the socket closes.
        setTimeout(() => peer.close('removed'), 100).unref();
      },
    };
  }

  #onPeerClose(peer: Peer, reason: PeerCloseReason): void {
    // A replaced peer is no longer the one in the map: nothing to announce.
    if (this.#peers.get(peer.id) !== peer) return;
    this.#peers.delete(peer.id);
    this.#logger.info({ peer: peer.id, reason }, 'peer left');
    this.emit('peerLeft', peer);
    if (this.#closed) return;
    this.#chat.forget(peer.id);
    const forget = () => {
      this.#departed.delete(peer.id);
      if (this.#peers.has(peer.id)) return;
      this.#hands.forget(peer.id);
      // Within the grace a reconnect lands in the same breakout room; after it (or on a deliberate leave) the room forgets.
      this.#breakouts.forget(peer.id);
      if (this.#state.spotlightPeerId === peer.id) this.#context().updateState({ spotlightPeerId: null });
    };
    // A dropped connection (Wi-Fi, a train tunnel) usually comes back: keep its place in the queue for a while.
    // Leaving on purpose (the client closed its socket) forgets at once.
    const dropped = reason === 'disconnected' && peer.disconnectReason !== 'client namespace disconnect';
    if (dropped && this.#peers.size > 0) {
      clearTimeout(this.#departed.get(peer.id));
      const timer = setTimeout(forget, RECONNECT_GRACE_MS);
      timer.unref();
      this.#departed.set(peer.id, timer);
    } else forget();
    if (this.#activeSpeaker === peer.id) this.#setActiveSpeaker(null);
    this.#broadcast({ type: 'peerLeft', peerId: peer.id }, peer);
    if (this.#peers.size === 0) this.close();
  }

  #onRequest(peer: Peer, request: SignallingRequest, respond: (result: SignallingResult) => void): void {
    this.#handle(peer, request).then(
      (data) => respond({ ok: true, data }),
      (err: unknown) => {
        if (err instanceof RequestError) {
          this.#logger.debug({ peer: peer.id, request: request.type, code: err.code }, err.message);
          respond({ ok: false, error: { code: err.code, message: err.message } });
          return;
        }
        this.#logger.error({ err, peer: peer.id, request: request.type }, 'request failed');
        respond({ ok: false, error: { code: 'live/internal', message: 'request failed' } });
      },
    );
  }

  /** One case per request type; a new member of the union does not compile until handled here. */
  async #handle(peer: Peer, request: SignallingRequest): Promise<SignallingResponse> {
    switch (request.type) {
      case 'ping':
        return { type: 'pong', clientTime: request.clientTime, serverTime: Date.now() };
      case 'getRouterRtpCapabilities':
        return { type: 'routerRtpCapabilities', rtpCapabilities: this.router.rtpCapabilities as never };
      case 'createPlainTransport':
        return this.#createPlainTransport(peer, request);
      case 'createWebRtcTransport':
        return this.#createTransport(peer, request);
      case 'connectWebRtcTransport':
        await peer.transport(request.transportId).connect({ dtlsParameters: request.dtlsParameters as types.DtlsParameters });
        return { type: 'ok' };
      case 'restartIce': {
        const iceParameters = await peer.transport(request.transportId).restartIce();
        return { type: 'iceRestarted', iceParameters };
      }
      case 'join':
        return this.#join(peer, request);
      case 'produce':
        return this.#produce(peer, request);
      case 'closeProducer':
        peer.producer(request.producerId).close();
        return { type: 'ok' };
      case 'pauseProducer':
        await peer.producer(request.producerId).pause();
        return { type: 'ok' };
      case 'resumeProducer':
        await peer.producer(request.producerId).resume();
        return { type: 'ok' };
      case 'resumeConsumer': {
        const consumer = peer.consumer(request.consumerId);
        // In audio-only mode video stays paused until the mode is turned off.
        if (!(peer.audioOnly && consumer.kind === 'video')) await consumer.resume();
        return { type: 'ok' };
      }
      case 'pauseConsumer':
        await peer.consumer(request.consumerId).pause();
        return { type: 'ok' };
      case 'setConsumerPreferredLayers':
        await peer.consumer(request.consumerId).setPreferredLayers({
          spatialLayer: request.spatialLayer,
          ...(request.temporalLayer !== undefined ? { temporalLayer: request.temporalLayer } : {}),
        });
        return { type: 'ok' };
      case 'setAudioOnly':
        peer.audioOnly = request.enabled;
        await Promise.all(
          peer
            .consumers()
            .filter((c) => c.kind === 'video')
            .map((c) => (request.enabled ? c.pause() : c.resume())),
        );
        return { type: 'ok' };
      case 'setHand':
        return { type: 'hands', hands: this.#hands.set(peer, request.raised) };
      case 'takeNextHand':
        return { type: 'hands', ...this.#hands.takeNext(peer) };
      case 'sendChat': {
        const message = this.#chat.send(peer, request.text);
        this.#chatSpace.set(message.id, this.#breakouts.spaceOf(peer.id));
        if (this.#chatSpace.size > 4 * CHAT_HISTORY) {
          const kept = new Set(this.#chat.history().map((m) => m.id));
          for (const id of this.#chatSpace.keys()) if (!kept.has(id)) this.#chatSpace.delete(id);
        }
        return { type: 'chatSent', message };
      }
      case 'moderate': {
        const { type: _type, ...action } = request;
        this.#moderation.apply(peer, action);
        return { type: 'ok' };
      }
      case 'createBreakouts':
      case 'moveToBreakout':
      case 'renameBreakout':
      case 'broadcastToBreakouts':
      case 'visitBreakout':
      case 'closeBreakouts':
        return this.#breakouts.handle(peer, request);
      default:
        return assertNever(request, 'signalling request');
    }
  }

  /**
   * Load tests only (MEDIA_ALLOW_PLAIN_TRANSPORTS=1): a receive PlainTransport on loopback that sends RTP + RTCP
   * (muxed, SRTP when the client gave a key) to the client's UDP port. It becomes the peer's receive transport, so
   * `join` and new producers give it consumers exactly as a browser's WebRtcTransport would.
   */
  async #createPlainTransport(peer: Peer, request: RequestOf<'createPlainTransport'>): Promise<SignallingResponse> {
    if (!this.#allowPlainTransports) {
      throw new RequestError('live/forbidden', 'plain RTP transports are for load tests (MEDIA_ALLOW_PLAIN_TRANSPORTS=1)');
    }
    const transport = await this.router.createPlainTransport({
      listenInfo: { protocol: 'udp', ip: request.ip === '::1' ? '::1' : '127.0.0.1' },
      rtcpMux: true,
      comedia: false,
      enableSrtp: request.srtpParameters !== undefined,
      ...(request.srtpParameters ? { srtpCryptoSuite: request.srtpParameters.cryptoSuite } : {}),
      appData: { direction: 'recv' },
    });
    try {
      await transport.connect({ ip: request.ip, port: request.port, ...(request.srtpParameters ? { srtpParameters: request.srtpParameters } : {}) });
    } catch (err) {
      transport.close();
      throw err;
    }
    peer.addPlainTransport(transport);
    return {
      type: 'plainTransport',
      transportId: transport.id,
      ip: transport.tuple.localAddress,
      port: transport.tuple.localPort,
      srtpParameters: transport.srtpParameters ?? null,
    };
  }

  async #createTransport(peer: Peer, request: RequestOf<'createWebRtcTransport'>): Promise<SignallingResponse> {
    if (peer.transportCount >= MAX_TRANSPORTS_PER_PEER) {
      throw new RequestError('live/bad_request', `at most ${MAX_TRANSPORTS_PER_PEER} transports per peer`);
    }
    if (request.direction === 'send' && !(can(peer.role, Permission.PublishMic) || can(peer.role, Permission.PublishWebcam))) {
      requirePermission(peer.role, Permission.PublishMic);
    }
    const transport = await this.router.createWebRtcTransport({
      webRtcServer: this.slot.webRtcServer,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { direction: request.direction },
    });
    transport.on('dtlsstatechange', (state) => {
      if (state === 'failed' || state === 'closed') {
        this.#logger.warn({ peer: peer.id, transport: transport.id, state }, 'transport DTLS ended');
      }
    });
    if (request.direction === 'send') await transport.setMaxIncomingBitrate(MAX_INCOMING_BITRATE).catch(() => undefined);
    peer.addTransport(transport);
    return {
      type: 'webRtcTransport',
      transportId: transport.id,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates as never,
      dtlsParameters: transport.dtlsParameters as never,
    };
  }

  async #join(peer: Peer, request: RequestOf<'join'>): Promise<SignallingResponse> {
    const first = !peer.joined;
    peer.rtpCapabilities = request.rtpCapabilities as types.RtpCapabilities;
    const others = [...this.#peers.values()].filter((p) => p !== peer);
    const producers: ProducerInfo[] = others.flatMap((p) =>
      p
        .producers()
        .filter((pr) => this.#allowed(peer, p, pr.appData.source))
        .map((pr) => ({ producerId: pr.id, peerId: p.id, kind: pr.kind, source: pr.appData.source, paused: pr.paused })),
    );
    const space = this.#breakouts.spaceOf(peer.id);
    if (first) {
      // After the answer has gone out, so the client knows the peers before their media arrives.
      setImmediate(() => {
        for (const other of others) for (const producer of other.producers()) void this.#consume(peer, other, producer);
      });
    }
    return {
      type: 'joined',
      self: peer.info,
      peers: others.map((p) => p.info),
      producers,
      room: this.state,
      hands: this.#hands.list(),
      chat: this.#chat.history().filter((m) => (this.#chatSpace.get(m.id) ?? MAIN_SPACE) === space),
      iceServers: this.#iceServersFor(peer),
      breakouts: this.#breakouts.snapshot(),
    };
  }

  async #produce(peer: Peer, request: RequestOf<'produce'>): Promise<SignallingResponse> {
    requirePermission(peer.role, publishPermission(request.source), { spotlighted: this.#state.spotlightPeerId === peer.id });
    const transport = peer.transport(request.transportId);
    if (transport.appData.direction !== 'send') throw new RequestError('live/bad_request', 'produce needs a send transport');
    // One producer per source: publishing a new camera replaces the old one.
    for (const old of peer.producers()) if (old.appData.source === request.source) old.close();
    const producer = await transport.produce<MediaAppData>({
      kind: request.kind,
      rtpParameters: request.rtpParameters as unknown as types.RtpParameters,
      appData: { peerId: peer.id, source: request.source },
      paused: request.paused === true,
      // Chromium drops a key-frame request that comes within 300 ms of the previous one (libwebrtc's
      // EncoderRtcpFeedback), and the worker then waits a full second before asking again: trainees arriving a moment
      // apart waited 1-1.6 s for their first picture. Requests closer than this are sent together once it has passed.
      ...(request.kind === 'video' ? { keyFrameRequestDelay: KEY_FRAME_REQUEST_DELAY_MS } : {}),
    });
    peer.addProducer(producer);
    if (this.#traceKeyFrame && producer.kind === 'video') await this.#traceKeyFrames(this.#traceKeyFrame, peer, producer);
    if (request.source === 'mic') await this.#audioLevel.addProducer({ producerId: producer.id }).catch(() => undefined);
    this.#logger.info({ peer: peer.id, producer: producer.id, source: request.source }, 'producing');
    for (const other of this.#peers.values()) if (other !== peer) void this.#consume(other, peer, producer);
    return { type: 'produced', producerId: producer.id };
  }

  async #traceKeyFrames(trace: (event: KeyFrameTraceEvent) => void, peer: Peer, producer: types.Producer<MediaAppData>): Promise<void> {
    await producer.enableTraceEvent(['pli', 'fir', 'keyframe']);
    producer.on('trace', (t) => {
      if (t.type !== 'pli' && t.type !== 'fir' && t.type !== 'keyframe') return;
      const info = t.info as { ssrc?: number; rtpPacket?: { ssrc?: number } };
      trace({ at: Date.now(), room: this.id, peer: peer.id, source: producer.appData.source, type: t.type, ssrc: info.ssrc ?? info.rtpPacket?.ssrc ?? null });
    });
  }

  /** Creates a paused consumer of `producer` for `consumerPeer` and announces it; skipped when it cannot receive. */
  async #consume(consumerPeer: Peer, producerPeer: Peer, producer: types.Producer<MediaAppData>): Promise<void> {
    const rtpCapabilities = consumerPeer.rtpCapabilities;
    const transport = consumerPeer.recvTransport();
    if (!rtpCapabilities || !transport || consumerPeer.closed || producer.closed) return;
    if (!this.#allowed(consumerPeer, producerPeer, producer.appData.source)) return;
    if (!this.router.canConsume({ producerId: producer.id, rtpCapabilities })) return;
    let consumer: types.Consumer<MediaAppData>;
    try {
      consumer = await transport.consume<MediaAppData>({
        producerId: producer.id,
        rtpCapabilities,
        paused: true,
        enableRtx: true,
        ignoreDtx: true,
        appData: { peerId: producerPeer.id, source: producer.appData.source },
      });
    } catch (err) {
      if (!producer.closed && !transport.closed) this.#logger.warn({ err, peer: consumerPeer.id, producer: producer.id }, 'consume failed');
      return;
    }
    // Announced twice (a producer arriving while this peer joins): keep the first consumer. A move meanwhile
    // (breakout rooms) may have made it unwanted.
    if (
      consumerPeer.consumers().some((c) => c !== consumer && c.producerId === producer.id && !c.closed) ||
      !this.#allowed(consumerPeer, producerPeer, producer.appData.source)
    ) {
      consumer.close();
      return;
    }
    const slot = this.#slot;
    slot.consumers += 1;
    consumer.observer.once('close', () => {
      slot.consumers -= 1;
    });
    consumerPeer.addConsumer(consumer);
    const id = consumer.id;
    consumer.on('producerclose', () => consumerPeer.notify({ type: 'consumerClosed', consumerId: id }));
    consumer.on('producerpause', () => consumerPeer.notify({ type: 'consumerPaused', consumerId: id }));
    consumer.on('producerresume', () => consumerPeer.notify({ type: 'consumerResumed', consumerId: id }));
    if (consumer.kind === 'video') {
      // Only crossings: a score event per consumer and second would flood a class of seventy.
      let poor = false;
      consumer.on('score', ({ score }) => {
        if (score < POOR_CONSUMER_SCORE === poor) return;
        poor = score < POOR_CONSUMER_SCORE;
        consumerPeer.notify({ type: 'consumerScore', consumerId: id, score });
      });
    }
    consumer.on('layerschange', (layers) =>
      consumerPeer.notify({
        type: 'consumerLayersChanged',
        consumerId: id,
        spatialLayer: layers?.spatialLayer ?? null,
        temporalLayer: layers?.temporalLayer ?? null,
      }),
    );
    consumerPeer.notify({
      type: 'newConsumer',
      consumerId: id,
      producerId: producer.id,
      peerId: producerPeer.id,
      kind: consumer.kind,
      source: producer.appData.source,
      rtpParameters: consumer.rtpParameters as never,
      producerPaused: consumer.producerPaused,
    });
  }

  /** The breakout consume rule: same space, or the lecturer's screen share (which reaches every space). */
  #allowed(receiver: Peer, sender: Peer, source: MediaSource): boolean {
    return shouldConsume(this.#breakouts.spaceOf(receiver.id), { space: this.#breakouts.spaceOf(sender.id), role: sender.role, source });
  }

  /**
   * These peers changed space: for each of them and every other peer, in both directions, close the consumers the rule
   * no longer allows and create the missing allowed ones. Consumers between two peers that did not move stay as they are.
   */
  #respace(peerIds: string[]): void {
    const moved = new Set(peerIds);
    const done = new Set<string>();
    for (const id of moved) {
      const mover = this.#peers.get(id);
      if (!mover) continue;
      for (const other of this.#peers.values()) {
        if (other === mover) continue;
        // Two movers: each pair once.
        const pair = mover.id < other.id ? `${mover.id}|${other.id}` : `${other.id}|${mover.id}`;
        if (done.has(pair)) continue;
        done.add(pair);
        this.#replan(mover, other);
        this.#replan(other, mover);
      }
    }
  }

  /** What `receiver` gets of `sender`'s producers, made to match the consume rule. */
  #replan(receiver: Peer, sender: Peer): void {
    for (const consumer of receiver.consumers()) {
      if (consumer.appData.peerId !== sender.id || this.#allowed(receiver, sender, consumer.appData.source)) continue;
      const id = consumer.id;
      consumer.close();
      receiver.notify({ type: 'consumerClosed', consumerId: id });
    }
    for (const producer of sender.producers()) {
      if (!this.#allowed(receiver, sender, producer.appData.source)) continue;
      if (receiver.consumers().some((c) => c.producerId === producer.id && !c.closed)) continue;
      void this.#consume(receiver, sender, producer);
    }
  }

  #setActiveSpeaker(peerId: string | null): void {
    if (this.#activeSpeaker === peerId) return;
    this.#activeSpeaker = peerId;
    this.#broadcast({ type: 'activeSpeaker', peerId });
  }

  /** To every peer but `except`; with `space`, only to the peers in that space (breakout rooms). */
  #broadcast(notification: SignallingNotification, except?: Peer, space?: string): void {
    for (const peer of this.#peers.values()) {
      if (peer === except) continue;
      if (space !== undefined && this.#breakouts.spaceOf(peer.id) !== space) continue;
      peer.notify(notification);
    }
  }
}
