import { LIVE_ROLES, type LiveRole } from '@gd/schema';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The GraphQL enum mirrors `LIVE_ROLES` of the signalling contract, so both always list the same roles. */
export const LiveRoleEnum = Object.fromEntries(LIVE_ROLES.map((r) => [r, r])) as { [K in LiveRole]: K };

registerEnumType(LiveRoleEnum, {
  name: 'LiveRole',
  description: 'Role of a participant in a live session (the `role` claim of the join token).',
  valuesMap: {
    LECTURER: { description: 'Teaches the session: may publish, moderate and share the screen.' },
    TRAINEE: { description: 'An official following the session from their own device.' },
    CLASSROOM: { description: 'The device in the school’s classroom: room camera and microphone, remote trainees on the projector.' },
    OBSERVER: { description: 'Watches only (administrator, commune coordinator): never publishes.' },
  },
});

@ObjectType('LiveJoin', { description: 'A short-lived join token for the media service, and what it grants.' })
export class LiveJoinModel {
  @Field({ description: 'HS256 join token: pass it as `auth.token` of the socket.io handshake on `/live`.' })
  token: string;

  @Field(() => LiveRoleEnum, { description: 'The role the token grants in the room.' })
  role: LiveRole;

  @Field(() => Date, { description: 'When the token expires: ask for a new one before reconnecting after this.' })
  expiresAt: Date;

  @Field(() => ID, { description: 'The class session (room) the token is for.' })
  sessionId: string;

  @Field({ description: 'The name other participants see.' })
  displayName: string;
}
