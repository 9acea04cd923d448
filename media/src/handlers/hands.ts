import type { RaisedHand } from '@gd/schema';
import type { Peer } from '../peer';
import { Permission, requirePermission } from '../permissions';
import type { RoomContext } from './context';

/**
 * The raise-hand queue: first up, first served. A trainee raises or lowers their own hand; the
 * lecturer takes the next hand, which asks that trainee to unmute (their mic is never opened remotely).
 */
export class HandQueue {
  #queue: RaisedHand[] = [];

  constructor(private readonly room: RoomContext) {}

  list(): RaisedHand[] {
    return this.#queue.map((h) => ({ ...h }));
  }

  /** Raising twice keeps the first place; lowering a hand that is not up does nothing. */
  set(peer: Peer, raised: boolean): RaisedHand[] {
    const index = this.#queue.findIndex((h) => h.peerId === peer.id);
    if (raised) {
      requirePermission(peer.role, Permission.RaiseHand);
      if (index >= 0) return this.list();
      this.#queue.push({ peerId: peer.id, displayName: peer.displayName, raisedAt: Date.now() });
    } else {
      if (index < 0) return this.list();
      this.#queue.splice(index, 1);
    }
    this.#changed();
    return this.list();
  }

  /** Lecturer: removes the first hand and asks that peer to unmute. */
  takeNext(by: Peer): { hands: RaisedHand[]; taken: RaisedHand | null } {
    requirePermission(by.role, Permission.TakeHand);
    const taken = this.#queue.shift() ?? null;
    if (taken) {
      this.room.peer(taken.peerId)?.notify({ type: 'unmuteRequested', byPeerId: by.id });
      this.#changed();
    }
    return { hands: this.list(), taken };
  }

  /** A peer that leaves loses its place. */
  forget(peerId: string): void {
    const before = this.#queue.length;
    this.#queue = this.#queue.filter((h) => h.peerId !== peerId);
    if (this.#queue.length !== before) this.#changed();
  }

  #changed(): void {
    this.room.broadcast({ type: 'handsChanged', hands: this.list() });
  }
}
