import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { AnnualPlanModel } from './planning.model';
import { PlanningService } from './planning.service';

@Resolver(() => AnnualPlanModel)
export class PlanningResolver {
  constructor(private readonly service: PlanningService) {}

  @Query(() => AnnualPlanModel, {
    description:
      'Kế hoạch năm: a year’s classes against the target band, per month, seats, enrolments and officials not yet trained ' +
      '(administrators and lecturers: any province; coordinators: their province with their commune’s figures; trainees refused).',
  })
  annualPlan(
    @CurrentUser() user: AuthUser,
    @Args('year', { type: () => Int, description: 'The year, e.g. 2026.' }) year: number,
    @Args('provinceId', { type: () => ID, nullable: true, description: 'The province; by default the one with a target that year (coordinators: theirs).' })
    provinceId?: string | null,
  ) {
    return this.service.annualPlan(user, year, provinceId);
  }
}
