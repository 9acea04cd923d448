import { EventEmitter } from 'node:events';
import {
  isSignallingRequest,
  type ClientToServerEvents,
  type JoinTokenClaims,
  type LiveRole,
  type LiveSocketData,
  type PeerInfo,
  type ServerToClientEvents,
  type SignallingNotification,
  type SignallingRequest,
  type SignallingResult,
} from '@gd/schema';
import type { DefaultEventsMap, Socket } from 'socket.io';
import type { Logger } from './logger';

export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, LiveSocketData>;

/** Why a peer went away; logged, and tells the room whether to announce it. */
export type PeerCloseReason = 'disconnected' | 'replaced' | 'room_closed' | 'shutdown';

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
 * One participant's connection. Owns the socket now; the SFU issue adds its transports,
 * producers and consumers here as private maps, closed in {@link Peer.close}.
 */
export class Peer extends EventEmitter<PeerEvents> {
  readonly id: string;
  readonly userId: string;
  readonly role: LiveRole;
  readonly sessionId: string;
  readonly joinedAt = new Date();
  #closed = false;
  /** Requests that arrived before anyone listened (the room is still being set up). */
  #pending: Array<[SignallingRequest, (result: SignallingResult) => void]> = [];
  readonly #socket: LiveSocket;
  readonly #logger: Logger;

  private constructor(options: PeerOptions) {
    super();
    this.#socket = options.socket;
    // One peer per user and session: a second connection of the same user replaces the first,
    // so a reconnect does not leave a ghost behind until the old socket times out.
    this.id = options.claims.sub;
    this.userId = options.claims.sub;
    this.role = options.claims.role;
    this.sessionId = options.claims.sid;
    this.#logger = options.logger.child({ peer: this.id, role: this.role, socket: options.socket.id });
  }

  /** Wraps an authenticated socket. Async so that creating transports can be added later. */
  static async create(options: PeerOptions): Promise<Peer> {
    const peer = new Peer(options);
    peer.#wire();
    return peer;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get info(): PeerInfo {
    return { peerId: this.id, role: this.role };
  }

  notify(notification: SignallingNotification): void {
    if (this.#closed) return;
    this.#socket.emit('notification', notification);
  }

  /** Releases everything the peer owns and disconnects its socket. Safe to call twice. */
  close(reason: PeerCloseReason): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#pending = [];
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
      this.#logger.debug({ why }, 'socket disconnected');
      this.close('disconnected');
    });
  }
}
