import { AttendanceInterval } from '../attendance/attendance-interval.entity';
import { AttendanceCheckin, AttendanceCorrection } from '../attendance/attendance.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ClassLecturer, ClassSession, TrainingClass } from '../classes/class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Commune } from '../geo/commune.entity';
import { Province } from '../geo/province.entity';
import { OfficialImport } from '../imports/official-import.entity';
import { Official } from '../officials/official.entity';
import { Program, ProgramTopic } from '../programs/program.entity';
import { Nomination, NominationQuota } from '../nominations/nomination.entity';
import { PlanTarget } from '../planning/plan-target.entity';
import { Poll, PollBallot, PollChoice, PollOption } from '../polls/poll.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once for the ORM and the migrations CLI. */
export const entities = [Province, Commune, Official, User, RefreshToken, Program, ProgramTopic, TrainingClass, ClassLecturer, ClassSession, Enrollment, AttendanceInterval, NominationQuota, Nomination, PlanTarget, OfficialImport, AttendanceCheckin, AttendanceCorrection, Poll, PollOption, PollBallot, PollChoice];
