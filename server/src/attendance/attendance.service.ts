import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { ClassSession, TrainingClass } from '../classes/class.entity';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../common/config';
import { AppError, ErrorCode, forbidden, ValidationError, type FieldReason } from '../common/errors';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { isUuid } from '../geo/geo.service';
import { type LoadedSession, SessionAccessService } from '../live/session-access.service';
import { Official } from '../officials/official.entity';
import { User } from '../users/user.entity';
import { AttendanceInterval } from './attendance-interval.entity';
import { AttendanceCheckin, AttendanceCorrection } from './attendance.entity';
import { type AttendanceSource, mergeAttendance, type Span } from './attendance.merge';

const CHECKIN_AUDIENCE = 'gd-checkin';

export interface CheckInCodeView {
  code: string;
  url: string;
  expiresAt: Date;
  sessionId: string;
}

export interface SessionInfoView {
  id: string;
  classId: string;
  classCode: string;
  classTitle: string;
  topicTitle: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
}

export interface CheckInResultView {
  session: SessionInfoView;
  checkedInAt: Date;
  /** True when this user had already checked in to the session (the first check-in stands). */
  alreadyCheckedIn: boolean;
}

export interface CorrectionView {
  id: string;
  present: boolean;
  minutes: number | null;
  reason: string;
  correctedById: string;
  correctedByName: string;
  createdAt: Date;
}

export interface AttendanceRowView {
  official: { id: string; fullName: string; communeName: string };
  minutes: number;
  percent: number;
  present: boolean;
  /** The session is under way and no correction decided it: neither present nor absent yet (see attendance.merge.ts). */
  inProgress: boolean;
  sources: AttendanceSource[];
  intervals: { from: Date; to: Date; source: Span['source'] }[];
  checkedInAt: Date | null;
  /** The correction that counts (the latest), if any. */
  correction: CorrectionView | null;
  /** Every correction, newest first (the audit log). */
  corrections: CorrectionView[];
}

export interface SessionAttendanceView {
  session: SessionInfoView;
  sessionMinutes: number;
  minPresencePercent: number;
  presentCount: number;
  /** Rows not decided yet because the session is under way (counted neither as present nor as absent). */
  inProgressCount: number;
  rows: AttendanceRowView[];
  staff: StaffPresenceView[];
}

/** Someone in the live room who is not an enrolled trainee: a lecturer, the classroom device, an observer. */
export interface StaffPresenceView {
  userId: string;
  displayName: string;
  /** Live roles seen, in order of first appearance (LECTURER, CLASSROOM, OBSERVER, TRAINEE). */
  roles: string[];
  minutes: number;
  intervals: { from: Date; to: Date; source: Span['source'] }[];
}

export interface ClassAttendanceView {
  classId: string;
  classCode: string;
  classTitle: string;
  minPresencePercent: number;
  sessions: SessionInfoView[];
  rows: { official: AttendanceRowView['official']; cells: { sessionId: string; minutes: number; percent: number; present: boolean; inProgress: boolean; corrected: boolean }[]; presentCount: number }[];
}

/** Which enrolled officials a caller may see: all, one commune's, or one official. */
type Scope = { all: true } | { communeId: string } | { officialId: string };

/**
 * Attendance of class sessions, merged from the media service's live intervals, QR check-ins in the classroom and
 * corrections (rules in `attendance.merge.ts`). Access: administrators see and correct everything; lecturers of the
 * class see and correct its sessions; coordinators read the rows of their commune's officials; a trainee reads only
 * their own row.
 */
@Injectable()
export class AttendanceService {
  private readonly checkinKey: KeyObject;

  constructor(
    private readonly em: EntityManager,
    private readonly access: SessionAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // A key of its own, derived from JWT_SECRET: a check-in code can never pass as an access token or the reverse.
    this.checkinKey = createSecretKey(createHmac('sha256', config.jwtSecret).update('gd-checkin-code').digest());
  }

