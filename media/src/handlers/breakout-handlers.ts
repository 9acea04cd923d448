import { randomUUID } from 'node:crypto';
import {
  assertNever,
  BREAKOUT_MAIN,
  BREAKOUT_MAX_ROOMS,
  CHAT_MAX_LENGTH,
  type BreakoutBroadcast,
  type BreakoutsResponse,
  type BreakoutsState,
  type BroadcastSentResponse,
  type SignallingNotification,
  type SignallingRequest,
} from '@gd/schema';
import { RequestError } from '../errors';
import type { Logger } from '../logger';
import type { Peer } from '../peer';
import { BreakoutState, requireBreakoutManager, type BreakoutSplit } from './breakout';

/** The breakout requests of the signalling union. */
export type BreakoutRequest = Extract<
  SignallingRequest,
  { type: 'createBreakouts' | 'moveToBreakout' | 'renameBreakout' | 'broadcastToBreakouts' | 'visitBreakout' | 'closeBreakouts' }
>;

/** What the breakout handler needs from its room; the room re-plans media when spaces change. */
export interface BreakoutHost {
  readonly logger: Logger;
  peer(peerId: string): Peer | undefined;
  peers(): Peer[];
  /** To every peer in every space. */
  broadcast(notification: SignallingNotification, except?: Peer): void;
  /**
   * The space of these peers changed: close the consumers the consume rule no longer allows (theirs, and the others'
   * of their producers) and create the newly allowed ones. Nobody else's consumers are touched.
   */
  respace(peerIds: string[]): void;
}

const bad = (message: string) => new RequestError('live/bad_request', message);

/**
 * The lecturer's breakout rooms over signalling: create (N rooms, by commune, explicit groups), move one peer,
 * rename, broadcast a message to every space, visit a room (the lecturer moves themself), close all after a
 * countdown. Every change is sent to everyone as the whole state (`breakoutsChanged`).
 */
export class Breakouts {
  readonly #state = new BreakoutState();

  constructor(
    private readonly host: BreakoutHost,
    private readonly now: () => number = Date.now,
  ) {}

  /** MAIN or the breakout room id this peer is in (kept through a reconnect within the grace period). */
  spaceOf(peerId: string): string {
    return this.#state.spaceOf(peerId);
  }

  snapshot(): BreakoutsState {
    const spaces: Record<string, string> = {};
    for (const p of this.host.peers()) spaces[p.id] = this.#state.spaceOf(p.id);
    return { rooms: this.#state.rooms(), spaces, closingAt: this.#state.closingAt, serverTime: this.now() };
  }

  handle(by: Peer, request: BreakoutRequest): BreakoutsResponse | BroadcastSentResponse {
    // Permission first: a trainee learns nothing about what a well-formed request would look like.
    requireBreakoutManager(by.role);
    switch (request.type) {
      case 'createBreakouts': {
        const split = parseSplit(request);
        const candidates = this.host.peers().map((p) => ({ peerId: p.id, role: p.role, commune: p.commune }));
        this.#state.create(split, candidates);
        const moved = this.host.peers().filter((p) => this.#state.spaceOf(p.id) !== BREAKOUT_MAIN).map((p) => p.id);
        this.host.logger.info({ by: by.id, mode: split.mode, rooms: this.#state.rooms().length }, 'breakout rooms opened');
        this.host.respace(moved);
        return this.#changed();
      }
      case 'moveToBreakout': {
        const target = this.host.peer(request.peerId);
        if (!target) throw bad(`peerId ${request.peerId} is not in the session`);
        return this.#move(target, request.roomId);
      }
      case 'visitBreakout':
        return this.#move(by, request.roomId);
      case 'renameBreakout':
        this.#state.rename(request.roomId, request.name);
        return this.#changed();
      case 'broadcastToBreakouts': {
        const text = request.text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
        if (text.length === 0) throw bad('text is empty');
        if (text.length > CHAT_MAX_LENGTH) throw bad(`text is longer than ${CHAT_MAX_LENGTH} characters`);
        const broadcast: BreakoutBroadcast = { id: randomUUID(), peerId: by.id, displayName: by.displayName, text, sentAt: this.now() };
        this.host.broadcast({ type: 'breakoutBroadcast', broadcast }, by);
        return { type: 'broadcastSent', broadcast };
      }
      case 'closeBreakouts': {
        this.#state.startClose(request.seconds, (moved) => {
          this.host.logger.info({ moved: moved.length }, 'breakout rooms closed');
          this.host.respace(moved);
          this.#changed();
        });
        return this.#changed();
      }
      default:
        return assertNever(request, 'breakout request');
    }
  }

  /** A peer that left for good (not a dropped connection still within its grace) leaves its room. */
  forget(peerId: string): void {
    if (this.#state.spaceOf(peerId) === BREAKOUT_MAIN) return;
    this.#state.leave(peerId);
    this.#changed();
  }

  /** The room is closing: stop a running countdown. */
  close(): void {
    this.#state.closeAll();
  }

  #move(peer: Peer, roomId: string): BreakoutsResponse {
    const { from, to } = this.#state.move(peer.id, roomId);
    if (from !== to) this.host.respace([peer.id]);
    return this.#changed();
  }

  #changed(): BreakoutsResponse {
    const breakouts = this.snapshot();
    this.host.broadcast({ type: 'breakoutsChanged', breakouts });
    return { type: 'breakouts', breakouts };
  }
}

/** Checks a create request field by field (the union check only made sure `mode` is a string). */
function parseSplit(request: Extract<BreakoutRequest, { type: 'createBreakouts' }>): BreakoutSplit {
  const raw = request as unknown as Record<string, unknown>;
  switch (raw.mode) {
    case 'auto':
      if (typeof raw.count !== 'number') throw bad('count must be an integer from 1 to 50');
      return { mode: 'auto', count: raw.count };
    case 'commune':
      return { mode: 'commune' };
    case 'groups': {
      if (!Array.isArray(raw.groups) || raw.groups.length === 0) throw bad('groups must be a non-empty list');
      if (raw.groups.length > BREAKOUT_MAX_ROOMS) throw bad(`groups: at most ${BREAKOUT_MAX_ROOMS} rooms`);
      const groups = raw.groups.map((g: unknown, i) => {
        const group = g as Record<string, unknown> | null;
        if (typeof group !== 'object' || group === null) throw bad(`groups[${i}] must be an object`);
        if (group.name !== undefined && typeof group.name !== 'string') throw bad(`groups[${i}].name must be text`);
        if (!Array.isArray(group.peerIds) || !group.peerIds.every((p) => typeof p === 'string'))
          throw bad(`groups[${i}].peerIds must be a list of peer ids`);
        return { ...(group.name !== undefined ? { name: (group.name as string).slice(0, 80) } : {}), peerIds: group.peerIds as string[] };
      });
      return { mode: 'groups', groups };
    }
    default:
      throw bad('mode must be auto, commune or groups');
  }
}
