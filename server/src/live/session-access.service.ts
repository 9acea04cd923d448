import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ClassLecturer, ClassSession } from '../classes/class.entity';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode } from '../common/errors';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { isUuid } from '../geo/geo.service';

/** One class session with what access checks need: its class, topic and lecturer loaded. */
export type LoadedSession = ClassSession;

/**
 * Who stands how to a class session, shared by live joining and attendance: the session's class lecturers (and
 * the session's own lecturer) teach it; officials with an ENROLLED seat in the class attend it.
 */
@Injectable()
export class SessionAccessService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A session is open (can be joined live, shows its check-in QR) from `LIVE_JOIN_EARLY_MINUTES` before its start
   * until `LIVE_JOIN_LATE_MINUTES` after its end; otherwise `live/session_not_open` naming the window.
   */
  assertOpen(session: LoadedSession, now = Date.now()): void {
    const opensAt = new Date(session.startsAt.getTime() - this.config.live.joinEarlyMinutes * 60_000);
    const closesAt = new Date(session.endsAt.getTime() + this.config.live.joinLateMinutes * 60_000);
    if (now < opensAt.getTime() || now > closesAt.getTime()) {
      throw new AppError(
        ErrorCode.LiveSessionNotOpen,
        now < opensAt.getTime() ? 'This session is not open yet.' : 'This session has ended.',
        { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
      );
    }
  }

  /** The session with its class and topic, or `class/session_not_found`. */
  async session(sessionId: string): Promise<LoadedSession> {
    const s = isUuid(sessionId)
      ? await this.em.fork().findOne(ClassSession, { id: sessionId }, { populate: ['trainingClass', 'topic', 'lecturer'] })
      : null;
    if (!s) throw new AppError(ErrorCode.ClassSessionNotFound, `No class session with id ${sessionId}.`);
    return s;
  }

  /** Whether the user teaches the class (a class lecturer) or this session (its lecturer). */
  async teaches(user: AuthUser, session: LoadedSession): Promise<boolean> {
    if (user.role !== Role.LECTURER && user.role !== Role.ADMIN) return false;
    if (session.lecturer.id === user.id) return true;
    return (await this.em.fork().count(ClassLecturer, { trainingClass: session.trainingClass.id, user: user.id })) > 0;
  }

  /** Whether the lecturer teaches any session of the class or is one of its lecturers. */
  async teachesClass(user: AuthUser, classId: string): Promise<boolean> {
    if (user.role !== Role.LECTURER) return false;
    const em = this.em.fork();
    if ((await em.count(ClassLecturer, { trainingClass: classId, user: user.id })) > 0) return true;
    return (await em.count(ClassSession, { trainingClass: classId, lecturer: user.id })) > 0;
  }

  /** Whether the signed-in trainee's official holds a seat (ENROLLED) in the class. */
  async seated(user: AuthUser, classId: string): Promise<boolean> {
    if (user.role !== Role.TRAINEE || !user.officialId) return false;
    return (
      (await this.em.fork().count(Enrollment, { trainingClass: classId, official: user.officialId, status: EnrollmentStatus.ENROLLED })) > 0
    );
  }

  /** Whether one of the coordinator's commune officials holds a seat in the class. */
  async communeSeated(user: AuthUser, classId: string): Promise<boolean> {
    if (user.role !== Role.COORDINATOR || !user.communeId) return false;
    return (
      (await this.em
        .fork()
        .count(Enrollment, { trainingClass: classId, status: EnrollmentStatus.ENROLLED, official: { commune: user.communeId } })) > 0
    );
  }
}