  /** A fresh rotating check-in code for the classroom screen (lecturers of the class, administrators). */
  async checkInCode(user: AuthUser, sessionId: string): Promise<CheckInCodeView> {
    const session = await this.access.session(sessionId);
    await this.assertManages(user, session, 'showing the check-in code');
    this.access.assertOpen(session);
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.attendance.checkinCodeTtlSeconds;
    const code = await new SignJWT({ sid: session.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(CHECKIN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.checkinKey);
    return { code, url: `/checkin?code=${encodeURIComponent(code)}`, expiresAt: new Date(exp * 1000), sessionId: session.id };
  }

  /** Checks the signed-in trainee in to the session of a scanned code; scanning again returns the first check-in. */
  async checkIn(user: AuthUser, code: string): Promise<CheckInResultView> {
    if (user.role !== Role.TRAINEE) throw forbidden('checking in as a trainee');
    let sid: unknown;
    try {
      ({ payload: { sid } } = await jwtVerify(code, this.checkinKey, { audience: CHECKIN_AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] }));
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) {
        throw new AppError(ErrorCode.AttendanceCodeExpired, 'This check-in code has expired: scan the code on the classroom screen again.');
      }
      throw codeInvalid();
    }
    if (typeof sid !== 'string' || !isUuid(sid)) throw codeInvalid();
    const session = await this.access.session(sid).catch(() => {
      throw codeInvalid();
    });
    if (!(await this.access.seated(user, session.trainingClass.id))) {
      throw new AppError(ErrorCode.AttendanceNotEnrolled, 'You hold no seat in this session’s class.');
    }
    const inserted: unknown[] = await this.em.execute(
      `insert into attendance_checkin (class_session_id, user_id, checked_in_at) values (?, ?, now())
       on conflict (class_session_id, user_id) do nothing returning id`,
      [session.id, user.id],
    );
    const row = await this.em.fork().findOneOrFail(AttendanceCheckin, { session: session.id, user: user.id });
    return { session: sessionInfo(session), checkedInAt: row.checkedInAt, alreadyCheckedIn: inserted.length === 0 };
  }

  /** Attendance of one session: every enrolled official the caller may see, by name. */
  async sessionAttendance(user: AuthUser, sessionId: string): Promise<SessionAttendanceView> {
    const session = await this.access.session(sessionId);
    const scope = await this.scopeOf(user, session.trainingClass.id, session);
    const rows = await this.rows(scope, session.trainingClass.id, [session]);
    const list = rows.get(session.id) ?? [];
    return {
      session: sessionInfo(session),
      sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
      minPresencePercent: this.config.attendance.minPresencePercent,
      presentCount: list.filter((r) => r.present).length,
      inProgressCount: list.filter((r) => r.inProgress).length,
      rows: list,
      // Who else was in the live room is for the people who run the class, not for coordinators or trainees.
      staff: 'all' in scope ? await this.staff(session) : [],
    };
  }

