import { EventEmitter } from 'node:events';
import {
  isSignallingRequest,
  type ClientToServerEvents,
  type JoinTokenClaims,
  type LiveRole,
  type MediaSource,
  type LiveSocketData,
  type PeerInfo,
  type ServerToClientEvents,
  type SignallingNotification,
  type SignallingRequest,
  type SignallingResult,
} from '@gd/schema';
import type { types } from 'mediasoup';
import type { DefaultEventsMap, Socket } from 'socket.io';
import { notFound } from './errors';
import type { Logger } from './logger';

export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;

/**
 * Peer id within a room: the user id, except for the classroom device, which a lecturer opens with their own account
 * next to their personal connection (the two must not replace each other).
 */
export function peerIdOf(userId: string, role: LiveRole): string {
  return role === 'CLASSROOM' ? `${userId}:classroom` : userId;
}

/** Why a peer went away; logged, and tells the room whether to announce it. */
export type PeerCloseReason = 'disconnected' | 'replaced' | 'removed' | 'room_closed' | 'shutdown';

/** appData the room puts on every producer and consumer. */
export interface MediaAppData extends types.AppData {
  peerId: string;
  source: MediaSource;
}

/**
 * Events a peer raises for whoever owns it. The peer never knows about its room: the room
 * subscribes to these and decides what they mean.
 */
export interface PeerEvents {
  /** A well-formed signalling request; `respond` must be called exactly once. */
  request: [request: SignallingRequest, respond: (result: SignallingResult) => void];
  /** Emitted once, after the peer has released everything it owns. */
  close: [reason: PeerCloseReason];
}

export interface PeerOptions {
  socket: LiveSocket;
  claims: JoinTokenClaims;
  logger: Logger;
}

/**
 * One participant's connection: its socket and its mediasoup transports, producers and consumers,
 * all closed in {@link Peer.close}. What they mean for the others is the room's business.
 */
export class Peer extends EventEmitter<PeerEvents> {
  readonly id: string;
  readonly userId: string;
  readonly role: LiveRole;
  readonly sessionId: string;
  readonly displayName: string;
  /** The trainee's commune (join token's `commune` claim), for breakout rooms by commune. */
  readonly commune: string | null;
  /** Socket id: one attendance interval per connection. */
  readonly connectionId: string;
  readonly joinedAt = new Date();
  /** Device capabilities, set by `join`; until then the peer gets no consumers. */
  rtpCapabilities: types.RtpCapabilities | undefined;
  /** Audio-only mode: new video consumers start (and stay) paused. */
  audioOnly = false;
  /** socket.io's reason when the socket went away: 'client namespace disconnect' is a deliberate leave. */
  disconnectReason: string | undefined;
  #closed = false;
  readonly #transports = new Map<string, types.WebRtcTransport>();
  /** Load-test receive transports (createPlainTransport, MEDIA_ALLOW_PLAIN_TRANSPORTS=1): plain RTP, no ICE/DTLS. */
  readonly #plainTransports = new Map<string, types.PlainTransport>();
  readonly #producers = new Map<string, types.Producer<MediaAppData>>();
  readonly #consumers = new Map<string, types.Consumer<MediaAppData>>();
  /** Requests that arrived before anyone listened (the room is still being set up). */
  #pending: Array<[SignallingRequest, (result: SignallingResult) => void]> = [];
  readonly #socket: LiveSocket;
  readonly #logger: Logger;

  private constructor(options: PeerOptions) {
    super();
    this.#socket = options.socket;
    // One peer per user and session: a second connection of the same user replaces the first,
    // so a reconnect does not leave a ghost behind until the old socket times out.
    this.id = peerIdOf(options.claims.sub, options.claims.role);
    this.userId = options.claims.sub;
    this.role = options.claims.role;
    this.sessionId = options.claims.sid;
    this.displayName = options.claims.name?.trim() || options.claims.sub;
    this.commune = typeof options.claims.commune === 'string' && options.claims.commune.trim() ? options.claims.commune.trim().slice(0, 200) : null;
    this.connectionId = options.socket.id;
    this.#logger = options.logger.child({ peer: this.id, role: this.role, socket: options.socket.id });
  }

