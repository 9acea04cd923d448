import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/graphql/local-date.scalar';
import { ProgramModel, ProgramTopicModel } from '../programs/program.model';
import { DeliveryFormat, LecturerKind, SessionMode } from './class.enums';

registerEnumType(DeliveryFormat, {
  name: 'DeliveryFormat',
  description: 'How a class is delivered.',
  valuesMap: {
    IN_PERSON: { description: 'Trực tiếp: in the classroom.' },
    ONLINE: { description: 'Trực tuyến: online only.' },
    BLENDED: { description: 'Kết hợp: in person combined with online (the Nghệ An 2026 format).' },
  },
});
registerEnumType(LecturerKind, {
  name: 'LecturerKind',
  description: 'How a lecturer stands to the school.',
  valuesMap: {
    SCHOOL: { description: 'Giảng viên cơ hữu: staff of the provincial Political School.' },
    VISITING: { description: 'Giảng viên thỉnh giảng: visiting, e.g. from a provincial department.' },
    CONCURRENT: { description: 'Giảng viên kiêm chức: a serving leader who also teaches.' },
  },
});
registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: 'Where a session happens.',
  valuesMap: {
    ROOM: { description: 'Tại lớp: in the room.' },
    ONLINE: { description: 'Trực tuyến: online only (no room).' },
    BOTH: { description: 'Cả hai: in the room and streamed online.' },
  },
});

@ObjectType('Lecturer', { description: 'A lecturer account, as shown on classes and in pickers.' })
export class LecturerModel {
  @Field(() => ID, { description: 'The user’s id.' })
  id: string;

  @Field({ description: 'Name shown in the interface, e.g. "ThS. Trần Thị Minh Hà (Trường Chính trị tỉnh Nghệ An)".' })
  displayName: string;
}

@ObjectType('ClassLecturer', { description: 'A lecturer assigned to a class.' })
export class ClassLecturerModel {
  @Field(() => ID, { description: 'Id of the assignment.' })
  id: string;

  @Field(() => LecturerModel, { description: 'The lecturer.' })
  user: LecturerModel;

  @Field(() => LecturerKind, { description: 'School, visiting or concurrent lecturer.' })
  kind: LecturerKind;
}

@ObjectType('ClassSession', { description: 'One session (buổi học) of a class’s timetable.' })
export class ClassSessionModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ProgramTopicModel, { description: 'The program topic taught.' })
  topic: ProgramTopicModel;

  @Field({ description: 'When it starts.' })
  startsAt: Date;

  @Field({ description: 'When it ends (after the start, at most 10 hours later).' })
  endsAt: Date;

  @Field(() => SessionMode, { description: 'In the room, online, or both.' })
  mode: SessionMode;

  @Field(() => String, { nullable: true, description: 'Room at the class’s venue; null for online sessions.' })
  room: string | null;

  @Field(() => LecturerModel, { description: 'Who teaches it (one of the class’s lecturers).' })
  lecturer: LecturerModel;
}

@ObjectType('TrainingClass', {
  description:
    'A class (lớp bồi dưỡng): one offering of a program with dates, venue, lecturers and a timetable. Every signed-in ' +
    'user reads classes; trainees get theirs from `myClasses`, enrolments from `classEnrollments`.',
})
export class TrainingClassModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Unique code, e.g. NA-2026-L01.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => ProgramModel, { description: 'The program this class offers.' })
  program: ProgramModel;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  startDate: string;

  @Field(() => LocalDateScalar, { description: 'Last day (inclusive).' })
  endDate: string;

  @Field(() => Int, { description: 'Number of calendar days, both ends included.' })
  dayCount: number;

  @Field({ description: 'Where it is held, e.g. "Trường Chính trị tỉnh Nghệ An".' })
  venue: string;

  @Field(() => DeliveryFormat, { description: 'In person, online or blended.' })
  deliveryFormat: DeliveryFormat;

  @Field(() => Int, { description: 'Seats (1-500).' })
  capacity: number;

  @Field({ description: 'True when the capacity is outside 60-70 trainees (the Nghệ An rule).' })
  capacityWarning: boolean;

  @Field(() => [ClassLecturerModel], { description: 'Assigned lecturers, by name.' })
  lecturers: ClassLecturerModel[];

  @Field(() => [ClassSessionModel], { description: 'The timetable, in time order.' })
  sessions: ClassSessionModel[];

  @Field(() => Int, { description: 'Number of sessions.' })
  sessionCount: number;

  @Field({ description: 'When the class was created.' })
  createdAt: Date;

  @Field({ description: 'When the class, its lecturers or its timetable last changed.' })
  updatedAt: Date;
}
