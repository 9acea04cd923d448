import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { AppError, ErrorCode, type FieldReason, forbidden, ValidationError } from '../common/errors';
import { cleanText } from '../common/text';
import { ClassLecturer, TrainingClass } from '../classes/class.entity';
import { localDate } from '../classes/class.validation';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { Commune } from '../geo/commune.entity';
import { GeoService, isUuid } from '../geo/geo.service';
import { Official } from '../officials/official.entity';
import { User } from '../users/user.entity';
import type { NominationQuotaInput } from './dto/nomination.input';
import { Nomination, NominationQuota } from './nomination.entity';
import { NominationStatus } from './nomination.enums';

export interface NominationView {
  id: string;
  classId: string;
  classCode: string;
  official: { id: string; fullName: string; communeName: string };
  communeId: string;
  communeName: string;
  status: NominationStatus;
  note: string | null;
  nominatedAt: Date;
  nominatedByName: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  rejectReason: string | null;
  enrollmentStatus: EnrollmentStatus | null;
  waitlistPosition: number | null;
}

export interface CommuneQuotaView {
  communeId: string;
  communeName: string;
  quota: number | null;
  used: number;
  left: number | null;
}

export interface ClassQuotasView {
  classId: string;
  capacity: number;
  quotaTotal: number;
  exceedsCapacity: boolean;
  communes: CommuneQuotaView[];
}

export interface CommuneClassNominationsView {
  trainingClass: { id: string; code: string; title: string; startDate: string; endDate: string; venue: string; capacity: number };
  open: boolean;
  quota: CommuneQuotaView;
  nominations: NominationView[];
}

/** Most officials one call may nominate, approve or reject; a commune rarely sends more than a class holds. */
export const NOMINATION_BATCH_MAX = 200;
const TEXT_MAX = 500;
const QUOTA_MAX = 500;
const ACTIVE = [NominationStatus.PENDING, NominationStatus.APPROVED];

