import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { transactionalUnique } from '../database/unique';
import { Injectable } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, type FieldReason, forbidden, ValidationError } from '../common/errors';
import { isUuid } from '../geo/geo.service';
import { Program, ProgramTopic } from '../programs/program.entity';
import { isPracticeKind } from '../programs/program.enums';
import { type ProgramTopicView, type ProgramView, view as programView } from '../programs/programs.service';
import { User } from '../users/user.entity';
import { ClassLecturer, ClassSession, TrainingClass } from './class.entity';
import { SessionMode } from './class.enums';
import { capacityWarning, CLASS_LIMITS, dayCount, type SessionDraft, validateClassFields, validateSession } from './class.validation';
import type {
  ClassFilterInput,
  ClassLecturerInput,
  ClassSessionInput,
  CreateClassInput,
  UpdateClassInput,
  UpdateClassSessionInput,
} from './dto/class.input';
import type { LecturerKind } from './class.enums';

export interface LecturerView {
  id: string;
  displayName: string;
}

export interface ClassSessionView {
  id: string;
  topic: ProgramTopicView;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  room: string | null;
  lecturer: LecturerView;
}

export interface ClassView {
  id: string;
  code: string;
  title: string;
  program: ProgramView;
  startDate: string;
  endDate: string;
  dayCount: number;
  venue: string;
  deliveryFormat: TrainingClass['deliveryFormat'];
  capacity: number;
  capacityWarning: boolean;
  lecturers: { id: string; user: LecturerView; kind: LecturerKind }[];
  sessions: ClassSessionView[];
  sessionCount: number;
  createdAt: Date;
  updatedAt: Date;
}

const POPULATE = ['program.topics', 'lecturers.user', 'sessions.topic', 'sessions.lecturer'] as const;

/**
 * Sessions of every class are checked against each other (a lecturer or a room cannot be in two places), so session
 * writes take one transaction-scoped advisory lock: two admins booking the same slot at once cannot both succeed.
 */
const SESSION_LOCK = 0x6c6f7021;

/**
 * Classes (lớp), their lecturers and timetables. Every signed-in user reads classes; only administrators write.
 * Multi-row changes run in one transaction and validate everything before writing, so a refusal writes nothing.
 */
@Injectable()
export class ClassesService {
  constructor(private readonly em: EntityManager) {}

