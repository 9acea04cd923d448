import { assertNever, type ModeratorAction } from '@gd/schema';
import { notFound, RequestError } from '../errors';
import type { Peer } from '../peer';
import { Permission, requirePermission } from '../permissions';
import type { RoomContext } from './context';

/**
 * The lecturer's controls. Muting pauses the peer's microphone producer (the peer may turn it back on, as in any
 * meeting); stopping video closes its camera and screen producers; "ask to unmute" only asks; removing disconnects
 * the peer and keeps it out while the room lasts; spotlight shows one peer large for everyone (and lets a spotlighted
 * trainee share a screen); lock refuses newcomers other than lecturers.
 */
export class Moderation {
  constructor(private readonly room: RoomContext) {}

  apply(by: Peer, request: ModeratorAction): void {
    switch (request.action) {
      case 'muteMic': {
        requirePermission(by.role, Permission.Moderate);
        const target = this.#target(request.peerId);
        for (const producer of target.producers()) {
          if (producer.appData.source !== 'mic' || producer.paused) continue;
          void producer.pause().catch(() => undefined);
          target.notify({ type: 'producerPaused', producerId: producer.id });
        }
        return;
      }
      case 'stopVideo': {
        requirePermission(by.role, Permission.Moderate);
        const target = this.#target(request.peerId);
        for (const producer of target.producers()) {
          if (producer.kind !== 'video') continue;
          producer.close();
          target.notify({ type: 'producerClosed', producerId: producer.id });
        }
        return;
      }
      case 'askUnmute': {
        requirePermission(by.role, Permission.Moderate);
        this.#target(request.peerId).notify({ type: 'unmuteRequested', byPeerId: by.id });
        return;
      }
      case 'remove': {
        requirePermission(by.role, Permission.Moderate);
        const target = this.#target(request.peerId);
        if (target === by) throw new RequestError('live/bad_request', 'a moderator cannot remove themselves');
        this.room.removePeer(target, by);
        return;
      }
      case 'spotlight': {
        requirePermission(by.role, Permission.Moderate);
        if (request.peerId !== null) this.#target(request.peerId);
        const previous = this.room.state.spotlightPeerId;
        this.room.updateState({ spotlightPeerId: request.peerId });
        // A trainee loses the screen share that the spotlight allowed.
        const former = previous && previous !== request.peerId ? this.room.peer(previous) : undefined;
        if (former?.role === 'TRAINEE') {
          for (const producer of former.producers()) {
            if (producer.appData.source !== 'screen') continue;
            producer.close();
            former.notify({ type: 'producerClosed', producerId: producer.id });
          }
        }
        return;
      }
      case 'lock': {
        requirePermission(by.role, Permission.LockRoom);
        this.room.updateState({ locked: request.locked });
        return;
      }
      default:
        assertNever(request, 'moderator action');
    }
  }

  #target(peerId: string): Peer {
    const peer = this.room.peer(peerId);
    if (!peer) throw notFound('peer', peerId);
    return peer;
  }
}