/**
 * Đề cử: communes nominate their officials for classes within an optional per-commune quota, administrators approve
 * (which enrols through `EnrollmentService.placeInClass`, so capacity and the waitlist apply) or reject. A commune's
 * quota use counts its officials with a pending or approved nomination or a seat/waitlist place in the class, each
 * once. Every write locks the class row first (the same lock enrolment takes), so concurrent nominations from one
 * commune cannot overrun its quota.
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly enrollment: EnrollmentService,
    private readonly geo: GeoService,
  ) {}

  /** A class's nominations (administrators: all; lecturers: classes they teach; coordinators: their commune's). */
  async classNominations(user: AuthUser, classId: string, status?: NominationStatus | null, communeId?: string | null): Promise<NominationView[]> {
    await this.assertCanReadClass(user, classId);
    if (user.role === Role.COORDINATOR) {
      if (communeId && communeId !== user.communeId) throw forbidden('reading nominations of another commune');
      communeId = user.communeId;
    }
    if (communeId && !isUuid(communeId)) return [];
    const rows = await this.em.find(
      Nomination,
      { trainingClass: classId, ...(status ? { status } : {}), ...(communeId ? { commune: communeId } : {}) },
      { populate: ['official', 'commune', 'nominatedBy', 'decidedBy', 'trainingClass'] },
    );
    return this.views(rows);
  }

  /** Quotas and their use per commune (coordinators: only their commune's row, present even without a quota). */
  async quotas(user: AuthUser, classId: string): Promise<ClassQuotasView> {
    await this.assertCanReadClass(user, classId);
    return this.quotasOf(this.em, classId, user.role === Role.COORDINATOR ? user.communeId : null);
  }

  /**
   * Sets or clears quotas of a class (administrators): `quota: null` clears. All quotas of a class lie in one province.
   * The sum may exceed the capacity (approval then waitlists the surplus): `exceedsCapacity` says so.
   */
  async setQuotas(user: AuthUser, classId: string, input: NominationQuotaInput[]): Promise<ClassQuotasView> {
    if (user.role !== Role.ADMIN) throw forbidden('setting nomination quotas');
    const errors: Record<string, FieldReason> = {};
    if (input.length > NOMINATION_BATCH_MAX) errors.quotas = 'too_long';
    const seen = new Set<string>();
    const communes: (Awaited<ReturnType<GeoService['commune']>> | null)[] = [];
    for (const [i, q] of input.entries()) {
      let c = null;
      if (seen.has(q.communeId)) errors[`quotas.${i}.communeId`] = 'invalid_value';
      seen.add(q.communeId);
      try {
        c = await this.geo.commune(q.communeId);
      } catch {
        errors[`quotas.${i}.communeId`] = 'invalid_value';
      }
      communes.push(c);
      if (q.quota != null && (!Number.isInteger(q.quota) || q.quota < 1 || q.quota > QUOTA_MAX)) errors[`quotas.${i}.quota`] = 'out_of_range';
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await this.em.transactional(async (tx) => {
      await lockClass(tx, classId);
      const existing = await tx.find(NominationQuota, { trainingClass: classId }, { populate: ['commune'] });
      // The class's province is the one its quotas already lie in; a first batch sets it.
      const province = existing.find((q) => !seen.has(q.commune.id))?.commune.province.id ?? communes.find((c) => c)?.provinceId;
      communes.forEach((c, i) => {
        if (c && input[i]!.quota != null && c.provinceId !== province) errors[`quotas.${i}.communeId`] = 'invalid_value';
      });
      if (Object.keys(errors).length) throw new ValidationError(errors);
      for (const q of input) {
        const row = existing.find((e) => e.commune.id === q.communeId);
        if (q.quota == null) {
          if (row) tx.remove(row);
        } else if (row) row.quota = q.quota;
        else tx.persist(new NominationQuota(tx.getReference(TrainingClass, classId), tx.getReference(Commune, q.communeId), q.quota));
      }
      await tx.flush();
    });
    return this.quotasOf(this.em, classId, null);
  }

  /**
   * Nominates officials for a class, all or none (coordinators: their commune's officials; administrators: any).
   * Refused when an official is of another commune, already nominated or placed, the class has ended, or a
   * commune's quota would be exceeded.
   */
  async nominate(user: AuthUser, classId: string, officialIds: string[], rawNote?: string | null): Promise<NominationView[]> {
    assertNominator(user);
    const errors: Record<string, FieldReason> = {};
    if (!officialIds.length) errors.officialIds = 'required';
    else if (officialIds.length > NOMINATION_BATCH_MAX) errors.officialIds = 'too_long';
    else if (new Set(officialIds).size !== officialIds.length) errors.officialIds = 'invalid_value';
    const note = rawNote == null ? null : cleanText(rawNote) || null;
    if (note && note.length > TEXT_MAX) errors.note = 'too_long';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const bad = officialIds.find((id) => !isUuid(id));
    if (bad) throw officialNotFound(bad);
    const ids = await this.em.transactional(async (tx) => {
      const cls = await lockClass(tx, classId);
      assertOpen(cls);
      const officials = await tx.find(Official, { id: { $in: officialIds } }, { populate: ['commune'] });
      const missing = officialIds.find((id) => !officials.some((o) => o.id === id));
      if (missing) throw officialNotFound(missing);
      if (user.role === Role.COORDINATOR) {
        const foreign = officials.filter((o) => o.commune.id !== user.communeId);
        if (foreign.length) {
          throw new AppError(ErrorCode.NominationForbiddenCommune, `Coordinators nominate only officials of their own commune: ${names(foreign)}.`, {
            officialIds: foreign.map((o) => o.id),
          });
        }
      }
      const inactive = officials.filter((o) => !o.active);
      if (inactive.length) throw new ValidationError({ officialIds: 'invalid_value' });
      const existing = await tx.find(Nomination, { trainingClass: classId, official: { $in: officialIds } });
      const placed = await tx.find(Enrollment, { trainingClass: classId, official: { $in: officialIds }, status: { $ne: EnrollmentStatus.WITHDRAWN } });
      const taken = officials.filter((o) => placed.some((e) => e.official.id === o.id) || existing.some((n) => n.official.id === o.id && ACTIVE.includes(n.status)));
      if (taken.length) {
        throw new AppError(ErrorCode.NominationAlreadyNominated, `Already nominated or enrolled in this class: ${names(taken)}.`, {
          officialIds: taken.map((o) => o.id),
        });
      }
      const byCommune = new Map<string, Official[]>();
      for (const o of officials) byCommune.set(o.commune.id, [...(byCommune.get(o.commune.id) ?? []), o]);
      const usage = await quotaUsage(tx, classId, [...byCommune.keys()]);
      for (const [communeId, list] of byCommune) {
        const u = usage.get(communeId);
        if (u?.quota != null && u.used + list.length > u.quota) {
          const communeName = list[0]!.commune.name;
          throw new AppError(
            ErrorCode.NominationQuotaFull,
            `The quota of ${communeName} for this class is ${u.quota}: ${u.used} used, ${list.length} more requested.`,
            { communeName, quota: u.quota, used: u.used, requested: list.length, left: Math.max(0, u.quota - u.used) },
          );
        }
      }
      const now = new Date();
      const result: string[] = [];
      for (const [i, id] of officialIds.entries()) {
        const o = officials.find((x) => x.id === id)!;
        let n = existing.find((e) => e.official.id === o.id);
        if (!n) {
          n = new Nomination(cls, o, o.commune);
          tx.persist(n);
        }
        n.commune = o.commune;
        n.status = NominationStatus.PENDING;
        n.note = note;
        n.nominatedBy = tx.getReference(User, user.id);
        // A millisecond apart, so approval (earliest first) keeps the order the commune listed them in.
        n.nominatedAt = new Date(now.getTime() + i);
        n.decidedAt = null;
        n.decidedBy = null;
        n.rejectReason = null;
        result.push(n.id);
      }
      await tx.flush();
      return result;
    });
    return this.byIds(ids);
  }

  /** Withdraws a pending nomination (coordinators: their commune's; administrators: any). */
  async withdraw(user: AuthUser, nominationId: string): Promise<NominationView> {
    assertNominator(user);
    const found = await this.find(this.em.fork(), nominationId);
    if (user.role === Role.COORDINATOR && found.commune.id !== user.communeId) throw forbidden('withdrawing another commune’s nomination');
    await this.em.transactional(async (tx) => {
      await lockClass(tx, found.trainingClass.id);
      const n = await this.find(tx, nominationId);
      assertPending(n);
      n.status = NominationStatus.WITHDRAWN;
      n.decidedAt = new Date();
      n.decidedBy = tx.getReference(User, user.id);
      await tx.flush();
    });
    return (await this.byIds([nominationId]))[0]!;
  }

  /**
   * Approves pending nominations in one transaction (administrators): each official is enrolled through the enrolment
   * rules (a seat while the class has one, else the waitlist), earliest nomination first. Any refusal undoes all.
   */
  async approve(user: AuthUser, nominationIds: string[]): Promise<NominationView[]> {
    if (user.role !== Role.ADMIN) throw forbidden('approving nominations');
    assertIds(nominationIds);
    await this.em.transactional(async (tx) => {
      const rows = await this.pendingRows(tx, nominationIds);
      const now = new Date();
      for (const n of rows.sort((a, b) => a.nominatedAt.getTime() - b.nominatedAt.getTime() || nominationIds.indexOf(a.id) - nominationIds.indexOf(b.id))) {
        assertOpen(n.trainingClass);
        await this.enrollment.placeInClass(tx, n.trainingClass.id, n.official.id);
        n.status = NominationStatus.APPROVED;
        n.decidedAt = now;
        n.decidedBy = tx.getReference(User, user.id);
      }
      await tx.flush();
    });
    return this.byIds(nominationIds);
  }

  /** Rejects pending nominations with a reason, in one transaction (administrators). */
  async reject(user: AuthUser, nominationIds: string[], rawReason: string): Promise<NominationView[]> {
    if (user.role !== Role.ADMIN) throw forbidden('rejecting nominations');
    assertIds(nominationIds);
    const reason = cleanText(rawReason ?? '');
    if (!reason) throw new ValidationError({ reason: 'required' });
    if (reason.length > TEXT_MAX) throw new ValidationError({ reason: 'too_long' });
    await this.em.transactional(async (tx) => {
      const rows = await this.pendingRows(tx, nominationIds);
      const now = new Date();
      for (const n of rows) {
        n.status = NominationStatus.REJECTED;
        n.rejectReason = reason;
        n.decidedAt = now;
        n.decidedBy = tx.getReference(User, user.id);
      }
      await tx.flush();
    });
    return this.byIds(nominationIds);
  }

  /**
   * A commune's view (coordinators: their own; administrators: the given one): every class not yet ended, plus ended
   * ones the commune nominated for, with the commune's quota use and nominations, earliest first.
   */
  async communeNominations(user: AuthUser, communeId?: string | null): Promise<CommuneClassNominationsView[]> {
    if (user.role === Role.COORDINATOR) {
      if (!user.communeId) throw forbidden('reading nominations without an assigned commune');
      if (communeId && communeId !== user.communeId) throw forbidden('reading nominations of another commune');
      communeId = user.communeId;
    } else if (user.role !== Role.ADMIN) throw forbidden('reading a commune’s nominations');
    if (!communeId) throw new ValidationError({ communeId: 'required' });
    await this.geo.commune(communeId);
    const today = localDate(new Date());
    const nominations = await this.em.find(
      Nomination,
      { commune: communeId },
      { populate: ['official', 'commune', 'nominatedBy', 'decidedBy', 'trainingClass'] },
    );
    const classIds = new Set(nominations.map((n) => n.trainingClass.id));
    const classes = await this.em.find(
      TrainingClass,
      { $or: [{ endDate: { $gte: today } }, { id: { $in: [...classIds] } }] },
      { orderBy: { startDate: 'asc', code: 'asc' } },
    );
    const views = await this.views(nominations);
    const result: CommuneClassNominationsView[] = [];
    for (const c of classes) {
      const q = await this.quotasOf(this.em, c.id, communeId);
      result.push({
        trainingClass: { id: c.id, code: c.code, title: c.title, startDate: c.startDate, endDate: c.endDate, venue: c.venue, capacity: c.capacity },
        open: c.endDate >= today,
        quota: q.communes[0]!,
        nominations: views.filter((v) => v.classId === c.id),
      });
    }
    return result;
  }

  private async quotasOf(em: EntityManager, classId: string, onlyCommune: string | null): Promise<ClassQuotasView> {
    const cls = await em.findOne(TrainingClass, { id: classId });
    if (!cls) throw classNotFound(classId);
    const quotas = await em.find(NominationQuota, { trainingClass: classId }, { populate: ['commune'] });
    const quotaTotal = quotas.reduce((s, q) => s + q.quota, 0);
    const communeIds = onlyCommune ? [onlyCommune] : null;
    const usage = await quotaUsage(em, classId, communeIds);
    const ids = onlyCommune ? [onlyCommune] : [...new Set([...quotas.map((q) => q.commune.id), ...[...usage.values()].filter((u) => u.nominated).map((u) => u.communeId)])];
    const communes: CommuneQuotaView[] = [];
    for (const id of ids) {
      const u = usage.get(id);
      const quota = quotas.find((q) => q.commune.id === id)?.quota ?? null;
      const used = u?.used ?? 0;
      communes.push({ communeId: id, communeName: (await this.geo.commune(id)).name, quota, used, left: quota == null ? null : Math.max(0, quota - used) });
    }
    communes.sort((a, b) => a.communeName.localeCompare(b.communeName, 'vi'));
    return { classId, capacity: cls.capacity, quotaTotal, exceedsCapacity: quotaTotal > cls.capacity, communes };
  }

  private async assertCanReadClass(user: AuthUser, classId: string): Promise<void> {
    if (user.role === Role.TRAINEE) throw forbidden('reading nominations');
    if (user.role === Role.COORDINATOR && !user.communeId) throw forbidden('reading nominations');
    if (!isUuid(classId) || (await this.em.count(TrainingClass, { id: classId })) === 0) throw classNotFound(classId);
    if (user.role === Role.LECTURER && (await this.em.count(ClassLecturer, { trainingClass: classId, user: user.id })) === 0) {
      throw forbidden('reading nominations of a class you do not teach');
    }
  }

  private async find(em: EntityManager, id: string): Promise<Nomination> {
    const n = isUuid(id) ? await em.findOne(Nomination, { id }, { populate: ['trainingClass', 'commune', 'official'], refresh: true }) : null;
    if (!n) throw notFound(id);
    return n;
  }

  private async pendingRows(tx: EntityManager, ids: string[]): Promise<Nomination[]> {
    const first = await tx.find(Nomination, { id: { $in: ids } });
    const missing = ids.find((id) => !first.some((n) => n.id === id));
    if (missing) throw notFound(missing);
    for (const classId of [...new Set(first.map((n) => n.trainingClass.id))].sort()) await lockClass(tx, classId);
    const rows = await tx.find(Nomination, { id: { $in: ids } }, { populate: ['trainingClass', 'official'], refresh: true });
    rows.forEach(assertPending);
    return rows;
  }

  private async byIds(ids: string[]): Promise<NominationView[]> {
    const rows = await this.em.fork().find(Nomination, { id: { $in: ids } }, { populate: ['official', 'commune', 'nominatedBy', 'decidedBy', 'trainingClass'] });
    const views = await this.views(rows, this.em.fork());
    return ids.map((id) => views.find((v) => v.id === id)!);
  }

  private async views(rows: Nomination[], em: EntityManager = this.em): Promise<NominationView[]> {
    const enrolments = rows.length
      ? await em.find(Enrollment, { $or: rows.map((n) => ({ trainingClass: n.trainingClass.id, official: n.official.id })) })
      : [];
    return rows
      .map((n) => {
        const e = enrolments.find((x) => x.trainingClass.id === n.trainingClass.id && x.official.id === n.official.id);
        return {
          id: n.id,
          classId: n.trainingClass.id,
          classCode: n.trainingClass.code,
          official: { id: n.official.id, fullName: n.official.fullName, communeName: n.commune.name },
          communeId: n.commune.id,
          communeName: n.commune.name,
          status: n.status as NominationStatus,
          note: n.note ?? null,
          nominatedAt: n.nominatedAt,
          nominatedByName: n.nominatedBy?.displayName ?? null,
          decidedAt: n.decidedAt ?? null,
          decidedByName: n.decidedBy?.displayName ?? null,
          rejectReason: n.rejectReason ?? null,
          enrollmentStatus: e?.status ?? null,
          waitlistPosition: e?.waitlistPosition ?? null,
          sortKey: n.official.sortKey,
        };
      })
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.communeName.localeCompare(b.communeName, 'vi') || a.sortKey.localeCompare(b.sortKey))
      .map(({ sortKey: _, ...v }) => v);
  }
}

