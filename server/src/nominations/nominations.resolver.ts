import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { NominationQuotaInput } from './dto/nomination.input';
import { NominationStatus } from './nomination.enums';
import { ClassNominationQuotasModel, CommuneClassNominationsModel, NominationModel } from './nomination.model';
import { NominationsService } from './nominations.service';

const classIdArg = { type: () => ID, description: 'The class’s id.' };

@Resolver(() => NominationModel)
export class NominationsResolver {
  constructor(private readonly service: NominationsService) {}

  @Query(() => [NominationModel], {
    description:
      'A class’s nominations: pending first, then approved, rejected, withdrawn; by commune and name. Administrators see all, ' +
      'lecturers those of classes they teach, coordinators only their commune’s; trainees are refused.',
  })
  classNominations(
    @CurrentUser() user: AuthUser,
    @Args('classId', classIdArg) classId: string,
    @Args('status', { type: () => NominationStatus, nullable: true, description: 'Only nominations in this status.' }) status?: NominationStatus | null,
    @Args('communeId', { type: () => ID, nullable: true, description: 'Only nominations of this commune (coordinators: their own).' })
    communeId?: string | null,
  ) {
    return this.service.classNominations(user, classId, status, communeId);
  }

  @Query(() => ClassNominationQuotasModel, {
    description:
      'A class’s per-commune quotas with their use (administrators; lecturers for classes they teach; coordinators see only their commune).',
  })
  nominationQuotas(@CurrentUser() user: AuthUser, @Args('classId', classIdArg) classId: string) {
    return this.service.quotas(user, classId);
  }

  @Query(() => [CommuneClassNominationsModel], {
    description:
      'Đề cử của xã: every class not yet ended (and ended ones the commune nominated for) with the commune’s quota use and ' +
      'nominations, earliest first. Coordinators get their own commune; administrators must name one.',
  })
  myCommuneNominations(
    @CurrentUser() user: AuthUser,
    @Args('communeId', { type: () => ID, nullable: true, description: 'The commune (administrators: required; coordinators: their own, may be omitted).' })
    communeId?: string | null,
  ) {
    return this.service.communeNominations(user, communeId);
  }

  @Mutation(() => ClassNominationQuotasModel, {
    description:
      'Sets or clears per-commune quotas of a class in one transaction (administrators). All of a class’s quotas lie in one ' +
      'province; each is 1-500 or null to clear. The sum may exceed the capacity: `exceedsCapacity` then warns.',
  })
  setNominationQuotas(
    @CurrentUser() user: AuthUser,
    @Args('classId', classIdArg) classId: string,
    @Args('quotas', { type: () => [NominationQuotaInput], description: 'Quotas to set or clear; communes not listed keep theirs.' })
    quotas: NominationQuotaInput[],
  ) {
    return this.service.setQuotas(user, classId, quotas);
  }

  @Mutation(() => [NominationModel], {
    description:
      'Nominates officials for a class, all or none (coordinators: officials of their commune, else `nomination/forbidden_commune`; ' +
      'administrators: any). Refused with `nomination/already_nominated`, `nomination/quota_full` (extensions name the quota) ' +
      'or `nomination/class_closed` once the class has ended.',
  })
  nominateOfficials(
    @CurrentUser() user: AuthUser,
    @Args('classId', classIdArg) classId: string,
    @Args('officialIds', { type: () => [ID], description: 'The officials, 1-200.' }) officialIds: string[],
    @Args('note', { type: () => String, nullable: true, description: 'An optional note for the administrators (at most 500 characters).' })
    note?: string | null,
  ) {
    return this.service.nominate(user, classId, officialIds, note);
  }

  @Mutation(() => NominationModel, { description: 'Withdraws a pending nomination (coordinators: their commune’s; administrators).' })
  withdrawNomination(@CurrentUser() user: AuthUser, @Args('nominationId', { type: () => ID, description: 'The nomination’s id.' }) nominationId: string) {
    return this.service.withdraw(user, nominationId);
  }

  @Mutation(() => [NominationModel], {
    description:
      'Approves pending nominations in one transaction (administrators): each official is enrolled by the enrolment rules ' +
      '(a seat while one is free, else the waitlist), earliest nomination first. Any refusal approves none.',
  })
  approveNominations(
    @CurrentUser() user: AuthUser,
    @Args('nominationIds', { type: () => [ID], description: 'Pending nominations, 1-200.' }) nominationIds: string[],
  ) {
    return this.service.approve(user, nominationIds);
  }

  @Mutation(() => [NominationModel], { description: 'Rejects pending nominations with a reason, in one transaction (administrators).' })
  rejectNominations(
    @CurrentUser() user: AuthUser,
    @Args('nominationIds', { type: () => [ID], description: 'Pending nominations, 1-200.' }) nominationIds: string[],
    @Args('reason', { description: 'Why, shown to the commune (1-500 characters).' }) reason: string,
  ) {
    return this.service.reject(user, nominationIds, reason);
  }
}
