import { RefreshToken } from '../auth/refresh-token.entity';
import { ClassLecturer, ClassSession, TrainingClass } from '../classes/class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Commune } from '../geo/commune.entity';
import { Province } from '../geo/province.entity';
import { Official } from '../officials/official.entity';
import { Program, ProgramTopic } from '../programs/program.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once for the ORM and the migrations CLI. */
export const entities = [Province, Commune, Official, User, RefreshToken, Program, ProgramTopic, TrainingClass, ClassLecturer, ClassSession, Enrollment];