  /**
   * Everyone connected to the session's live room who is not an enrolled trainee of the class (lecturers, the
   * classroom device's account, observers), with their live stretches merged by the same rules as trainees'.
   */
  private async staff(session: LoadedSession): Promise<StaffPresenceView[]> {
    const em = this.em.fork();
    const intervals = await em.find(AttendanceInterval, { session: session.id }, { populate: ['user'], orderBy: { joinedAt: 'asc', id: 'asc' } });
    if (!intervals.length) return [];
    const seated = await em.find(
      Enrollment,
      { trainingClass: session.trainingClass.id, status: EnrollmentStatus.ENROLLED },
      { fields: ['official'] },
    );
    const seatedOfficials = new Set(seated.map((e) => e.official.id));
    const byUser = new Map<string, { user: User; rows: AttendanceInterval[] }>();
    for (const i of intervals) {
      const officialId = i.user.official?.id;
      if (officialId && seatedOfficials.has(officialId)) continue;
      let entry = byUser.get(i.user.id);
      if (!entry) byUser.set(i.user.id, (entry = { user: i.user, rows: [] }));
      entry.rows.push(i);
    }
    const now = new Date();
    return [...byUser.values()]
      .map(({ user, rows }) => {
        const merged = mergeAttendance({
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          live: rows.map((i) => ({ joinedAt: i.joinedAt, lastSeenAt: i.lastSeenAt, leftAt: i.leftAt ?? null })),
          checkedInAt: null,
          correction: null,
          minPresencePercent: this.config.attendance.minPresencePercent,
          now,
        });
        return {
          userId: user.id,
          displayName: user.displayName,
          roles: [...new Set(rows.map((i) => i.role))],
          minutes: merged.minutes,
          intervals: merged.spans,
        };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi') || a.userId.localeCompare(b.userId));
  }

  /** The class's attendance grid: enrolled officials × sessions. */
  async classAttendance(user: AuthUser, classId: string): Promise<ClassAttendanceView> {
    const c = isUuid(classId) ? await this.em.fork().findOne(TrainingClass, { id: classId }) : null;
    if (!c) throw new AppError(ErrorCode.ClassNotFound, `No class with id ${classId}.`);
    const scope = await this.scopeOf(user, classId, null);
    const sessions = await this.em.fork().find(ClassSession, { trainingClass: classId }, { populate: ['trainingClass', 'topic'], orderBy: { startsAt: 'asc' } });
    const bySession = await this.rows(scope, classId, sessions);
    const officials = new Map<string, ClassAttendanceView['rows'][number]>();
    for (const s of sessions) {
      for (const r of bySession.get(s.id) ?? []) {
        let row = officials.get(r.official.id);
        if (!row) officials.set(r.official.id, (row = { official: r.official, cells: [], presentCount: 0 }));
        row.cells.push({
          sessionId: s.id,
          minutes: r.minutes,
          percent: r.percent,
          present: r.present,
          inProgress: r.inProgress,
          corrected: r.sources.includes('CORRECTED'),
        });
        // An in-progress cell is never present, so a session under way counts only once it has ended (or is corrected).
        if (r.present) row.presentCount++;
      }
    }
    // Officials come in name order from `rows`; a class without sessions still lists its trainees.
    const enrolled = await this.enrolled(scope, classId);
    return {
      classId,
      classCode: c.code,
      classTitle: c.title,
      minPresencePercent: this.config.attendance.minPresencePercent,
      sessions: sessions.map(sessionInfo),
      rows: enrolled.map((o) => officials.get(o.id) ?? { official: o, cells: [], presentCount: 0 }),
    };
  }

  /**
   * Records a correction (lecturers of the class, administrators): present or not, optionally the minutes, and why.
   * Appends to the audit log; returns the official's row as it now stands.
   */
  async correct(
    user: AuthUser,
    input: { sessionId: string; officialId: string; present: boolean; minutes?: number | null; reason: string },
  ): Promise<AttendanceRowView> {
    const session = await this.access.session(input.sessionId);
    await this.assertManages(user, session, 'correcting attendance');
    const reason = input.reason.trim();
    const sessionMinutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    const fields: Record<string, FieldReason> = {};
    if (reason.length < 5) fields.reason = reason.length === 0 ? 'required' : 'too_short';
    else if (reason.length > 1000) fields.reason = 'too_long';
    if (input.minutes != null && (!Number.isInteger(input.minutes) || input.minutes < 0 || input.minutes > sessionMinutes)) fields.minutes = 'out_of_range';
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const seated =
      isUuid(input.officialId) &&
      (await this.em.fork().count(Enrollment, { trainingClass: session.trainingClass.id, official: input.officialId, status: EnrollmentStatus.ENROLLED })) > 0;
    if (!seated) throw new AppError(ErrorCode.AttendanceNotEnrolled, 'That official holds no seat in this session’s class.');
    await this.em.transactional(async (tx) => {
      const c = tx.create(AttendanceCorrection, {
        session: tx.getReference(ClassSession, session.id),
        official: tx.getReference(Official, input.officialId),
        present: input.present,
        minutes: input.minutes ?? null,
        reason,
        correctedBy: tx.getReference(User, user.id),
      });
      tx.persist(c);
    });
    const rows = await this.rows({ officialId: input.officialId }, session.trainingClass.id, [session]);
    return rows.get(session.id)![0]!;
  }

  private async assertManages(user: AuthUser, session: LoadedSession, what: string): Promise<void> {
    if (user.role === Role.ADMIN) return;
    if (user.role === Role.LECTURER && ((await this.access.teaches(user, session)) || (await this.access.teachesClass(user, session.trainingClass.id)))) return;
    throw forbidden(what);
  }

  private async scopeOf(user: AuthUser, classId: string, session: LoadedSession | null): Promise<Scope> {
    switch (user.role) {
      case Role.ADMIN:
        return { all: true };
      case Role.LECTURER:
        if ((session && (await this.access.teaches(user, session))) || (await this.access.teachesClass(user, classId))) return { all: true };
        throw forbidden('reading the attendance of a class you do not teach');
      case Role.COORDINATOR:
        if (!user.communeId) throw forbidden('reading attendance');
        return { communeId: user.communeId };
      case Role.TRAINEE:
        if (!user.officialId) throw forbidden('reading attendance');
        return { officialId: user.officialId };
    }
  }

  private async enrolled(scope: Scope, classId: string): Promise<AttendanceRowView['official'][]> {
    const where =
      'all' in scope ? {} : 'communeId' in scope ? { official: { commune: scope.communeId } } : { official: scope.officialId };
    const rows = await this.em
      .fork()
      .find(Enrollment, { trainingClass: classId, status: EnrollmentStatus.ENROLLED, ...where }, { populate: ['official.commune'] });
    return rows
      .map((e) => e.official)
      .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id))
      .map((o) => ({ id: o.id, fullName: o.fullName, communeName: o.commune.name }));
  }

