import { Cascade, Collection, Entity, Enum, Index, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ClassSession } from '../classes/class.entity';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';
import { PollStatus } from './poll.enums';

/** A question the lecturer asks during a class session, with 2–10 answer options (biểu quyết nhanh). */
@Entity()
@Index({ properties: ['session', 'createdAt'] })
export class Poll extends BaseEntity {
  @ManyToOne(() => ClassSession, { fieldName: 'class_session_id', deleteRule: 'cascade' })
  session: ClassSession;

  @Property({ type: 'string', length: 300 })
  question: string;

  /** Several options may be chosen (checkboxes) instead of one (radio buttons). */
  @Property({ type: 'boolean', default: false })
  allowMultiple: boolean & Opt = false;

  /** Results never name voters (ballots still record the user: one ballot per user, changeable while open). */
  @Property({ type: 'boolean', default: false })
  anonymous: boolean & Opt = false;

  @Enum({ items: () => PollStatus, nativeEnumName: 'poll_status', default: PollStatus.OPEN })
  status: PollStatus & Opt = PollStatus.OPEN;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  createdBy: User;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /**
   * Grows by one with every vote and the close, under the row lock those take: results read in the same transaction
   * carry it, so subscribers keep the newest when publications overtake each other.
   */
  @Property({ type: 'integer', default: 0 })
  version: number & Opt = 0;

  @OneToMany(() => PollOption, (o) => o.poll, { cascade: [Cascade.ALL], orderBy: { position: 'asc' } })
  options = new Collection<PollOption>(this);

  constructor(session: ClassSession, question: string, createdBy: User) {
    super();
    this.session = session;
    this.question = question;
    this.createdBy = createdBy;
  }
}

/** One answer option of a poll, in the order the lecturer wrote them. */
@Entity()
@Unique({ properties: ['poll', 'position'] })
export class PollOption extends BaseEntity {
  @ManyToOne(() => Poll, { deleteRule: 'cascade' })
  poll: Poll;

  @Property({ type: 'smallint' })
  position: number;

  @Property({ type: 'string', length: 120 })
  label: string;

  constructor(poll: Poll, position: number, label: string) {
    super();
    this.poll = poll;
    this.position = position;
    this.label = label;
  }
}

/**
 * One user's ballot in a poll: at most one per poll and user (a revote replaces its choices). The unique row is
 * also what serialises two concurrent votes of the same user.
 */
@Entity()
@Unique({ properties: ['poll', 'user'] })
export class PollBallot extends BaseEntity {
  @ManyToOne(() => Poll, { deleteRule: 'cascade' })
  poll: Poll;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user: User;

  constructor(poll: Poll, user: User) {
    super();
    this.poll = poll;
    this.user = user;
  }
}

/** One option chosen on a ballot. */
@Entity()
@Unique({ properties: ['ballot', 'option'] })
export class PollChoice {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne(() => PollBallot, { deleteRule: 'cascade' })
  ballot!: PollBallot;

  @ManyToOne(() => PollOption, { deleteRule: 'cascade' })
  @Index()
  option!: PollOption;
}
