import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/graphql/local-date.scalar';
import { EnrolledOfficialModel } from '../enrollment/enrollment.model';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { NominationStatus } from './nomination.enums';

registerEnumType(NominationStatus, {
  name: 'NominationStatus',
  description: 'Where a commune’s nomination of an official for a class stands.',
  valuesMap: {
    PENDING: { description: 'Chờ duyệt: waiting for an administrator.' },
    APPROVED: { description: 'Đã duyệt: approved; the official was enrolled (a seat or the waitlist).' },
    REJECTED: { description: 'Bị từ chối: rejected, with a reason.' },
    WITHDRAWN: { description: 'Đã rút: withdrawn by the commune before a decision.' },
  },
});

@ObjectType('Nomination', { description: 'A commune’s nomination (đề cử) of one of its officials for a class.' })
export class NominationModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The class’s id.' })
  classId: string;

  @Field({ description: 'The class’s code, e.g. NA-2026-L30.' })
  classCode: string;

  @Field(() => EnrolledOfficialModel, { description: 'The nominated official.' })
  official: EnrolledOfficialModel;

  @Field(() => ID, { description: 'The nominating commune (the official’s commune when nominated).' })
  communeId: string;

  @Field({ description: 'Name of the nominating commune.' })
  communeName: string;

  @Field(() => NominationStatus, { description: 'Pending, approved, rejected or withdrawn.' })
  status: NominationStatus;

  @Field(() => String, { nullable: true, description: 'The commune’s note, e.g. why this official.' })
  note: string | null;

  @Field({ description: 'When the official was (last) nominated.' })
  nominatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who nominated (account display name).' })
  nominatedByName: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected or withdrawn.' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who approved, rejected or withdrew it.' })
  decidedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected; null unless REJECTED.' })
  rejectReason: string | null;

  @Field(() => EnrollmentStatus, { nullable: true, description: 'The official’s enrolment in the class, if any (ENROLLED or WAITLISTED after approval).' })
  enrollmentStatus: EnrollmentStatus | null;

  @Field(() => Int, { nullable: true, description: '1-based waitlist place when WAITLISTED.' })
  waitlistPosition: number | null;
}

@ObjectType('CommuneQuota', { description: 'One commune’s quota for a class and how much of it is used.' })
export class CommuneQuotaModel {
  @Field(() => ID, { description: 'The commune’s id.' })
  communeId: string;

  @Field({ description: 'The commune’s name.' })
  communeName: string;

  @Field(() => Int, { nullable: true, description: 'Seats the commune may fill; null when the class sets no quota for it (no limit).' })
  quota: number | null;

  @Field(() => Int, { description: 'Officials of the commune with a pending or approved nomination or an enrolment (seat or waitlist) in the class, each counted once.' })
  used: number;

  @Field(() => Int, { nullable: true, description: 'quota − used (never below 0); null without a quota.' })
  left: number | null;
}

@ObjectType('ClassNominationQuotas', { description: 'A class’s nomination quotas per commune.' })
export class ClassNominationQuotasModel {
  @Field(() => ID, { description: 'The class’s id.' })
  classId: string;

  @Field(() => Int, { description: 'The class’s seats.' })
  capacity: number;

  @Field(() => Int, { description: 'Sum of all communes’ quotas.' })
  quotaTotal: number;

  @Field({ description: 'True when the quotas add up to more than the capacity (approval will then waitlist the surplus).' })
  exceedsCapacity: boolean;

  @Field(() => [CommuneQuotaModel], {
    description: 'Communes with a quota or with nominations, by name (coordinators: only their own commune, with or without a quota).',
  })
  communes: CommuneQuotaModel[];
}

@ObjectType('NominationClass', { description: 'The class of a commune’s nominations, in brief.' })
export class NominationClassModel {
  @Field(() => ID, { description: 'The class’s id.' })
  id: string;

  @Field({ description: 'Code, e.g. NA-2026-L30.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  startDate: string;

  @Field(() => LocalDateScalar, { description: 'Last day (inclusive).' })
  endDate: string;

  @Field({ description: 'Where it is held.' })
  venue: string;

  @Field(() => Int, { description: 'Seats.' })
  capacity: number;
}

@ObjectType('CommuneClassNominations', { description: 'One class as a commune sees it: its quota there and its nominations.' })
export class CommuneClassNominationsModel {
  @Field(() => NominationClassModel, { description: 'The class.' })
  trainingClass: NominationClassModel;

  @Field({ description: 'True while the class has not ended (nominations accepted).' })
  open: boolean;

  @Field(() => CommuneQuotaModel, { description: 'The commune’s quota and its use.' })
  quota: CommuneQuotaModel;

  @Field(() => [NominationModel], { description: 'The commune’s nominations for the class: pending first, then approved, rejected, withdrawn.' })
  nominations: NominationModel[];
}
