import { Entity, Enum, Index, ManyToOne, type Opt, Property, Unique } from '@mikro-orm/core';
import { TrainingClass } from '../classes/class.entity';
import { BaseEntity } from '../database/base.entity';
import { Commune } from '../geo/commune.entity';
import { Official } from '../officials/official.entity';
import { User } from '../users/user.entity';
import { NominationStatus } from './nomination.enums';

/** How many of a class's seats one commune may fill with its nominations (chỉ tiêu cử đi học). */
@Entity()
@Unique({ properties: ['trainingClass', 'commune'] })
export class NominationQuota extends BaseEntity {
  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  @ManyToOne(() => Commune, { deleteRule: 'cascade' })
  @Index()
  commune: Commune;

  @Property({ type: 'smallint' })
  quota: number;

  constructor(trainingClass: TrainingClass, commune: Commune, quota: number) {
    super();
    this.trainingClass = trainingClass;
    this.commune = commune;
    this.quota = quota;
  }
}

/**
 * A commune's nomination (đề cử) of one of its officials for a class. One row per class and official: nominating again
 * after a withdrawal or rejection reuses it. The commune is kept as nominated, so a later move of the official does
 * not shift quota use between communes.
 */
@Entity()
@Unique({ properties: ['trainingClass', 'official'] })
@Index({ properties: ['trainingClass', 'commune', 'status'] })
export class Nomination extends BaseEntity {
  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  @ManyToOne(() => Official, { deleteRule: 'cascade' })
  @Index()
  official: Official;

  @ManyToOne(() => Commune, { deleteRule: 'cascade' })
  commune: Commune;

  @Enum({ items: () => NominationStatus, nativeEnumName: 'nomination_status' })
  status: NominationStatus & Opt = NominationStatus.PENDING;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  nominatedBy?: User | null;

  /** When the official was (last) nominated. */
  @Property({ type: 'datetime' })
  nominatedAt: Date & Opt = new Date();

  @ManyToOne(() => User, { deleteRule: 'set null', nullable: true })
  decidedBy?: User | null;

  /** When it was approved, rejected or withdrawn. */
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'string', length: 500, nullable: true })
  rejectReason?: string | null;

  constructor(trainingClass: TrainingClass, official: Official, commune: Commune) {
    super();
    this.trainingClass = trainingClass;
    this.official = official;
    this.commune = commune;
  }
}
