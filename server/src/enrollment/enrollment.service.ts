import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, forbidden } from '../common/errors';
import { TrainingClass } from '../classes/class.entity';
import { type ClassView, ClassesService } from '../classes/classes.service';
import { isUuid } from '../geo/geo.service';
import { SessionAccessService } from '../live/session-access.service';
import { Official } from '../officials/official.entity';
import { Enrollment } from './enrollment.entity';
import { EnrollmentStatus } from './enrollment.enums';

export interface EnrollmentView {
  id: string;
  classId: string;
  official: { id: string; fullName: string; communeName: string };
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  enrolledAt: Date | null;
  withdrawnAt: Date | null;
}

export interface WithdrawalView {
  withdrawn: EnrollmentView;
  promoted: EnrollmentView | null;
}

export interface MyClassView {
  trainingClass: ClassView;
  status: EnrollmentStatus;
  waitlistPosition: number | null;
}

const STATUS_ORDER: Record<EnrollmentStatus, number> = { ENROLLED: 0, WAITLISTED: 1, WITHDRAWN: 2 };

/**
 * Enrolment of officials into classes, one by one. A class holds `capacity` seats; beyond them officials join an
 * ordered waitlist, and a freed seat goes to the first in line in the same transaction. Every write locks the class
 * row (`select … for update`) first, so two concurrent enrolments cannot overfill a class or share a waitlist place.
 */
@Injectable()
export class EnrollmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly classes: ClassesService,
    private readonly access: SessionAccessService,
  ) {}

  /**
   * A class's enrolments (administrators: all; lecturers: all, of classes they teach only; coordinators: their
   * commune's officials only). The class list holds trainees' personal data, so a lecturer of another class is refused.
   */
  async classEnrollments(user: AuthUser, classId: string): Promise<EnrollmentView[]> {
    if (user.role === Role.TRAINEE) throw forbidden('reading class enrolments');
    if (user.role === Role.COORDINATOR && !user.communeId) throw forbidden('reading class enrolments');
    if (!isUuid(classId) || (await this.em.count(TrainingClass, { id: classId })) === 0) throw classNotFound(classId);
    // The same rule as the class's attendance grid: a class lecturer, or the lecturer of one of its sessions.
    if (user.role === Role.LECTURER && !(await this.access.teachesClass(user, classId))) {
      throw forbidden('reading the enrolments of a class you do not teach');
    }
    const rows = await this.em.find(
      Enrollment,
      user.role === Role.COORDINATOR ? { trainingClass: classId, official: { commune: user.communeId! } } : { trainingClass: classId },
      { populate: ['official.commune'] },
    );
    return rows
      .sort(
        (a, b) =>
          STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
          (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
          a.official.sortKey.localeCompare(b.official.sortKey),
      )
      .map(view);
  }

  /** The classes the signed-in trainee's official is enrolled or waitlisted in, earliest first (trainees). */
  async myClasses(user: AuthUser): Promise<MyClassView[]> {
    if (user.role !== Role.TRAINEE) throw forbidden('listing a trainee’s classes');
    if (!user.officialId) return [];
    const rows = await this.em.find(Enrollment, {
      official: user.officialId,
      status: { $in: [EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED] },
    });
    const result: MyClassView[] = [];
    for (const e of rows) {
      result.push({ trainingClass: await this.classes.get(user, e.trainingClass.id), status: e.status, waitlistPosition: e.waitlistPosition ?? null });
    }
    return result.sort((a, b) => a.trainingClass.startDate.localeCompare(b.trainingClass.startDate) || a.trainingClass.code.localeCompare(b.trainingClass.code));
  }

  /** Seats taken and waitlist length of one class. */
  async counts(classId: string): Promise<{ enrolled: number; waitlisted: number }> {
    const rows: { status: EnrollmentStatus; n: string }[] = await this.em.execute(
      `select status, count(*) as n from enrollment where training_class_id = ? and status <> 'WITHDRAWN' group by status`,
      [classId],
    );
    const n = (s: EnrollmentStatus) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { enrolled: n(EnrollmentStatus.ENROLLED), waitlisted: n(EnrollmentStatus.WAITLISTED) };
  }

  /**
   * Enrols an official (administrators): a seat while the class has one, else the end of the waitlist. A withdrawn
   * official can be enrolled again; one already enrolled or waitlisted is refused with `enrollment/already_enrolled`.
   */
  async enroll(user: AuthUser, classId: string, officialId: string): Promise<EnrollmentView> {
    assertAdmin(user);
    if (!isUuid(classId)) throw classNotFound(classId);
    if (!isUuid(officialId)) throw officialNotFound(officialId);
    const id = await this.em.transactional(async (tx) => (await this.placeInClass(tx, classId, officialId)).id);
    return this.get(id);
  }

  /**
   * The enrolment step itself, inside the caller's transaction (no access check: callers check first). Used by
   * `enroll` and by approved nominations, so both follow the same seat-then-waitlist rule under the class lock.
   */
  async placeInClass(tx: EntityManager, classId: string, officialId: string): Promise<Enrollment> {
    const capacity = await lockClass(tx, classId);
    const official = await tx.findOne(Official, { id: officialId });
    if (!official) throw officialNotFound(officialId);
    // Seats freed earlier (e.g. a raised capacity) go to those already waiting before anyone new.
    await fillSeats(tx, classId, capacity);
    let e = await tx.findOne(Enrollment, { trainingClass: classId, official: officialId });
    if (e && e.status !== EnrollmentStatus.WITHDRAWN) {
      throw new AppError(ErrorCode.EnrollmentAlreadyEnrolled, `The official is already ${e.status.toLowerCase()} in this class.`, {
        enrollmentId: e.id,
        status: e.status,
      });
    }
    const enrolled = await tx.count(Enrollment, { trainingClass: classId, status: EnrollmentStatus.ENROLLED });
    const waiting = await tx.count(Enrollment, { trainingClass: classId, status: EnrollmentStatus.WAITLISTED });
    const now = new Date();
    if (!e) {
      e = new Enrollment(tx.getReference(TrainingClass, classId), official, EnrollmentStatus.ENROLLED);
      tx.persist(e);
    }
    e.requestedAt = now;
    e.withdrawnAt = null;
    if (enrolled < capacity) {
      e.status = EnrollmentStatus.ENROLLED;
      e.enrolledAt = now;
      e.waitlistPosition = null;
    } else {
      e.status = EnrollmentStatus.WAITLISTED;
      e.enrolledAt = null;
      e.waitlistPosition = waiting + 1;
    }
    await tx.flush();
    return e;
  }

  /**
   * Withdraws an enrolment (administrators). When it freed a seat, the first official on the waitlist is promoted to
   * it in the same transaction and returned as `promoted`; the rest of the line moves up one place.
   */
  async withdraw(user: AuthUser, enrollmentId: string): Promise<WithdrawalView> {
    assertAdmin(user);
    const found = isUuid(enrollmentId) ? await this.em.fork().findOne(Enrollment, { id: enrollmentId }) : null;
    if (!found) throw enrollmentNotFound(enrollmentId);
    const classId = found.trainingClass.id;
    const promotedId = await this.em.transactional(async (tx) => {
      const capacity = await lockClass(tx, classId);
      // Read again under the lock: another withdrawal may have won the race.
      const e = await tx.findOne(Enrollment, { id: enrollmentId }, { refresh: true });
      if (!e) throw enrollmentNotFound(enrollmentId);
      if (e.status === EnrollmentStatus.WITHDRAWN) {
        throw new AppError(ErrorCode.EnrollmentAlreadyWithdrawn, 'This enrolment was already withdrawn.');
      }
      e.status = EnrollmentStatus.WITHDRAWN;
      e.withdrawnAt = new Date();
      e.waitlistPosition = null;
      await tx.flush();
      const promoted = await fillSeats(tx, classId, capacity);
      return promoted[0]?.id ?? null;
    });
    return { withdrawn: await this.get(enrollmentId), promoted: promotedId ? await this.get(promotedId) : null };
  }

  private async get(id: string): Promise<EnrollmentView> {
    const e = await this.em.fork().findOneOrFail(Enrollment, { id }, { populate: ['official.commune'] });
    return view(e);
  }
}

