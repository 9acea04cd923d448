import type { LiveRole, MediaSource } from '@gd/schema';
import { RequestError } from './errors';

/**
 * What a participant may do in a live session. Checked by the room and the classroom handlers before they act;
 * a refusal answers `live/forbidden`.
 */
export enum Permission {
  /** Publish the microphone. */
  PublishMic = 'publishMic',
  /** Publish the camera (the classroom device: the room camera). */
  PublishWebcam = 'publishWebcam',
  /**
   * Share a screen. Lecturers always; a trainee only while the lecturer spotlights them (presenting their
   * group's work), so a class of 60 does not end up with stray screen shares.
   */
  PublishScreen = 'publishScreen',
  /** Moderator actions on other peers: mute a mic, stop a video, ask to unmute, remove, spotlight. */
  Moderate = 'moderate',
  /** Lock or unlock the room against newcomers. */
  LockRoom = 'lockRoom',
  /** Put a hand up to ask to speak. */
  RaiseHand = 'raiseHand',
  /** Take the next raised hand from the queue. */
  TakeHand = 'takeHand',
  /** Write in the session chat (everyone may read it). */
  Chat = 'chat',
  /** Create, adjust, visit and close breakout rooms; move participants; broadcast to all rooms. */
  ManageBreakouts = 'manageBreakouts',
}

/**
 * Static grants per role. OBSERVER (supervisors, inspectors) watches and reads the chat, nothing else;
 * CLASSROOM (the device in the school's room) publishes the room's camera and microphone and may chat.
 */
const ROLE_PERMISSIONS: Record<LiveRole, ReadonlySet<Permission>> = {
  LECTURER: new Set(Object.values(Permission)),
  TRAINEE: new Set([Permission.PublishMic, Permission.PublishWebcam, Permission.RaiseHand, Permission.Chat]),
  CLASSROOM: new Set([Permission.PublishMic, Permission.PublishWebcam, Permission.Chat]),
  OBSERVER: new Set(),
};

/** Whether `role` may do `permission`; `spotlighted` grants a trainee the screen share. */
export function can(role: LiveRole, permission: Permission, context: { spotlighted?: boolean } = {}): boolean {
  if (ROLE_PERMISSIONS[role].has(permission)) return true;
  return permission === Permission.PublishScreen && role === 'TRAINEE' && context.spotlighted === true;
}

/** The permission a producer of this source needs. */
export function publishPermission(source: MediaSource): Permission {
  switch (source) {
    case 'mic':
      return Permission.PublishMic;
    case 'webcam':
      return Permission.PublishWebcam;
    case 'screen':
      return Permission.PublishScreen;
  }
}

/** A request the peer's role does not allow; answered as `live/forbidden`. */
export class ForbiddenError extends RequestError {
  constructor(readonly permission: Permission) {
    super('live/forbidden', `your role may not ${permission}`);
    this.name = 'ForbiddenError';
  }
}

export function requirePermission(role: LiveRole, permission: Permission, context: { spotlighted?: boolean } = {}): void {
  if (!can(role, permission, context)) throw new ForbiddenError(permission);
}
