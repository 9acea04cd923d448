import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnrolledOfficialModel } from '../enrollment/enrollment.model';

export enum AttendanceSourceEnum {
  LIVE = 'LIVE',
  IN_ROOM = 'IN_ROOM',
  CORRECTED = 'CORRECTED',
}
registerEnumType(AttendanceSourceEnum, {
  name: 'AttendanceSource',
  description: 'Where an attendance figure comes from.',
  valuesMap: {
    LIVE: { description: 'Trực tuyến: connected to the live room (media service).' },
    IN_ROOM: {
      description: 'Tại lớp: checked in with the classroom QR code; counts from the check-in to the session’s end (to now while the session is under way).',
    },
    CORRECTED: { description: 'Điều chỉnh: a lecturer or administrator corrected it (see correction).' },
  },
});

@ObjectType('ClassSessionInfo', { description: 'The session an attendance figure or check-in belongs to.' })
export class SessionInfoModel {
  @Field(() => ID, { description: 'The session’s id.' })
  id: string;

  @Field(() => ID, { description: 'The class’s id.' })
  classId: string;

  @Field({ description: 'The class’s code.' })
  classCode: string;

  @Field({ description: 'The class’s title.' })
  classTitle: string;

  @Field({ description: 'The topic taught.' })
  topicTitle: string;

  @Field(() => Date, { description: 'Start.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Room at the venue; null for online-only sessions.' })
  room: string | null;
}

@ObjectType('CheckInCode', { description: 'A rotating check-in code for the classroom screen, shown as a QR code.' })
export class CheckInCodeModel {
  @Field({ description: 'The signed code (bound to the session, valid CHECKIN_CODE_TTL_SECONDS).' })
  code: string;

  @Field({ description: 'Path of the check-in page with the code (`/checkin?code=…`); the QR encodes it on the web origin.' })
  url: string;

  @Field(() => Date, { description: 'When the code stops being accepted.' })
  expiresAt: Date;

  @Field(() => ID, { description: 'The session.' })
  sessionId: string;
}

@ObjectType('CheckInResult', { description: 'A trainee’s check-in to a session in the classroom.' })
export class CheckInResultModel {
  @Field(() => SessionInfoModel, { description: 'The session checked in to.' })
  session: SessionInfoModel;

  @Field(() => Date, { description: 'When the trainee checked in (the first scan).' })
  checkedInAt: Date;

  @Field({ description: 'True when the trainee had already checked in: the first check-in stands.' })
  alreadyCheckedIn: boolean;
}

@ObjectType('AttendanceCorrectionEntry', { description: 'One correction of the audit log (never changed or removed).' })
export class CorrectionModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Present or not, as corrected.' })
  present: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes present, when the corrector gave them.' })
  minutes: number | null;

  @Field({ description: 'Why it was corrected.' })
  reason: string;

  @Field({ description: 'Who corrected it (display name).' })
  correctedByName: string;

  @Field(() => ID, { description: 'Who corrected it (user id).' })
  correctedById: string;

  @Field(() => Date, { description: 'When.' })
  createdAt: Date;
}

@ObjectType('AttendanceInterval', { description: 'A stretch of presence counted, clipped to the session.' })
export class IntervalModel {
  @Field(() => Date, { description: 'From.' })
  from: Date;

  @Field(() => Date, { description: 'To.' })
  to: Date;

  @Field(() => AttendanceSourceEnum, { description: 'LIVE (connected) or IN_ROOM (checked in).' })
  source: AttendanceSourceEnum;
}

@ObjectType('SessionAttendanceRow', { description: 'One enrolled official’s attendance of one session.' })
export class AttendanceRowModel {
  @Field(() => EnrolledOfficialModel, { description: 'The official.' })
  official: EnrolledOfficialModel;

  @Field(() => Int, { description: 'Whole minutes present (overlapping stretches counted once).' })
  minutes: number;

  @Field(() => Int, {
    description: 'Percent of the session’s length present (rounded down); while inProgress, percent of the time elapsed so far.',
  })
  percent: number;

  @Field({
    description: 'Present: at least ATTENDANCE_MIN_PRESENCE_PERCENT of the session once it has ended, or as corrected. Always false while inProgress.',
  })
  present: boolean;

  @Field({
    description:
      'Đang diễn ra: the session is under way and no correction decided this row, so minutes count up to now and it is neither present nor absent yet.',
  })
  inProgress: boolean;

