import { randomUUID } from 'node:crypto';
import { CHAT_MAX_LENGTH, CHAT_RATE_LIMIT, CHAT_RATE_WINDOW_MS, type ChatMessage } from '@gd/schema';
import { RequestError } from '../errors';
import type { Peer } from '../peer';
import { Permission, requirePermission } from '../permissions';
import type { RoomContext } from './context';

/** How many recent messages a newcomer receives on join. */
export const CHAT_HISTORY = 50;

/** In-session text chat: trimmed, at most {@link CHAT_MAX_LENGTH} characters, rate-limited per peer. */
export class Chat {
  readonly #history: ChatMessage[] = [];
  /** Send times (ms) of each peer's recent messages, for the sliding-window limit. */
  readonly #recent = new Map<string, number[]>();

  constructor(
    private readonly room: RoomContext,
    private readonly now: () => number = Date.now,
  ) {}

  history(): ChatMessage[] {
    return [...this.#history];
  }

  send(peer: Peer, rawText: string): ChatMessage {
    requirePermission(peer.role, Permission.Chat);
    // Control characters other than line breaks have no business in a chat line.
    const text = rawText.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
    if (text.length === 0) throw new RequestError('live/bad_request', 'chat message is empty');
    if (text.length > CHAT_MAX_LENGTH) {
      throw new RequestError('live/bad_request', `chat message is longer than ${CHAT_MAX_LENGTH} characters`);
    }
    const now = this.now();
    const recent = (this.#recent.get(peer.id) ?? []).filter((t) => now - t < CHAT_RATE_WINDOW_MS);
    if (recent.length >= CHAT_RATE_LIMIT) {
      this.#recent.set(peer.id, recent);
      throw new RequestError('live/rate_limited', `at most ${CHAT_RATE_LIMIT} messages every ${CHAT_RATE_WINDOW_MS / 1000} s`);
    }
    recent.push(now);
    this.#recent.set(peer.id, recent);
    const message: ChatMessage = { id: randomUUID(), peerId: peer.id, displayName: peer.displayName, role: peer.role, text, sentAt: now };
    this.#history.push(message);
    if (this.#history.length > CHAT_HISTORY) this.#history.shift();
    this.room.broadcast({ type: 'chatMessage', message }, peer);
    return message;
  }

  forget(peerId: string): void {
    this.#recent.delete(peerId);
  }
}