  /** The merged rows of each session, for the enrolled officials in scope, in name order. */
  private async rows(scope: Scope, classId: string, sessions: LoadedSession[]): Promise<Map<string, AttendanceRowView[]>> {
    const em = this.em.fork();
    const officials = await this.enrolled(scope, classId);
    const result = new Map<string, AttendanceRowView[]>();
    if (!sessions.length) return result;
    const officialIds = officials.map((o) => o.id);
    const sessionIds = sessions.map((s) => s.id);
    const users = officialIds.length ? await em.find(User, { official: { $in: officialIds } }) : [];
    const userOf = new Map(users.map((u) => [u.official!.id, u.id]));
    const userIds = users.map((u) => u.id);
    const intervals = userIds.length ? await em.find(AttendanceInterval, { session: { $in: sessionIds }, user: { $in: userIds } }) : [];
    const checkins = userIds.length ? await em.find(AttendanceCheckin, { session: { $in: sessionIds }, user: { $in: userIds } }) : [];
    const corrections = officialIds.length
      ? await em.find(
          AttendanceCorrection,
          { session: { $in: sessionIds }, official: { $in: officialIds } },
          { populate: ['correctedBy'], orderBy: { createdAt: 'desc', id: 'desc' } },
        )
      : [];
    const now = new Date();
    for (const s of sessions) {
      const list: AttendanceRowView[] = [];
      for (const o of officials) {
        const userId = userOf.get(o.id);
        const live = userId ? intervals.filter((i) => i.session.id === s.id && i.user.id === userId) : [];
        const checkin = userId ? checkins.find((c) => c.session.id === s.id && c.user.id === userId) : undefined;
        const mine = corrections.filter((c) => c.session.id === s.id && c.official.id === o.id).map(correctionView);
        const merged = mergeAttendance({
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          live: live.map((i) => ({ joinedAt: i.joinedAt, lastSeenAt: i.lastSeenAt, leftAt: i.leftAt ?? null })),
          checkedInAt: checkin?.checkedInAt ?? null,
          correction: mine[0] ?? null,
          minPresencePercent: this.config.attendance.minPresencePercent,
          now,
        });
        list.push({
          official: o,
          minutes: merged.minutes,
          percent: merged.percent,
          present: merged.present,
          inProgress: merged.inProgress,
          sources: merged.sources,
          intervals: merged.spans,
          checkedInAt: checkin?.checkedInAt ?? null,
          correction: mine[0] ?? null,
          corrections: mine,
        });
      }
      result.set(s.id, list);
    }
    return result;
  }
}

function sessionInfo(s: LoadedSession): SessionInfoView {
  return {
    id: s.id,
    classId: s.trainingClass.id,
    classCode: s.trainingClass.code,
    classTitle: s.trainingClass.title,
    topicTitle: s.topic.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room ?? null,
  };
}

function correctionView(c: AttendanceCorrection): CorrectionView {
  return {
    id: c.id,
    present: c.present,
    minutes: c.minutes ?? null,
    reason: c.reason,
    correctedById: c.correctedBy.id,
    correctedByName: c.correctedBy.displayName,
    createdAt: c.createdAt,
  };
}

const codeInvalid = () => new AppError(ErrorCode.AttendanceCodeInvalid, 'This is not a valid check-in code for a session.');
