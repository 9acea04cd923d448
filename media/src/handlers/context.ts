import type { RoomState, SignallingNotification } from '@gd/schema';
import type { Logger } from '../logger';
import type { Peer } from '../peer';

/**
 * What the classroom handlers (hands, chat, moderation) may see and do in their room. They never
 * reach the router or the socket layer: the room gives them this narrow view.
 */
export interface RoomContext {
  readonly logger: Logger;
  readonly state: RoomState;
  /** The peer with this id, if it is in the room. */
  peer(peerId: string): Peer | undefined;
  broadcast(notification: SignallingNotification, except?: Peer): void;
  /** Changes room-wide state and tells everyone. */
  updateState(change: Partial<RoomState>): void;
  /** Disconnects a peer for good (it may not come back while the room lasts). */
  removePeer(peer: Peer, by: Peer): void;
}
