import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar';
import { DeliveryFormat, LecturerKind, SessionMode } from '../class.enums';

@InputType({ description: 'Which classes to list; every given condition must hold.' })
export class ClassFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only classes of this program.' })
  programId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only classes starting in this year.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only classes this lecturer is assigned to (a lecturer’s own id gives "my classes").' })
  lecturerId?: string | null;
}

@InputType({ description: 'A lecturer to assign to a class.' })
export class ClassLecturerInput {
  @Field(() => ID, { description: 'A user with the LECTURER role.' })
  userId: string;

  @Field(() => LecturerKind, { description: 'School, visiting or concurrent lecturer.' })
  kind: LecturerKind;
}

@InputType({ description: 'A new class, optionally with its lecturers (created together, all or nothing).' })
export class CreateClassInput {
  @Field(() => ID, { description: 'The program the class offers.' })
  programId: string;

  @Field({ description: 'Unique code, e.g. NA-2026-L01: capital letters, digits and "-", 2 to 30 characters.' })
  code: string;

  @Field({ description: 'Title, 2 to 300 characters.' })
  title: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; 5 days in all (start + 4) when omitted; at most 60 days.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue (at most 300 characters); "Trường Chính trị tỉnh Nghệ An" when omitted.' })
  venue?: string | null;

  @Field(() => DeliveryFormat, { nullable: true, description: 'BLENDED when omitted.' })
  deliveryFormat?: DeliveryFormat | null;

  @Field(() => Int, { nullable: true, description: 'Seats, 1-500 (70 when omitted); outside 60-70 sets `capacityWarning`.' })
  capacity?: number | null;

  @Field(() => [ClassLecturerInput], { nullable: true, description: 'Lecturers to assign (at most 30).' })
  lecturers?: ClassLecturerInput[] | null;
}

@InputType({ description: 'Changes to a class; omitted fields stay as they are.' })
export class UpdateClassInput {
  @Field(() => ID, { nullable: true, description: 'Another program; only while the class has no sessions.' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Title, 2 to 300 characters.' })
  title?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day; every session must stay inside the dates.' })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; every session must stay inside the dates.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue.' })
  venue?: string | null;

  @Field(() => DeliveryFormat, { nullable: true, description: 'Delivery format.' })
  deliveryFormat?: DeliveryFormat | null;

  @Field(() => Int, { nullable: true, description: 'Seats, 1-500.' })
  capacity?: number | null;
}

@InputType({ description: 'A session of a class’s timetable.' })
export class ClassSessionInput {
  @Field(() => ID, { description: 'A topic of the class’s program.' })
  topicId: string;

  @Field({ description: 'Start, inside the class’s dates (Asia/Ho_Chi_Minh).' })
  startsAt: Date;

  @Field({ description: 'End: after the start, at most 10 hours later, inside the class’s dates.' })
  endsAt: Date;

  @Field(() => SessionMode, { description: 'In the room, online, or both.' })
  mode: SessionMode;

  @Field(() => String, { nullable: true, description: 'Room at the venue (at most 100 characters); required unless ONLINE.' })
  room?: string | null;

  @Field(() => ID, { description: 'One of the class’s lecturers (user id).' })
  lecturerId: string;
}

@InputType({ description: 'Changes to a session; omitted fields stay as they are.' })
export class UpdateClassSessionInput {
  @Field(() => ID, { nullable: true, description: 'A topic of the class’s program.' })
  topicId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start.' })
  startsAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End.' })
  endsAt?: Date | null;

  @Field(() => SessionMode, { nullable: true, description: 'In the room, online, or both.' })
  mode?: SessionMode | null;

  @Field(() => String, { nullable: true, description: 'Room; required unless ONLINE, ignored (cleared) for ONLINE.' })
  room?: string | null;

  @Field(() => ID, { nullable: true, description: 'One of the class’s lecturers (user id).' })
  lecturerId?: string | null;
}
