import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type AuthUser, Role } from '../common/auth/auth-user';
import { forbidden, ValidationError } from '../common/errors';
import { TrainingClass } from '../classes/class.entity';
import { type ClassView, ClassesService } from '../classes/classes.service';
import { GeoService, isUuid } from '../geo/geo.service';
import { Bloc } from '../officials/official.enums';
import { PlanTarget } from './plan-target.entity';

export interface PlanBlocView {
  bloc: Bloc;
  activeOfficials: number;
  notYetTrained: number;
}

export interface AnnualPlanView {
  year: number;
  provinceId: string | null;
  provinceName: string | null;
  communeId: string | null;
  communeName: string | null;
  targetMin: number | null;
  targetMax: number | null;
  classCount: number;
  withinTarget: boolean | null;
  months: { month: number; classes: number; seats: number }[];
  seatsPlanned: number;
  enrolled: number;
  waitlisted: number;
  nominationsPending: number;
  nominationsApproved: number;
  activeOfficials: number;
  notYetTrained: number;
  coveragePercent: number | null;
  byBloc: PlanBlocView[];
  classes: ClassView[];
}

/**
 * Kế hoạch năm: a year's classes of the province's planned programs against the target band (`PlanTarget`), with
 * seats, enrolments and the officials not yet trained. Administrators and lecturers read any province; coordinators
 * read their commune's province, with officials and enrolment figures narrowed to their commune; trainees are refused.
 */
@Injectable()
export class PlanningService {
  constructor(
    private readonly em: EntityManager,
    private readonly classes: ClassesService,
    private readonly geo: GeoService,
  ) {}

  async annualPlan(user: AuthUser, year: number, provinceId?: string | null): Promise<AnnualPlanView> {
    if (user.role === Role.TRAINEE) throw forbidden('reading the annual plan');
    if (user.role === Role.COORDINATOR && !user.communeId) throw forbidden('reading the annual plan without an assigned commune');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ValidationError({ year: 'out_of_range' });
    const commune = user.role === Role.COORDINATOR ? await this.geo.commune(user.communeId!) : null;
    if (commune) {
      if (provinceId && provinceId !== commune.provinceId) throw forbidden('reading another province’s plan');
      provinceId = commune.provinceId;
    }
    if (provinceId && !isUuid(provinceId)) throw new ValidationError({ provinceId: 'invalid_value' });
    const allTargets = await this.em.find(PlanTarget, { year }, { populate: ['province'], orderBy: { province: { name: 'asc' } } });
    provinceId ??= allTargets[0]?.province.id ?? null;
    const province = provinceId ? (await this.geo.provinces(user)).find((p) => p.id === provinceId) : null;
    if (provinceId && !province) throw new ValidationError({ provinceId: 'invalid_value' });
    const targets = allTargets.filter((t) => t.province.id === provinceId);

    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    // Without a target the plan is every class of the year (and the officials of the province, if one is named).
    const yearClasses = await this.em.find(TrainingClass, { startDate: { $gte: from, $lte: to } }, { fields: ['id', 'program'] });
    const programIds = targets.length ? targets.map((t) => t.program.id) : [...new Set(yearClasses.map((c) => c.program.id))];
    const classes = (await this.classes.list(user, { year })).filter((c) => programIds.includes(c.program.id));
    const classIds = classes.map((c) => c.id);

    const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, classes: 0, seats: 0 }));
    for (const c of classes) {
      const m = months[Number(c.startDate.slice(5, 7)) - 1]!;
      m.classes++;
      m.seats += c.capacity;
    }
    const seatsPlanned = classes.reduce((s, c) => s + c.capacity, 0);
    const targetMin = targets.length ? targets.reduce((s, t) => s + t.minClasses, 0) : null;
    const targetMax = targets.length ? targets.reduce((s, t) => s + t.maxClasses, 0) : null;

    const communeFilter = commune ? 'and o.commune_id = ?' : '';
    const communeArg = commune ? [commune.id] : [];
    const none = ['00000000-0000-0000-0000-000000000000'];
    const placed: { status: string; n: string }[] = await this.em.execute(
      `select e.status, count(*) as n from enrollment e join official o on o.id = e.official_id
        where e.training_class_id in (?) and e.status <> 'WITHDRAWN' ${communeFilter} group by e.status`,
      [classIds.length ? classIds : none, ...communeArg],
    );
    const nominated: { status: string; n: string }[] = await this.em.execute(
      `select n.status, count(*) as n from nomination n where n.training_class_id in (?) ${commune ? 'and n.commune_id = ?' : ''} group by n.status`,
      [classIds.length ? classIds : none, ...communeArg],
    );
    const count = (rows: { status: string; n: string }[], s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);

    // Not yet trained: active officials in scope with no seat (ENROLLED) in any class of the plan's programs that
    // starts by the end of the year, i.e. neither trained in an earlier class nor seated in one planned this year.
    const blocs: { bloc: Bloc; active: string; untrained: string }[] = await this.em.execute(
      `with trained as (
         select distinct e.official_id from enrollment e join training_class c on c.id = e.training_class_id
          where e.status = 'ENROLLED' and c.program_id in (?) and c.start_date <= ?)
       select o.bloc, count(*) as active, count(*) filter (where t.official_id is null) as untrained
         from official o join commune cm on cm.id = o.commune_id left join trained t on t.official_id = o.id
        where o.active ${provinceId ? 'and cm.province_id = ?' : ''} ${communeFilter}
        group by o.bloc`,
      [programIds.length ? programIds : none, to, ...(provinceId ? [provinceId] : []), ...communeArg],
    );
    const byBloc = Object.values(Bloc).map((bloc) => {
      const r = blocs.find((b) => b.bloc === bloc);
      return { bloc, activeOfficials: Number(r?.active ?? 0), notYetTrained: Number(r?.untrained ?? 0) };
    });
    const activeOfficials = byBloc.reduce((s, b) => s + b.activeOfficials, 0);
    const notYetTrained = byBloc.reduce((s, b) => s + b.notYetTrained, 0);
    const enrolled = count(placed, 'ENROLLED');
    // Province: the year's seats against the backlog. Commune: its seats taken this year against its backlog.
    const covered = commune ? enrolled : seatsPlanned;
    const coveragePercent = notYetTrained ? Math.round((1000 * covered) / notYetTrained) / 10 : null;
    return {
      year,
      provinceId,
      provinceName: province?.name ?? null,
      communeId: commune?.id ?? null,
      communeName: commune?.name ?? null,
      targetMin,
      targetMax,
      classCount: classes.length,
      withinTarget: targetMin == null ? null : classes.length >= targetMin && classes.length <= targetMax!,
      months,
      seatsPlanned,
      enrolled,
      waitlisted: count(placed, 'WAITLISTED'),
      nominationsPending: count(nominated, 'PENDING'),
      nominationsApproved: count(nominated, 'APPROVED'),
      activeOfficials,
      notYetTrained,
      coveragePercent,
      byBloc,
      classes,
    };
  }
}