const STATUS_ORDER: Record<NominationStatus, number> = { PENDING: 0, APPROVED: 1, REJECTED: 2, WITHDRAWN: 3 };

interface Usage {
  communeId: string;
  used: number;
  quota: number | null;
  /** True when some of the use is by nominations (not only direct enrolments). */
  nominated: boolean;
}

/**
 * Quota use per commune of one class: officials with a pending/approved nomination or a live enrolment, each once
 * (an approved nomination and its enrolment are the same official). `communeIds` null: every commune with use or quota.
 */
async function quotaUsage(em: EntityManager, classId: string, communeIds: string[] | null): Promise<Map<string, Usage>> {
  const filter = communeIds ? 'and commune_id in (?)' : '';
  const args = communeIds ? [communeIds] : [];
  const rows: { commune_id: string; used: string; quota: number | null; nominated: boolean }[] = await em.execute(
    `with use as (
       select n.official_id, n.commune_id, true as nominated from nomination n
        where n.training_class_id = ? and n.status in ('PENDING', 'APPROVED')
       union
       select e.official_id, o.commune_id, false from enrollment e join official o on o.id = e.official_id
        where e.training_class_id = ? and e.status <> 'WITHDRAWN'
     ), per as (
       select commune_id, count(distinct official_id) as used, bool_or(nominated) as nominated from use group by commune_id
     )
     select coalesce(per.commune_id, q.commune_id) as commune_id, coalesce(per.used, 0) as used, q.quota, coalesce(per.nominated, false) as nominated
       from per full join (select commune_id, quota from nomination_quota where training_class_id = ?) q on q.commune_id = per.commune_id
      where true ${filter.replace('commune_id', 'coalesce(per.commune_id, q.commune_id)')}`,
    [classId, classId, classId, ...args],
  );
  return new Map(rows.map((r) => [r.commune_id, { communeId: r.commune_id, used: Number(r.used), quota: r.quota == null ? null : Number(r.quota), nominated: r.nominated }]));
}