/** Locks the class row for the rest of the transaction and returns its capacity. */
async function lockClass(tx: EntityManager, classId: string): Promise<number> {
  const rows: { capacity: number }[] = await tx.execute('select capacity from training_class where id = ? for update', [classId]);
  if (!rows.length) throw classNotFound(classId);
  return Number(rows[0]!.capacity);
}

/** Promotes waitlisted officials, first in line first, into free seats and renumbers the rest 1..n; returns the promoted. */
async function fillSeats(tx: EntityManager, classId: string, capacity: number): Promise<Enrollment[]> {
  const enrolled = await tx.count(Enrollment, { trainingClass: classId, status: EnrollmentStatus.ENROLLED });
  const waiting = await tx.find(
    Enrollment,
    { trainingClass: classId, status: EnrollmentStatus.WAITLISTED },
    { orderBy: { waitlistPosition: 'asc', requestedAt: 'asc' }, refresh: true },
  );
  const promoted = waiting.slice(0, Math.max(0, capacity - enrolled));
  const now = new Date();
  for (const e of promoted) {
    e.status = EnrollmentStatus.ENROLLED;
    e.enrolledAt = now;
    e.waitlistPosition = null;
  }
  waiting.slice(promoted.length).forEach((e, i) => (e.waitlistPosition = i + 1));
  await tx.flush();
  return promoted;
}

function view(e: Enrollment): EnrollmentView {
  return {
    id: e.id,
    classId: e.trainingClass.id,
    official: { id: e.official.id, fullName: e.official.fullName, communeName: e.official.commune.name },
    status: e.status,
    waitlistPosition: e.waitlistPosition ?? null,
    enrolledAt: e.enrolledAt ?? null,
    withdrawnAt: e.withdrawnAt ?? null,
  };
}

function assertAdmin(user: AuthUser): void {
  if (user.role !== Role.ADMIN) throw forbidden('changing enrolments');
}

const classNotFound = (id: string) => new AppError(ErrorCode.ClassNotFound, `No class with id ${id}.`);
const officialNotFound = (id: string) => new AppError(ErrorCode.OfficialNotFound, `No official with id ${id}.`);
const enrollmentNotFound = (id: string) => new AppError(ErrorCode.EnrollmentNotFound, `No enrolment with id ${id}.`);
