import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ClassSession } from '../classes/class.entity';
import { Official } from '../officials/official.entity';
import { User } from '../users/user.entity';

/**
 * A trainee scanned the classroom's rotating QR code: they are in the room from `checkedInAt` to the session's end.
 * One per session and user; scanning again keeps the first.
 */
@Entity({ tableName: 'attendance_checkin' })
@Unique({ properties: ['session', 'user'] })
export class AttendanceCheckin {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne(() => ClassSession, { fieldName: 'class_session_id', deleteRule: 'cascade' })
  session!: ClassSession;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  checkedInAt!: Date;
}

/**
 * A lecturer's or administrator's correction of one official's attendance of one session, with the reason. An audit
 * log: rows are only ever added (the latest one counts), never updated or deleted.
 */
@Entity({ tableName: 'attendance_correction' })
@Index({ properties: ['session', 'official', 'createdAt'] })
export class AttendanceCorrection {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne(() => ClassSession, { fieldName: 'class_session_id', deleteRule: 'cascade' })
  session!: ClassSession;

  /** Corrections are per official: most enrolled officials have no account of their own. */
  @ManyToOne(() => Official, { deleteRule: 'cascade' })
  official!: Official;

  @Property({ type: 'boolean' })
  present!: boolean;

  /** Minutes present, when the corrector gave them; otherwise the measured minutes stand. */
  @Property({ type: 'integer', nullable: true })
  minutes?: number | null;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  correctedBy!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
