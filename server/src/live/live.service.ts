import { createSecretKey, type KeyObject } from 'node:crypto';
import { type JoinTokenClaims, type LiveRole, MEDIA_TOKEN_ALGORITHM, MEDIA_TOKEN_AUDIENCE } from '@gd/schema';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode, forbidden } from '../common/errors';
import { User } from '../users/user.entity';
import { type LoadedSession, SessionAccessService } from './session-access.service';

export interface LiveJoinView {
  token: string;
  role: LiveRole;
  expiresAt: Date;
  sessionId: string;
  displayName: string;
}

/**
 * Mints join tokens for the media service. Who may join as what:
 *  - lecturers of the session's class, and the session's own lecturer → LECTURER (or CLASSROOM with `asClassroom`,
 *    for the school's classroom device they sign in on);
 *  - trainees whose official holds an ENROLLED seat in the class → TRAINEE (waitlisted and withdrawn are refused);
 *  - administrators → OBSERVER (or CLASSROOM with `asClassroom`);
 *  - commune coordinators → OBSERVER, only when an official of their commune holds a seat in the class: they follow
 *    their officials' training, as a supervisor would sit at the back of the room, and never publish;
 *  - anyone else → `live/not_a_participant`.
 * A session can be joined from `LIVE_JOIN_EARLY_MINUTES` before its start until `LIVE_JOIN_LATE_MINUTES` after its
 * end (`live/session_not_open` otherwise).
 */
@Injectable()
export class LiveService {
  private readonly key: KeyObject;

  constructor(
    private readonly em: EntityManager,
    private readonly access: SessionAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.live.joinSecret, 'utf8'));
  }

  async join(user: AuthUser, sessionId: string, asClassroom: boolean): Promise<LiveJoinView> {
    const session = await this.access.session(sessionId);
    const role = await this.roleOf(user, session, asClassroom);
    this.access.assertOpen(session);
    const account = await this.em.fork().findOneOrFail(User, { id: user.id }, { populate: ['official.commune'] });
    const displayName = role === 'CLASSROOM' ? classroomName(session) : account.displayName;
    // A trainee's commune lets the lecturer split breakout rooms by commune (JoinTokenClaims.commune).
    const commune = role === 'TRAINEE' ? account.official?.commune?.name : undefined;
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.live.joinTokenTtlSeconds;
    // `name` is the display name the media service shows to other peers (JoinTokenClaims.name).
    const claims: Omit<JoinTokenClaims, 'aud' | 'sub' | 'exp' | 'iat'> & { name: string } = {
      role,
      sid: session.id,
      name: displayName,
      ...(commune ? { commune } : {}),
    };
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: MEDIA_TOKEN_ALGORITHM })
      .setSubject(user.id)
      .setAudience(MEDIA_TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, role, expiresAt: new Date(exp * 1000), sessionId: session.id, displayName };
  }

  private async roleOf(user: AuthUser, session: LoadedSession, asClassroom: boolean): Promise<LiveRole> {
    const classId = session.trainingClass.id;
    switch (user.role) {
      case Role.ADMIN:
        return asClassroom ? 'CLASSROOM' : 'OBSERVER';
      case Role.LECTURER:
        if (!(await this.access.teaches(user, session))) throw notAParticipant();
        return asClassroom ? 'CLASSROOM' : 'LECTURER';
      case Role.TRAINEE:
        if (asClassroom) throw forbidden('joining as the classroom device');
        if (!(await this.access.seated(user, classId))) throw notAParticipant();
        return 'TRAINEE';
      case Role.COORDINATOR:
        if (asClassroom) throw forbidden('joining as the classroom device');
        if (!(await this.access.communeSeated(user, classId))) throw notAParticipant();
        return 'OBSERVER';
    }
  }
}

function classroomName(session: LoadedSession): string {
  return session.room ? `${session.room} – ${session.trainingClass.venue}` : session.trainingClass.venue;
}

const notAParticipant = () =>
  new AppError(ErrorCode.LiveNotAParticipant, 'You neither teach nor hold a seat in this session’s class.');
