import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrainingClassModel } from '../classes/class.model';
import { EnrollmentStatus } from './enrollment.enums';

registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  description: 'Where an official stands in a class.',
  valuesMap: {
    ENROLLED: { description: 'Đã ghi danh: holds a seat.' },
    WAITLISTED: { description: 'Danh sách chờ: in line for a seat (see waitlistPosition).' },
    WITHDRAWN: { description: 'Đã rút: withdrawn; kept for the record and can be enrolled again.' },
  },
});

@ObjectType('EnrolledOfficial', { description: 'The official of an enrolment, as shown in a class list.' })
export class EnrolledOfficialModel {
  @Field(() => ID, { description: 'The official’s id.' })
  id: string;

  @Field({ description: 'Full name.' })
  fullName: string;

  @Field({ description: 'Name of the official’s commune or ward.' })
  communeName: string;
}

@ObjectType('Enrollment', { description: 'An official’s seat, waitlist place or withdrawal in one class.' })
export class EnrollmentModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The class’s id.' })
  classId: string;

  @Field(() => EnrolledOfficialModel, { description: 'The official.' })
  official: EnrolledOfficialModel;

  @Field(() => EnrollmentStatus, { description: 'Enrolled, waitlisted or withdrawn.' })
  status: EnrollmentStatus;

  @Field(() => Int, { nullable: true, description: '1-based place in the waitlist; null unless WAITLISTED.' })
  waitlistPosition: number | null;

  @Field(() => Date, { nullable: true, description: 'When the official last got a seat.' })
  enrolledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the official withdrew; null unless WITHDRAWN.' })
  withdrawnAt: Date | null;
}

@ObjectType('WithdrawalResult', { description: 'The outcome of a withdrawal.' })
export class WithdrawalResultModel {
  @Field(() => EnrollmentModel, { description: 'The withdrawn enrolment.' })
  withdrawn: EnrollmentModel;

  @Field(() => EnrollmentModel, {
    nullable: true,
    description: 'The first waitlisted official, promoted to the freed seat in the same transaction; null when no seat was freed or nobody waited.',
  })
  promoted: EnrollmentModel | null;
}

@ObjectType('MyClass', { description: 'A class the signed-in trainee is enrolled or waitlisted in.' })
export class MyClassModel {
  @Field(() => TrainingClassModel, { description: 'The class, with its timetable.' })
  trainingClass: TrainingClassModel;

  @Field(() => EnrollmentStatus, { description: 'ENROLLED or WAITLISTED.' })
  status: EnrollmentStatus;

  @Field(() => Int, { nullable: true, description: '1-based place in the waitlist; null unless WAITLISTED.' })
  waitlistPosition: number | null;
}
