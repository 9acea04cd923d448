import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TrainingClassModel } from '../classes/class.model';
import type { ClassView } from '../classes/classes.service';
import { EnrollmentService } from './enrollment.service';

/** Adds `TrainingClass.enrolledCount` and `waitlistCount` from the enrolment feature. */
@Resolver(() => TrainingClassModel)
export class ClassEnrollmentResolver {
  constructor(private readonly service: EnrollmentService) {}

  @ResolveField(() => Int, { description: 'Officials holding a seat (ENROLLED).' })
  async enrolledCount(@Parent() c: ClassView) {
    return (await this.service.counts(c.id)).enrolled;
  }

  @ResolveField(() => Int, { description: 'Officials on the waitlist (WAITLISTED).' })
  async waitlistCount(@Parent() c: ClassView) {
    return (await this.service.counts(c.id)).waitlisted;
  }
}
