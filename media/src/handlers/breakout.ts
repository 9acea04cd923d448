import { BREAKOUT_MAIN, type LiveRole } from '@gd/schema';
import { RequestError } from '../errors';
import { Permission, requirePermission } from '../permissions';

/**
 * Breakout-room state for one live session (pure, no mediasoup): every peer is in a "space",
 * MAIN or a breakout id. The Room consumes only producers of peers in the same space (see {@link shouldConsume});
 * the signalling side is `breakout-handlers.ts`.
 * Exercise groups do not exist in the product yet: `groups` lets the caller pass explicit peer-id lists.
 */
export const MAIN_SPACE: typeof BREAKOUT_MAIN = BREAKOUT_MAIN;

export interface BreakoutRoomState {
  id: string;
  name: string;
  peerIds: string[];
}

export interface BreakoutCandidate {
  peerId: string;
  role: string;
  commune?: string | null;
}

export type BreakoutSplit =
  | { mode: 'auto'; count: number }
  | { mode: 'commune' }
  | { mode: 'groups'; groups: { name?: string; peerIds: string[] }[] };

/** Every breakout-changing request is checked with this first (only LECTURER holds it). */
export const requireBreakoutManager = (role: LiveRole): void => requirePermission(role, Permission.ManageBreakouts);

/**
 * The consume rule the Room should apply in #consume and when a peer moves: same space, or the lecturer's
 * screen share, which every space receives (a shared slide deck keeps breakout groups on the same task).
 * A lecturer who visits a room is simply moved into that space (and back to main on leave).
 */
export function shouldConsume(
  consumerSpace: string,
  producer: { space: string; role: LiveRole; source: string },
): boolean {
  if (consumerSpace === producer.space) return true;
  return producer.role === 'LECTURER' && producer.source === 'screen';
}

const bad = (message: string) => new RequestError('live/bad_request', message);

export class BreakoutState {
  #rooms = new Map<string, BreakoutRoomState>();
  #spaceOf = new Map<string, string>();
  #seq = 0;
  closingAt: number | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  spaceOf(peerId: string): string {
    return this.#spaceOf.get(peerId) ?? MAIN_SPACE;
  }

  rooms(): BreakoutRoomState[] {
    return [...this.#rooms.values()].map((r) => ({
      ...r,
      peerIds: [...this.#spaceOf].filter(([, s]) => s === r.id).map(([p]) => p),
    }));
  }

  /** Only TRAINEE peers are split; the lecturer and the classroom device stay in main. */
  create(split: BreakoutSplit, candidates: BreakoutCandidate[]): BreakoutRoomState[] {
    if (this.#rooms.size > 0) throw bad('breakout rooms are already open; close them first');
    const trainees = candidates.filter((c) => c.role === 'TRAINEE');
    const known = new Set(candidates.map((c) => c.peerId));
    let groups: { name: string; peerIds: string[] }[];
    if (split.mode === 'auto') {
      if (!Number.isInteger(split.count) || split.count < 1 || split.count > 50)
        throw bad(`count must be an integer from 1 to 50, got ${String(split.count)}`);
      groups = Array.from({ length: split.count }, (_, i) => ({ name: `Phòng ${i + 1}`, peerIds: [] }));
      trainees.forEach((t, i) => groups[i % split.count].peerIds.push(t.peerId));
    } else if (split.mode === 'commune') {
      const by = new Map<string, string[]>();
      for (const t of trainees) {
        const key = t.commune?.trim() || '—';
        by.set(key, [...(by.get(key) ?? []), t.peerId]);
      }
      groups = [...by].map(([name, peerIds]) => ({ name, peerIds }));
      if (groups.length === 0) throw bad('no trainees to split by commune');
    } else if (split.mode === 'groups') {
      if (!Array.isArray(split.groups) || split.groups.length === 0) throw bad('groups must be a non-empty list');
      const seen = new Set<string>();
      groups = split.groups.map((g, i) => {
        for (const p of g.peerIds ?? []) {
          if (!known.has(p)) throw bad(`groups[${i}] names unknown peer ${p}`);
          if (seen.has(p)) throw bad(`peer ${p} is in more than one group`);
          seen.add(p);
        }
        return { name: g.name?.trim() || `Phòng ${i + 1}`, peerIds: [...(g.peerIds ?? [])] };
      });
    } else {
      throw bad('mode must be auto, commune or groups');
    }
    for (const g of groups) {
      const id = `br-${++this.#seq}`;
      this.#rooms.set(id, { id, name: g.name, peerIds: [] });
      for (const p of g.peerIds) this.#spaceOf.set(p, id);
    }
    return this.rooms();
  }

  rename(roomId: string, name: string): void {
    const room = this.#rooms.get(roomId);
    if (!room) throw bad(`breakout room ${roomId} does not exist`);
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (!trimmed || trimmed.length > 80) throw bad('name must be 1–80 characters');
    room.name = trimmed;
  }

  /** Moves one peer; returns the old and new space so the Room can re-plan only that peer's consumers. */
  move(peerId: string, to: string): { from: string; to: string } {
    if (to !== MAIN_SPACE && !this.#rooms.has(to)) throw bad(`breakout room ${to} does not exist`);
    const from = this.spaceOf(peerId);
    if (to === MAIN_SPACE) this.#spaceOf.delete(peerId);
    else this.#spaceOf.set(peerId, to);
    return { from, to };
  }

  leave(peerId: string): void {
    this.#spaceOf.delete(peerId);
  }

  /**
   * Starts the close-all countdown (everyone is told `closingAt`); `onDone` runs closeAll when it ends.
   * Returns the deadline in ms since epoch.
   */
  startClose(seconds: number, onDone: (moved: string[]) => void, now = Date.now()): number {
    if (this.#rooms.size === 0) throw bad('there are no breakout rooms to close');
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > 300)
      throw bad(`seconds must be an integer from 0 to 300, got ${String(seconds)}`);
    if (this.#timer) clearTimeout(this.#timer);
    this.closingAt = now + seconds * 1000;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      onDone(this.closeAll());
    }, seconds * 1000);
    return this.closingAt;
  }

  /** Everyone back to main; returns the peers that moved. */
  closeAll(): string[] {
    const moved = [...this.#spaceOf.keys()];
    this.#spaceOf.clear();
    this.#rooms.clear();
    this.closingAt = null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    return moved;
  }
}
