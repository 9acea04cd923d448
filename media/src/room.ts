import { EventEmitter } from 'node:events';
import {
  assertNever,
  type PeerInfo,
  type SignallingNotification,
  type SignallingRequest,
  type SignallingResponse,
  type SignallingResult,
} from '@gd/schema';
import type { Logger } from './logger';
import type { Peer, PeerCloseReason } from './peer';

export interface RoomEvents {
  /** Emitted once when the room has closed all its peers (explicitly, or when the last one left). */
  close: [];
}

export interface RoomOptions {
  /** Live session id (`sid` claim). */
  id: string;
  logger: Logger;
}

/**
 * One live session on this media node. Owns its peers (and, once the SFU lands, its mediasoup
 * routers). Peers are wired here; they never reach back into the room.
 */
export class Room extends EventEmitter<RoomEvents> {
  readonly id: string;
  readonly createdAt = new Date();
  #closed = false;
  readonly #peers = new Map<string, Peer>();
  readonly #logger: Logger;

  private constructor(options: RoomOptions) {
    super();
    this.id = options.id;
    this.#logger = options.logger.child({ room: options.id });
  }

  /** Async so that creating the room's mediasoup router can be added later. */
  static async create(options: RoomOptions): Promise<Room> {
    const room = new Room(options);
    room.#logger.info('room opened');
    return room;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get peerCount(): number {
    return this.#peers.size;
  }

  peers(): PeerInfo[] {
    return [...this.#peers.values()].map((p) => p.info);
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
    }
    this.#peers.set(peer.id, peer);
    peer.on('request', (request, respond) => this.#onRequest(peer, request, respond));
    peer.on('close', (reason) => this.#onPeerClose(peer, reason));
    this.#logger.info({ peer: peer.id, role: peer.role, replaced: Boolean(previous) }, 'peer joined');
    if (!previous) this.#broadcast({ type: 'peerJoined', peer: peer.info }, peer);
  }

  /** Closes every peer and the room itself. Safe to call twice. */
  close(reason: Extract<PeerCloseReason, 'room_closed' | 'shutdown'> = 'room_closed'): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const peer of [...this.#peers.values()]) peer.close(reason);
    this.#peers.clear();
    this.#logger.info({ reason }, 'room closed');
    this.emit('close');
    this.removeAllListeners();
  }

  #onPeerClose(peer: Peer, reason: PeerCloseReason): void {
    // A replaced peer is no longer the one in the map: nothing to announce.
    if (this.#peers.get(peer.id) !== peer) return;
    this.#peers.delete(peer.id);
    this.#logger.info({ peer: peer.id, reason }, 'peer left');
    if (this.#closed) return;
    this.#broadcast({ type: 'peerLeft', peerId: peer.id }, peer);
    if (this.#peers.size === 0) this.close();
  }

  #onRequest(peer: Peer, request: SignallingRequest, respond: (result: SignallingResult) => void): void {
    try {
      respond({ ok: true, data: this.#handle(peer, request) });
    } catch (err) {
      this.#logger.error({ err, peer: peer.id, request: request.type }, 'request failed');
      respond({ ok: false, error: { code: 'live/internal', message: 'request failed' } });
    }
  }

  /** One case per request type; a new member of the union does not compile until handled here. */
  #handle(_peer: Peer, request: SignallingRequest): SignallingResponse {
    switch (request.type) {
      case 'ping':
        return { type: 'pong', clientTime: request.clientTime, serverTime: Date.now() };
      default:
        return assertNever(request.type, 'signalling request');
    }
  }

  #broadcast(notification: SignallingNotification, except?: Peer): void {
    for (const peer of this.#peers.values()) {
      if (peer !== except) peer.notify(notification);
    }
  }
}
