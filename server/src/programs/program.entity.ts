import {
  Cascade,
  Collection,
  DecimalType,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
} from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { TopicKind } from './program.enums';

/** Default practice threshold when neither the input nor PROGRAM_MIN_PRACTICE_PERCENT says otherwise (Nghệ An 2026). */
export const DEFAULT_PRACTICE_THRESHOLD = 70;

/** Nhóm đối tượng: who a program is for, e.g. "Bí thư, phó bí thư cấp ủy cấp xã". Codes are unique within a program. */
@Embeddable()
export class TargetGroup {
  @Property({ type: 'string' })
  code: string;

  @Property({ type: 'string' })
  name: string;

  constructor(code: string, name: string) {
    this.code = code;
    this.name = name;
  }
}

/** Chương trình bồi dưỡng: a training program built from topics for target groups. Classes are offerings of one. */
@Entity()
export class Program extends BaseEntity {
  @Property({ type: 'string', length: 30, unique: true })
  code: string;

  @Property({ type: 'string', length: 300 })
  title: string;

  @Property({ type: 'smallint' })
  startYear: number;

  @Property({ type: 'smallint' })
  endYear: number;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Practice below this share of hours (percent) raises `practiceWarning`. */
  @Property({ type: 'smallint', default: DEFAULT_PRACTICE_THRESHOLD })
  practiceThresholdPercent: number & Opt = DEFAULT_PRACTICE_THRESHOLD;

  /** Small and always read with the program, so stored inline (jsonb) rather than in a table of their own. */
  @Embedded(() => TargetGroup, { array: true })
  targetGroups: TargetGroup[] & Opt = [];

  @OneToMany(() => ProgramTopic, (t) => t.program, { orderBy: { position: 'asc' }, orphanRemoval: true, cascade: [Cascade.ALL] })
  topics = new Collection<ProgramTopic>(this);

  constructor(init: { code: string; title: string; startYear: number; endYear: number }) {
    super();
    this.code = init.code;
    this.title = init.title;
    this.startYear = init.startYear;
    this.endYear = init.endYear;
  }
}

/** Chuyên đề: one topic of a program, in teaching order. */
@Entity()
@Index({ properties: ['program', 'position'] })
export class ProgramTopic extends BaseEntity {
  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program: Program;

  /** 0-based teaching order within the program; kept dense by the service. */
  @Property({ type: 'smallint' })
  position: number;

  @Property({ type: 'string', length: 300 })
  title: string;

  @Enum({ items: () => TopicKind, nativeEnumName: 'topic_kind' })
  kind: TopicKind;

  /** Teaching hours (tiết), one decimal; a day is about 8. */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 1 })
  hours: number;

  /** Codes of the program's target groups this topic serves; empty means all of them. */
  @Property({ type: 'text[]', default: '{}' })
  targetGroupCodes: string[] & Opt = [];

  constructor(init: { program: Program; position: number; title: string; kind: TopicKind; hours: number }) {
    super();
    this.program = init.program;
    this.position = init.position;
    this.title = init.title;
    this.kind = init.kind;
    this.hours = init.hours;
  }
}