  @Field(() => [AttendanceSourceEnum], { description: 'Where the figures come from.' })
  sources: AttendanceSourceEnum[];

  @Field(() => [IntervalModel], { description: 'The stretches counted, in time order.' })
  intervals: IntervalModel[];

  @Field(() => Date, { nullable: true, description: 'When the trainee checked in with the classroom QR code.' })
  checkedInAt: Date | null;

  @Field(() => CorrectionModel, { nullable: true, description: 'The correction that counts (the latest), if any.' })
  correction: CorrectionModel | null;

  @Field(() => [CorrectionModel], { description: 'Every correction of this row, newest first (audit log).' })
  corrections: CorrectionModel[];
}

@ObjectType('SessionStaffPresence', {
  description: 'Someone in the live room who holds no seat in the class: a lecturer, the classroom device or an observer.',
})
export class StaffPresenceModel {
  @Field(() => ID, { description: 'The user’s id.' })
  userId: string;

  @Field({ description: 'The user’s display name.' })
  displayName: string;

  @Field(() => [String], { description: 'Live roles they joined with (LECTURER, CLASSROOM, OBSERVER), in order of first appearance.' })
  roles: string[];

  @Field(() => Int, { description: 'Whole minutes connected (overlapping connections counted once).' })
  minutes: number;

  @Field(() => [IntervalModel], { description: 'The live stretches, clipped to the session, in time order.' })
  intervals: IntervalModel[];
}

@ObjectType('SessionAttendance', { description: 'Attendance of one session.' })
export class SessionAttendanceModel {
  @Field(() => SessionInfoModel, { description: 'The session.' })
  session: SessionInfoModel;

  @Field(() => Int, { description: 'The session’s length in minutes.' })
  sessionMinutes: number;

  @Field(() => Int, { description: 'Percent of the session needed to count as present.' })
  minPresencePercent: number;

  @Field(() => Int, { description: 'How many of the rows are present.' })
  presentCount: number;

  @Field(() => Int, { description: 'How many of the rows are in progress (session under way, not decided yet): neither present nor absent.' })
  inProgressCount: number;

  @Field(() => [AttendanceRowModel], {
    description: 'Enrolled officials by name: all for administrators and lecturers of the class, the commune’s for coordinators, only their own for trainees.',
  })
  rows: AttendanceRowModel[];

  @Field(() => [StaffPresenceModel], {
    description: 'Lecturers, the classroom device and observers connected to the live room (administrators and lecturers of the class; empty for others).',
  })
  staff: StaffPresenceModel[];
}

@ObjectType('ClassAttendanceCell', { description: 'One official in one session, in the class grid.' })
export class ClassAttendanceCellModel {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => Int, { description: 'Minutes present.' })
  minutes: number;

  @Field(() => Int, { description: 'Percent of the session (of the time elapsed so far while inProgress).' })
  percent: number;

  @Field({ description: 'Present or not (always false while inProgress).' })
  present: boolean;

  @Field({ description: 'The session is under way and not decided by a correction: neither present nor absent yet.' })
  inProgress: boolean;

  @Field({ description: 'True when a correction decided it.' })
  corrected: boolean;
}

@ObjectType('ClassAttendanceRow', { description: 'One official across the class’s sessions.' })
export class ClassAttendanceRowModel {
  @Field(() => EnrolledOfficialModel, { description: 'The official.' })
  official: EnrolledOfficialModel;

  @Field(() => [ClassAttendanceCellModel], { description: 'One cell per session, in the order of `sessions`.' })
  cells: ClassAttendanceCellModel[];

  @Field(() => Int, { description: 'Sessions present (a session under way counts once it has ended or is corrected).' })
  presentCount: number;
}

@ObjectType('ClassAttendance', { description: 'A class’s attendance grid (officials × sessions), as in a gradebook.' })
export class ClassAttendanceModel {
  @Field(() => ID, { description: 'The class.' })
  classId: string;

  @Field({ description: 'The class’s code.' })
  classCode: string;

  @Field({ description: 'The class’s title.' })
  classTitle: string;

  @Field(() => Int, { description: 'Percent of a session needed to count as present.' })
  minPresencePercent: number;

  @Field(() => [SessionInfoModel], { description: 'The class’s sessions in time order.' })
  sessions: SessionInfoModel[];

  @Field(() => [ClassAttendanceRowModel], { description: 'Officials by name (scoped as sessionAttendance).' })
  rows: ClassAttendanceRowModel[];
}
