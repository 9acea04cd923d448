import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorator';
import { AttendanceRowModel, CheckInCodeModel, CheckInResultModel, ClassAttendanceModel, SessionAttendanceModel } from './attendance.model';
import { AttendanceService } from './attendance.service';

const sessionArg = { type: () => ID, description: 'The class session’s id.' } as const;

@Resolver()
export class AttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Query(() => CheckInCodeModel, {
    description:
      'A fresh rotating check-in code for the classroom screen’s QR, valid CHECKIN_CODE_TTL_SECONDS (lecturers of the class, ' +
      'administrators; only while the session is open, else `live/session_not_open`).',
  })
  liveCheckInCode(@CurrentUser() user: AuthUser, @Args('sessionId', sessionArg) sessionId: string) {
    return this.service.checkInCode(user, sessionId);
  }

  @Mutation(() => CheckInResultModel, {
    description:
      'Checks the signed-in trainee in to the session of a scanned classroom code: present in the room from now to the ' +
      'session’s end. Idempotent (the first check-in stands). Refuses `attendance/code_expired`, `attendance/code_invalid` ' +
      '(forged or malformed) and `attendance/not_enrolled` (trainees).',
  })
  checkIn(@CurrentUser() user: AuthUser, @Args('code', { description: 'The code from the QR (the `code` of `/checkin?code=…`).' }) code: string) {
    return this.service.checkIn(user, code);
  }

  @Query(() => SessionAttendanceModel, {
    description:
      'Attendance of one session, merged from live connections, classroom check-ins and corrections. Administrators and ' +
      'lecturers of the class see every enrolled official; coordinators their commune’s; a trainee only their own row.',
  })
  sessionAttendance(@CurrentUser() user: AuthUser, @Args('sessionId', sessionArg) sessionId: string) {
    return this.service.sessionAttendance(user, sessionId);
  }

  @Query(() => ClassAttendanceModel, {
    description: 'A class’s attendance grid (officials × sessions), scoped as sessionAttendance.',
  })
  classAttendance(@CurrentUser() user: AuthUser, @Args('classId', { type: () => ID, description: 'The class’s id.' }) classId: string) {
    return this.service.classAttendance(user, classId);
  }

  @Mutation(() => AttendanceRowModel, {
    description:
      'Corrects one official’s attendance of a session, with a reason (at least 5 characters). Appended to the audit log; ' +
      'the latest correction counts (lecturers of the class, administrators).',
  })
  correctAttendance(
    @CurrentUser() user: AuthUser,
    @Args('sessionId', sessionArg) sessionId: string,
    @Args('officialId', { type: () => ID, description: 'The enrolled official.' }) officialId: string,
    @Args('present', { description: 'Present or not.' }) present: boolean,
    @Args('reason', { description: 'Why (at least 5 characters), kept in the audit log.' }) reason: string,
    @Args('minutes', { type: () => Int, nullable: true, description: 'Minutes present, 0 to the session’s length; omit to keep the measured minutes.' })
    minutes?: number | null,
  ) {
    return this.service.correct(user, { sessionId, officialId, present, minutes, reason });
  }
}
