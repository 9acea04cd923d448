import { Entity, Enum, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { TrainingClass } from '../classes/class.entity';
import { BaseEntity } from '../database/base.entity';
import { Official } from '../officials/official.entity';
import { EnrollmentStatus } from './enrollment.enums';

/** An official's place in a class: a seat, a place in the waitlist, or a withdrawal (kept for the record). */
@Entity()
@Unique({ properties: ['trainingClass', 'official'] })
@Index({ properties: ['trainingClass', 'status', 'waitlistPosition'] })
export class Enrollment extends BaseEntity {
  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  @ManyToOne(() => Official, { deleteRule: 'cascade' })
  @Index()
  official: Official;

  @Enum({ items: () => EnrollmentStatus, nativeEnumName: 'enrollment_status' })
  status: EnrollmentStatus;

  /** 1-based place in the class's waitlist; set only while WAITLISTED (kept contiguous). */
  @Property({ type: 'integer', nullable: true })
  waitlistPosition?: number | null;

  /** When the official last got a seat. */
  @Property({ type: 'datetime', nullable: true })
  enrolledAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  /** When the official was last put on the class (seat or waitlist). */
  @Property({ type: 'datetime' })
  requestedAt: Date & Opt = new Date();

  constructor(trainingClass: TrainingClass, official: Official, status: EnrollmentStatus) {
    super();
    this.trainingClass = trainingClass;
    this.official = official;
    this.status = status;
  }
}