  /** Wraps an authenticated socket. */
  static async create(options: PeerOptions): Promise<Peer> {
    const peer = new Peer(options);
    peer.#wire();
    return peer;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get info(): PeerInfo {
    return { peerId: this.id, role: this.role, displayName: this.displayName };
  }

  get joined(): boolean {
    return this.rtpCapabilities !== undefined;
  }

  addTransport(transport: types.WebRtcTransport): void {
    this.#transports.set(transport.id, transport);
    transport.observer.once('close', () => this.#transports.delete(transport.id));
  }

  transportList(): types.WebRtcTransport[] {
    return [...this.#transports.values()];
  }

  get transportCount(): number {
    return this.#transports.size;
  }

  /** The newest receive transport (a reconnecting client may briefly hold two); a bench receiver's plain one otherwise. */
  recvTransport(): types.WebRtcTransport | types.PlainTransport | undefined {
    return (
      [...this.#transports.values()].filter((t) => t.appData.direction === 'recv' && !t.closed).at(-1) ??
      [...this.#plainTransports.values()].filter((t) => !t.closed).at(-1)
    );
  }

  /** A load-test receive transport; it replaces any earlier one and closes with the peer (or its router). */
  addPlainTransport(transport: types.PlainTransport): void {
    for (const old of [...this.#plainTransports.values()]) old.close();
    this.#plainTransports.set(transport.id, transport);
    transport.observer.once('close', () => this.#plainTransports.delete(transport.id));
  }

  plainTransportList(): types.PlainTransport[] {
    return [...this.#plainTransports.values()];
  }

  transport(id: string): types.WebRtcTransport {
    const t = this.#transports.get(id);
    if (!t) throw notFound('transport', id);
    return t;
  }

  addProducer(producer: types.Producer<MediaAppData>): void {
    this.#producers.set(producer.id, producer);
    producer.observer.once('close', () => this.#producers.delete(producer.id));
  }

  producer(id: string): types.Producer<MediaAppData> {
    const p = this.#producers.get(id);
    if (!p) throw notFound('producer', id);
    return p;
  }

  producers(): types.Producer<MediaAppData>[] {
    return [...this.#producers.values()];
  }

  addConsumer(consumer: types.Consumer<MediaAppData>): void {
    this.#consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => this.#consumers.delete(consumer.id));
  }

  consumer(id: string): types.Consumer<MediaAppData> {
    const c = this.#consumers.get(id);
    if (!c) throw notFound('consumer', id);
    return c;
  }

  consumers(): types.Consumer<MediaAppData>[] {
    return [...this.#consumers.values()];
  }

  /**
   * Forgets the media state after the room moved to a new router (its worker died): the transports are gone with
   * the old router, and until the client sends `join` again it gets no consumers. Role, audio-only and the socket stay.
   */
  resetMedia(): void {
    for (const transport of [...this.#transports.values()]) transport.close();
    this.#transports.clear();
    this.#producers.clear();
    this.#consumers.clear();
    this.rtpCapabilities = undefined;
  }

  notify(notification: SignallingNotification): void {
    if (this.#closed) return;
    this.#socket.emit('notification', notification);
  }

  /** Releases everything the peer owns and disconnects its socket. Safe to call twice. */
  close(reason: PeerCloseReason): void {
    if (this.#closed) return;
    // The client must not reconnect in a loop against its own other tab.
    if (reason === 'replaced') this.notify({ type: 'sessionReplaced' });
    this.#closed = true;
    this.#pending = [];
    // Closing a transport closes its producers and consumers too.
    for (const transport of [...this.#transports.values()]) transport.close();
    this.#transports.clear();
    for (const transport of [...this.#plainTransports.values()]) transport.close();
    this.#producers.clear();
    this.#consumers.clear();
    this.#socket.removeAllListeners('request');
    this.#socket.removeAllListeners('disconnect');
    if (this.#socket.connected) this.#socket.disconnect(true);
    this.#logger.debug({ reason }, 'peer closed');
    this.emit('close', reason);
    this.removeAllListeners();
  }

  #wire(): void {
    // 'newListener' fires before the listener is stored, so deliver the backlog a tick later.
    (this as EventEmitter).on('newListener', (event: string | symbol) => {
      if (event !== 'request' || this.#pending.length === 0) return;
      queueMicrotask(() => {
        const backlog = this.#pending;
        this.#pending = [];
        for (const [request, respond] of backlog) this.emit('request', request, respond);
      });
    });
    this.#socket.on('request', (request: unknown, ack: unknown) => {
      // A client may omit the ack or send garbage; never let that throw inside socket.io.
      const respond = typeof ack === 'function' ? (ack as (r: SignallingResult) => void) : () => undefined;
      if (this.#closed) return;
      if (!isSignallingRequest(request)) {
        respond({ ok: false, error: { code: 'live/bad_request', message: 'unknown or malformed request' } });
        return;
      }
      let answered = false;
      const once = (result: SignallingResult) => {
        if (answered) return;
        answered = true;
        respond(result);
      };
      if (this.listenerCount('request') === 0) this.#pending.push([request, once]);
      else this.emit('request', request, once);
    });
    this.#socket.on('disconnect', (why) => {
      this.disconnectReason = why;
      // A deliberate leave is routine; anything else (ping timeout, transport close) is worth an operator's look.
      if (why === 'client namespace disconnect') this.#logger.debug({ why }, 'socket disconnected');
      else this.#logger.info({ why, role: this.role }, 'socket dropped');
      this.close('disconnected');
    });
  }
}