  /** Classes matching the filter, earliest first. */
  async list(_user: AuthUser, filter: ClassFilterInput | null | undefined): Promise<ClassView[]> {
    const where: FilterQuery<TrainingClass> = {};
    if (filter?.programId) {
      if (!isUuid(filter.programId)) return [];
      where.program = filter.programId;
    }
    if (filter?.year != null) {
      if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100) throw new ValidationError({ year: 'out_of_range' });
      where.startDate = { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` };
    }
    if (filter?.lecturerId) {
      if (!isUuid(filter.lecturerId)) return [];
      // Filtering through the collection would also trim the populated lecturers, so select the ids first.
      const ids = await this.em.find(ClassLecturer, { user: filter.lecturerId }, { fields: ['trainingClass'] });
      where.id = { $in: ids.map((l) => l.trainingClass.id) };
    }
    const classes = await this.em.find(TrainingClass, where, { populate: POPULATE, orderBy: { startDate: 'asc', code: 'asc' } });
    return classes.map(classView);
  }

  async get(_user: AuthUser, id: string): Promise<ClassView> {
    return classView(await this.findClass(this.em, id));
  }

  /** Every active LECTURER account, for pickers (administrators and lecturers). */
  async lecturers(user: AuthUser): Promise<LecturerView[]> {
    if (user.role !== Role.ADMIN && user.role !== Role.LECTURER) throw forbidden('listing lecturers');
    const users = await this.em.find(User, { role: Role.LECTURER, active: true });
    return users.map(lecturerView).sort(byName);
  }

  async create(user: AuthUser, input: CreateClassInput): Promise<ClassView> {
    assertAdmin(user);
    const errors: Record<string, FieldReason> = {};
    const clean = validateClassFields(errors, input, 'create');
    const lecturers = input.lecturers ?? [];
    if (lecturers.length > CLASS_LIMITS.lecturers) errors.lecturers = 'too_long';
    if (new Set(lecturers.map((l) => l.userId)).size !== lecturers.length) errors.lecturers = 'invalid_value';
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const id = await transactionalUnique(this.em, 'code', async (tx) => {
      const program = await this.findProgram(tx, input.programId);
      await this.assertCodeFree(tx, clean.code!);
      const users = await this.lecturerUsers(tx, lecturers, 'lecturers');
      const c = new TrainingClass({ program, code: clean.code!, title: clean.title!, startDate: clean.startDate!, endDate: clean.endDate! });
      if (clean.venue) c.venue = clean.venue;
      if (clean.deliveryFormat) c.deliveryFormat = clean.deliveryFormat;
      if (clean.capacity !== undefined) c.capacity = clean.capacity;
      lecturers.forEach((l, i) => c.lecturers.add(new ClassLecturer(c, users[i]!, l.kind)));
      tx.persist(c);
      return c.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, input: UpdateClassInput): Promise<ClassView> {
    assertAdmin(user);
    await transactionalUnique(this.em, 'code', async (tx) => {
      await lockSessions(tx);
      const c = await this.findClass(tx, id);
      const errors: Record<string, FieldReason> = {};
      const clean = validateClassFields(errors, input, 'update', c);
      const sessions = c.sessions.getItems();
      let program: Program | undefined;
      if (input.programId !== undefined) {
        if (input.programId === null) errors.programId = 'required';
        else if (input.programId !== c.program.id) {
          if (sessions.length) errors.programId = 'in_use';
          else program = await this.findProgram(tx, input.programId);
        }
      }
      const start = clean.startDate ?? c.startDate;
      const end = clean.endDate ?? c.endDate;
      if (!errors.startDate && !errors.endDate && (start !== c.startDate || end !== c.endDate)) {
        // Moving the dates must not strand a session outside them.
        const outside = sessions.some((s) => {
          const e: Record<string, FieldReason> = {};
          validateSession(e, draftOf(s), { startDate: start, endDate: end, topicIds: ANY, lecturerIds: ANY });
          return e.startsAt || e.endsAt;
        });
        if (outside) errors[clean.startDate !== undefined && clean.startDate !== c.startDate ? 'startDate' : 'endDate'] = 'in_use';
      }
      if (Object.keys(errors).length) throw new ValidationError(errors);
      if (clean.code !== undefined && clean.code !== c.code) await this.assertCodeFree(tx, clean.code);
      if (clean.venue !== undefined && clean.venue !== c.venue) {
        // The same room name at another venue is another room: re-check the timetable there.
        for (const s of sessions) if (s.room) await this.assertRoomFree(tx, clean.venue, s.room, s.startsAt, s.endsAt, s.id);
      }
      if (program) c.program = program;
      if (clean.code !== undefined) c.code = clean.code;
      if (clean.title !== undefined) c.title = clean.title;
      if (clean.startDate !== undefined) c.startDate = clean.startDate;
      if (clean.endDate !== undefined) c.endDate = clean.endDate;
      if (clean.venue !== undefined) c.venue = clean.venue;
      if (clean.deliveryFormat !== undefined) c.deliveryFormat = clean.deliveryFormat;
      if (clean.capacity !== undefined) c.capacity = clean.capacity;
      return c.id;
    });
    return this.get(user, id);
  }

  /** Deletes a class with its lecturers and timetable. */
  async delete(user: AuthUser, id: string): Promise<boolean> {
    assertAdmin(user);
    await this.em.transactional(async (tx) => {
      tx.remove(await this.findClass(tx, id));
    });
    return true;
  }

  /** Assigns a lecturer, or changes the kind of one already assigned. */
  async assignLecturer(user: AuthUser, classId: string, input: ClassLecturerInput): Promise<ClassView> {
    assertAdmin(user);
    await this.em.transactional(async (tx) => {
      const c = await this.findClass(tx, classId);
      const [u] = await this.lecturerUsers(tx, [input], 'userId');
      const existing = c.lecturers.getItems().find((l) => l.user.id === u!.id);
      if (existing) existing.kind = input.kind;
      else c.lecturers.add(new ClassLecturer(c, u!, input.kind));
      touch(c);
    });
    return this.get(user, classId);
  }

  /** Removes a lecturer who teaches none of the class's sessions. */
  async removeLecturer(user: AuthUser, classId: string, userId: string): Promise<ClassView> {
    assertAdmin(user);
    await this.em.transactional(async (tx) => {
      const c = await this.findClass(tx, classId);
      const assignment = c.lecturers.getItems().find((l) => l.user.id === userId);
      if (!assignment) throw new ValidationError({ userId: 'invalid_value' });
      if (c.sessions.getItems().some((s) => s.lecturer.id === userId)) throw new ValidationError({ userId: 'in_use' });
      c.lecturers.remove(assignment);
      touch(c);
    });
    return this.get(user, classId);
  }

  async addSession(user: AuthUser, classId: string, input: ClassSessionInput): Promise<ClassView> {
    assertAdmin(user);
    await this.em.transactional(async (tx) => {
      await lockSessions(tx);
      const c = await this.findClass(tx, classId);
      const s = await this.checkSession(tx, c, { ...input, room: input.room ?? null });
      c.sessions.add(
        Object.assign(
          new ClassSession({
            trainingClass: c,
            topic: tx.getReference(ProgramTopic, s.topicId),
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            mode: s.mode,
            lecturer: tx.getReference(User, s.lecturerId),
          }),
          { room: s.room },
        ),
      );
      touch(c);
    });
    return this.get(user, classId);
  }

  async updateSession(user: AuthUser, sessionId: string, input: UpdateClassSessionInput): Promise<ClassView> {
    assertAdmin(user);
    const classId = await this.classOfSession(sessionId);
    await this.em.transactional(async (tx) => {
      await lockSessions(tx);
      const c = await this.findClass(tx, classId);
      const session = c.sessions.getItems().find((x) => x.id === sessionId);
      if (!session) throw sessionNotFound(sessionId);
      const nulls = (['topicId', 'startsAt', 'endsAt', 'mode', 'lecturerId'] as const).filter((k) => input[k] === null);
      if (nulls.length) throw new ValidationError(Object.fromEntries(nulls.map((k) => [k, 'required' as const])));
      const current = draftOf(session);
      const s = await this.checkSession(
        tx,
        c,
        {
          topicId: input.topicId ?? current.topicId,
          startsAt: input.startsAt ?? current.startsAt,
          endsAt: input.endsAt ?? current.endsAt,
          mode: input.mode ?? current.mode,
          room: input.room !== undefined ? input.room : current.room,
          lecturerId: input.lecturerId ?? current.lecturerId,
        },
        session.id,
      );
      session.topic = tx.getReference(ProgramTopic, s.topicId);
      session.startsAt = s.startsAt;
      session.endsAt = s.endsAt;
      session.mode = s.mode;
      session.room = s.room;
      session.lecturer = tx.getReference(User, s.lecturerId);
      touch(c);
    });
    return this.get(user, classId);
  }

  async removeSession(user: AuthUser, sessionId: string): Promise<ClassView> {
    assertAdmin(user);
    const classId = await this.classOfSession(sessionId);
    await this.em.transactional(async (tx) => {
      const c = await this.findClass(tx, classId);
      const session = c.sessions.getItems().find((x) => x.id === sessionId);
      if (!session) throw sessionNotFound(sessionId);
      c.sessions.remove(session);
      touch(c);
    });
    return this.get(user, classId);
  }

  /** Field checks first (all reported together), then the double bookings across every class. */
  private async checkSession(tx: EntityManager, c: TrainingClass, draft: SessionDraft, selfId?: string): Promise<SessionDraft> {
    const errors: Record<string, FieldReason> = {};
    const s = validateSession(errors, draft, {
      startDate: c.startDate,
      endDate: c.endDate,
      topicIds: new Set(c.program.topics.getItems().map((t) => t.id)),
      lecturerIds: new Set(c.lecturers.getItems().map((l) => l.user.id)),
    });
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const clash = await tx.findOne(
      ClassSession,
      { lecturer: s.lecturerId, startsAt: { $lt: s.endsAt }, endsAt: { $gt: s.startsAt }, ...(selfId ? { id: { $ne: selfId } } : {}) },
      { populate: ['trainingClass'], orderBy: { startsAt: 'asc' } },
    );
    if (clash) {
      throw new AppError(
        ErrorCode.ClassLecturerDoubleBooked,
        `The lecturer already teaches class ${clash.trainingClass.code} from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}.`,
        { clash: clashOf(clash) },
      );
    }
    if (s.room) await this.assertRoomFree(tx, c.venue, s.room, s.startsAt, s.endsAt, selfId);
    return s;
  }

  private async assertRoomFree(tx: EntityManager, venue: string, room: string, startsAt: Date, endsAt: Date, selfId?: string) {
    const clash = await tx.findOne(
      ClassSession,
      {
        room,
        trainingClass: { venue },
        startsAt: { $lt: endsAt },
        endsAt: { $gt: startsAt },
        ...(selfId ? { id: { $ne: selfId } } : {}),
      },
      { populate: ['trainingClass'], orderBy: { startsAt: 'asc' } },
    );
    if (clash) {
      throw new AppError(
        ErrorCode.ClassRoomDoubleBooked,
        `Room ${room} is taken by class ${clash.trainingClass.code} from ${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}.`,
        { clash: clashOf(clash) },
      );
    }
  }

  /** The users named by `items`, in order; each must be an active LECTURER account. */
  private async lecturerUsers(tx: EntityManager, items: { userId: string }[], field: string): Promise<User[]> {
    const ids = items.map((i) => i.userId);
    if (!ids.every(isUuid)) throw new ValidationError({ [field]: 'invalid_value' });
    const users = ids.length ? await tx.find(User, { id: { $in: ids }, role: Role.LECTURER, active: true }) : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    if (!ids.every((id) => byId.has(id))) throw new ValidationError({ [field]: 'invalid_value' });
    return ids.map((id) => byId.get(id)!);
  }

  private async classOfSession(sessionId: string): Promise<string> {
    const s = isUuid(sessionId) ? await this.em.findOne(ClassSession, { id: sessionId }, { fields: ['trainingClass'] }) : null;
    if (!s) throw sessionNotFound(sessionId);
    return s.trainingClass.id;
  }

  private async findClass(em: EntityManager, id: string): Promise<TrainingClass> {
    const c = isUuid(id) ? await em.findOne(TrainingClass, { id }, { populate: POPULATE }) : null;
    if (!c) throw new AppError(ErrorCode.ClassNotFound, `No class with id ${id}.`);
    return c;
  }

  private async findProgram(em: EntityManager, id: string): Promise<Program> {
    const p = isUuid(id) ? await em.findOne(Program, { id }) : null;
    if (!p) throw new ValidationError({ programId: 'invalid_value' });
    return p;
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if ((await em.count(TrainingClass, { code })) > 0) throw new ValidationError({ code: 'taken' });
  }

}

const ANY: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

async function lockSessions(tx: EntityManager): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?)', [SESSION_LOCK]);
}

function assertAdmin(user: AuthUser): void {
  if (user.role !== Role.ADMIN) throw forbidden('changing classes');
}

/** Lecturer and timetable changes count as changes of the class. */
const touch = (c: TrainingClass) => (c.updatedAt = new Date());

const sessionNotFound = (id: string) => new AppError(ErrorCode.ClassSessionNotFound, `No class session with id ${id}.`);

/** What the web needs to name the other booking: "lớp NA-2026-L02, 07:30–11:30 ngày 12/1/2026". */
function clashOf(s: ClassSession) {
  return {
    classId: s.trainingClass.id,
    classCode: s.trainingClass.code,
    classTitle: s.trainingClass.title,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    room: s.room ?? null,
  };
}

function draftOf(s: ClassSession): SessionDraft {
  return { topicId: s.topic.id, startsAt: s.startsAt, endsAt: s.endsAt, mode: s.mode, room: s.room ?? null, lecturerId: s.lecturer.id };
}

const lecturerView = (u: User): LecturerView => ({ id: u.id, displayName: u.displayName });
const byName = (a: { displayName: string }, b: { displayName: string }) => a.displayName.localeCompare(b.displayName, 'vi');

function topicView(t: ProgramTopic): ProgramTopicView {
  return {
    id: t.id,
    position: t.position,
    title: t.title,
    kind: t.kind,
    hours: Number(t.hours),
    isPractice: isPracticeKind(t.kind),
    targetGroupCodes: t.targetGroupCodes,
  };
}

export function classView(c: TrainingClass): ClassView {
  const sessions = [...c.sessions.getItems()]
    // Time order; sessions starting together list the shorter first, then a stable tie-break.
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime() || a.id.localeCompare(b.id))
    .map((s) => ({
      id: s.id,
      topic: topicView(s.topic),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      mode: s.mode,
      room: s.room ?? null,
      lecturer: lecturerView(s.lecturer),
    }));
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    program: programView(c.program),
    startDate: c.startDate,
    endDate: c.endDate,
    dayCount: dayCount(c.startDate, c.endDate),
    venue: c.venue,
    deliveryFormat: c.deliveryFormat,
    capacity: c.capacity,
    capacityWarning: capacityWarning(c.capacity),
    lecturers: c.lecturers
      .getItems()
      .map((l) => ({ id: l.id, user: lecturerView(l.user), kind: l.kind }))
      .sort((a, b) => byName(a.user, b.user)),
    sessions,
    sessionCount: sessions.length,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
