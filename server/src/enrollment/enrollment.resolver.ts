import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { EnrollmentModel, MyClassModel, WithdrawalResultModel } from './enrollment.model';
import { EnrollmentService } from './enrollment.service';

@Resolver(() => EnrollmentModel)
export class EnrollmentResolver {
  constructor(private readonly service: EnrollmentService) {}

  @Query(() => [EnrollmentModel], {
    description:
      'A class’s enrolments: enrolled by name, then the waitlist in order, then withdrawals. Administrators see all, ' +
      'lecturers those of classes they teach, coordinators only their commune’s officials; trainees are refused.',
  })
  classEnrollments(@CurrentUser() user: AuthUser, @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string) {
    return this.service.classEnrollments(user, classId);
  }

  @Query(() => [MyClassModel], { description: 'Lớp của tôi: the classes the signed-in trainee is enrolled or waitlisted in, earliest first (trainees).' })
  myClasses(@CurrentUser() user: AuthUser) {
    return this.service.myClasses(user);
  }

  @Mutation(() => EnrollmentModel, {
    description:
      'Enrols an official in a class: ENROLLED while seats remain, else WAITLISTED at the end of the line. A withdrawn ' +
      'official can be enrolled again; an enrolled or waitlisted one is refused with `enrollment/already_enrolled` (administrators).',
  })
  enrollOfficial(
    @CurrentUser() user: AuthUser,
    @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string,
    @Args('officialId', { type: () => ID, description: 'The official’s id.' }) officialId: string,
  ) {
    return this.service.enroll(user, classId, officialId);
  }

  @Mutation(() => WithdrawalResultModel, {
    description:
      'Withdraws an enrolment. When it frees a seat, the first official on the waitlist is promoted to ENROLLED automatically ' +
      'in the same transaction (returned as `promoted`) and the rest of the line moves up (administrators).',
  })
  withdrawEnrollment(@CurrentUser() user: AuthUser, @Args('enrollmentId', { type: () => ID, description: 'The enrolment’s id.' }) enrollmentId: string) {
    return this.service.withdraw(user, enrollmentId);
  }
}
