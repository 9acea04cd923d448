import { Field, ID, Int, ObjectType, Float } from '@nestjs/graphql';
import { TrainingClassModel } from '../classes/class.model';
import { Bloc } from '../officials/official.enums';

@ObjectType('PlanMonth', { description: 'One month of the annual plan.' })
export class PlanMonthModel {
  @Field(() => Int, { description: 'Month, 1-12.' })
  month: number;

  @Field(() => Int, { description: 'Classes starting in the month.' })
  classes: number;

  @Field(() => Int, { description: 'Their seats (sum of capacities).' })
  seats: number;
}

@ObjectType('PlanBloc', { description: 'Officials of one bloc (khối) in the plan’s scope.' })
export class PlanBlocModel {
  @Field(() => Bloc, { description: 'The bloc.' })
  bloc: Bloc;

  @Field(() => Int, { description: 'Active officials of the bloc in scope.' })
  activeOfficials: number;

  @Field(() => Int, { description: 'Of them, not yet trained (see `AnnualPlan.notYetTrained`).' })
  notYetTrained: number;
}

@ObjectType('AnnualPlan', {
  description:
    'Kế hoạch năm: the year’s classes of the province’s planned programs (those with a yearly target) against the target band, ' +
    'with seats, enrolments and officials not yet trained. For coordinators the officials, enrolment and nomination figures are their commune’s.',
})
export class AnnualPlanModel {
  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'The province planned for; null when no province has a target that year and none was named.' })
  provinceId: string | null;

  @Field(() => String, { nullable: true, description: 'Its name, e.g. "Nghệ An".' })
  provinceName: string | null;

  @Field(() => ID, { nullable: true, description: 'Coordinators: their commune, which narrows the official and enrolment figures.' })
  communeId: string | null;

  @Field(() => String, { nullable: true, description: 'Coordinators: their commune’s name.' })
  communeName: string | null;

  @Field(() => Int, { nullable: true, description: 'Fewest classes the target asks for (28 for Nghệ An 2026-2030); null without a target.' })
  targetMin: number | null;

  @Field(() => Int, { nullable: true, description: 'Most classes the target allows (32 for Nghệ An 2026-2030); null without a target.' })
  targetMax: number | null;

  @Field(() => Int, { description: 'Classes of the plan starting in the year.' })
  classCount: number;

  @Field(() => Boolean, { nullable: true, description: 'True when classCount lies within the band; null without a target.' })
  withinTarget: boolean | null;

  @Field(() => [PlanMonthModel], { description: 'Classes and seats per month, January to December.' })
  months: PlanMonthModel[];

  @Field(() => Int, { description: 'Seats planned: the sum of the year’s classes’ capacities.' })
  seatsPlanned: number;

  @Field(() => Int, { description: 'Officials holding a seat (ENROLLED) in the year’s classes so far (coordinators: of their commune).' })
  enrolled: number;

  @Field(() => Int, { description: 'Officials on the waitlists of the year’s classes (coordinators: of their commune).' })
  waitlisted: number;

  @Field(() => Int, { description: 'Pending nominations for the year’s classes (coordinators: their commune’s).' })
  nominationsPending: number;

  @Field(() => Int, { description: 'Approved nominations for the year’s classes (coordinators: their commune’s).' })
  nominationsApproved: number;

  @Field(() => Int, { description: 'Active officials of the province (coordinators: of their commune).' })
  activeOfficials: number;

  @Field(() => Int, {
    description:
      'Chưa được bồi dưỡng: active officials in scope with no seat (ENROLLED) in any class of the plan’s programs starting by ' +
      '31 December of the year, i.e. neither trained in an earlier class nor seated in one planned this year.',
  })
  notYetTrained: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Coverage, percent with one decimal: seatsPlanned ÷ notYetTrained (coordinators: their enrolled ÷ their notYetTrained); ' +
      'null when nobody is left untrained.',
  })
  coveragePercent: number | null;

  @Field(() => [PlanBlocModel], { description: 'Active and not-yet-trained officials per bloc.' })
  byBloc: PlanBlocModel[];

  @Field(() => [TrainingClassModel], { description: 'The year’s classes of the plan, earliest first.' })
  classes: TrainingClassModel[];
}
