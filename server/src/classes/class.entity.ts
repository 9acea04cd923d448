import { Cascade, Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Program, ProgramTopic } from '../programs/program.entity';
import { User } from '../users/user.entity';
import { DeliveryFormat, LecturerKind, SessionMode } from './class.enums';

export const DEFAULT_CLASS_CAPACITY = 70;
export const DEFAULT_CLASS_VENUE = 'Trường Chính trị tỉnh Nghệ An';

/** Lớp bồi dưỡng: one offering of a program, with dates, venue, lecturers and a timetable. */
@Entity({ tableName: 'training_class' })
export class TrainingClass extends BaseEntity {
  @ManyToOne(() => Program, { deleteRule: 'restrict' })
  program: Program;

  @Property({ type: 'string', length: 30, unique: true })
  code: string;

  @Property({ type: 'string', length: 300 })
  title: string;

  /** First day, a calendar date (YYYY-MM-DD) in the province's time. */
  @Property({ type: 'date' })
  @Index()
  startDate: string;

  /** Last day, inclusive. */
  @Property({ type: 'date' })
  endDate: string;

  @Property({ type: 'string', length: 300, default: DEFAULT_CLASS_VENUE })
  venue: string & Opt = DEFAULT_CLASS_VENUE;

  @Enum({ items: () => DeliveryFormat, nativeEnumName: 'delivery_format', default: DeliveryFormat.BLENDED })
  deliveryFormat: DeliveryFormat & Opt = DeliveryFormat.BLENDED;

  @Property({ type: 'smallint', default: DEFAULT_CLASS_CAPACITY })
  capacity: number & Opt = DEFAULT_CLASS_CAPACITY;

  @OneToMany(() => ClassLecturer, (l) => l.trainingClass, { orphanRemoval: true, cascade: [Cascade.ALL] })
  lecturers = new Collection<ClassLecturer>(this);

  @OneToMany(() => ClassSession, (s) => s.trainingClass, { orderBy: { startsAt: 'asc' }, orphanRemoval: true, cascade: [Cascade.ALL] })
  sessions = new Collection<ClassSession>(this);

  constructor(init: { program: Program; code: string; title: string; startDate: string; endDate: string }) {
    super();
    this.program = init.program;
    this.code = init.code;
    this.title = init.title;
    this.startDate = init.startDate;
    this.endDate = init.endDate;
  }
}

/** A lecturer assigned to a class, with how they stand to the school. */
@Entity()
@Unique({ properties: ['trainingClass', 'user'] })
export class ClassLecturer extends BaseEntity {
  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  @Index()
  user: User;

  @Enum({ items: () => LecturerKind, nativeEnumName: 'lecturer_kind' })
  kind: LecturerKind;

  constructor(trainingClass: TrainingClass, user: User, kind: LecturerKind) {
    super();
    this.trainingClass = trainingClass;
    this.user = user;
    this.kind = kind;
  }
}

/** One session (buổi học) of a class's timetable: a topic taught by one of the class's lecturers. */
@Entity()
@Index({ properties: ['lecturer', 'startsAt'] })
@Index({ properties: ['room', 'startsAt'] })
export class ClassSession extends BaseEntity {
  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  /** A topic of the class's program; a topic still taught cannot be removed from the program. */
  @ManyToOne(() => ProgramTopic, { deleteRule: 'restrict' })
  topic: ProgramTopic;

  @Property({ type: 'datetime' })
  startsAt: Date;

  @Property({ type: 'datetime' })
  endsAt: Date;

  @Enum({ items: () => SessionMode, nativeEnumName: 'session_mode' })
  mode: SessionMode;

  /** Room at the class's venue; empty only for ONLINE sessions. */
  @Property({ type: 'string', length: 100, nullable: true })
  room?: string | null;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  lecturer: User;

  constructor(init: { trainingClass: TrainingClass; topic: ProgramTopic; startsAt: Date; endsAt: Date; mode: SessionMode; lecturer: User }) {
    super();
    this.trainingClass = init.trainingClass;
    this.topic = init.topic;
    this.startsAt = init.startsAt;
    this.endsAt = init.endsAt;
    this.mode = init.mode;
    this.lecturer = init.lecturer;
  }
}
