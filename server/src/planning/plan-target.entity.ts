import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../database/base.entity';
import { Province } from '../geo/province.entity';
import { Program } from '../programs/program.entity';

/**
 * The yearly target band of a program in a province (e.g. Nghệ An 2026-2030: 28-32 classes a year), one row per year
 * so a year can be re-planned without touching the others. The annual plan compares the year's classes with it.
 */
@Entity()
@Unique({ properties: ['program', 'year'] })
export class PlanTarget extends BaseEntity {
  @ManyToOne(() => Program, { deleteRule: 'cascade' })
  program: Program;

  /** Whose officials the program trains: the "not yet trained" figures count this province's officials. */
  @ManyToOne(() => Province, { deleteRule: 'cascade' })
  province: Province;

  @Property({ type: 'smallint' })
  year: number;

  @Property({ type: 'smallint' })
  minClasses: number;

  @Property({ type: 'smallint' })
  maxClasses: number;

  constructor(init: { program: Program; province: Province; year: number; minClasses: number; maxClasses: number }) {
    super();
    this.program = init.program;
    this.province = init.province;
    this.year = init.year;
    this.minClasses = init.minClasses;
    this.maxClasses = init.maxClasses;
  }
}