/** Locks the class row (the lock enrolment takes too) and returns the class. */
async function lockClass(tx: EntityManager, classId: string): Promise<TrainingClass> {
  if (!isUuid(classId)) throw classNotFound(classId);
  const rows: { id: string }[] = await tx.execute('select id from training_class where id = ? for update', [classId]);
  if (!rows.length) throw classNotFound(classId);
  return tx.findOneOrFail(TrainingClass, { id: classId });
}

function assertOpen(c: TrainingClass): void {
  if (c.endDate < localDate(new Date())) {
    throw new AppError(ErrorCode.NominationClassClosed, `Class ${c.code} ended on ${c.endDate}: nominations are closed.`, { endDate: c.endDate });
  }
}

function assertPending(n: Nomination): void {
  if (n.status !== NominationStatus.PENDING) {
    throw new AppError(ErrorCode.NominationNotPending, `The nomination is ${n.status.toLowerCase()}, not pending.`, { nominationId: n.id, status: n.status });
  }
}

function assertNominator(user: AuthUser): void {
  if (user.role === Role.ADMIN) return;
  if (user.role === Role.COORDINATOR && user.communeId) return;
  throw forbidden('nominating officials');
}

function assertIds(ids: string[]): void {
  if (!ids.length) throw new ValidationError({ nominationIds: 'required' });
  if (ids.length > NOMINATION_BATCH_MAX) throw new ValidationError({ nominationIds: 'too_long' });
  if (new Set(ids).size !== ids.length) throw new ValidationError({ nominationIds: 'invalid_value' });
  const bad = ids.find((id) => !isUuid(id));
  if (bad) throw notFound(bad);
}

const names = (list: Official[]) => list.map((o) => o.fullName).join(', ');
const notFound = (id: string) => new AppError(ErrorCode.NominationNotFound, `No nomination with id ${id}.`);
const classNotFound = (id: string) => new AppError(ErrorCode.ClassNotFound, `No class with id ${id}.`);
const officialNotFound = (id: string) => new AppError(ErrorCode.OfficialNotFound, `No official with id ${id}.`);
