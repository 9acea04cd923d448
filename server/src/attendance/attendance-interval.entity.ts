import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { ClassSession } from '../classes/class.entity';
import { User } from '../users/user.entity';

/**
 * One stretch of presence of a participant in a live session, written by the media service as it happens
 * (`media/src/attendance.ts`): a row on join, `last_seen_at` refreshed by a heartbeat while connected, `left_at` on
 * leave. A row still open with a stale `last_seen_at` (the media process died) ends at `last_seen_at`.
 * Written with plain SQL by the media service; the API only reads these rows.
 */
@Entity({ tableName: 'live_attendance_interval' })
@Index({ properties: ['session', 'user'] })
export class AttendanceInterval {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne(() => ClassSession, { fieldName: 'class_session_id', deleteRule: 'cascade' })
  session!: ClassSession;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  /** Live role at the time (LECTURER, TRAINEE, CLASSROOM, OBSERVER). */
  @Property({ type: 'string', length: 20 })
  role!: string;

  /** The signalling connection (socket id) this interval belongs to; unique. */
  @Property({ type: 'string', length: 64, unique: true })
  connectionId!: string;

  @Property({ type: 'datetime' })
  joinedAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  leftAt?: Date | null;
}
