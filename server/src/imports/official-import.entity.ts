import { Entity, Enum, Index, ManyToOne, type Opt, Property } from '@mikro-orm/core';
import { TrainingClass } from '../classes/class.entity';
import { BaseEntity } from '../database/base.entity';
import { ImportStatus } from './import.enums';

/**
 * One uploaded spreadsheet of officials to enrol into a class. Its rows live in `official_import_row`, written and
 * read only with set-based SQL (`imports.sql.ts`), so the row table has no entity.
 */
@Entity()
@Index({ properties: ['trainingClass', 'createdAt'] })
export class OfficialImport extends BaseEntity {
  @Property({ type: 'string', length: 255 })
  fileName: string;

  /** CSV or XLSX, once detected. */
  @Property({ type: 'string', length: 10, nullable: true })
  format?: string | null;

  /** Text encoding of a CSV (UTF-8, UTF-16LE, windows-1258, ...). */
  @Property({ type: 'string', length: 30, nullable: true })
  encoding?: string | null;

  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status', default: ImportStatus.ANALYSING })
  status: ImportStatus & Opt = ImportStatus.ANALYSING;

  @ManyToOne(() => TrainingClass, { deleteRule: 'cascade' })
  trainingClass: TrainingClass;

  /** The administrator who uploaded it (kept as a plain id: accounts are never deleted). */
  @Property({ type: 'uuid' })
  createdBy: string;

  @Property({ type: 'integer', nullable: true })
  totalRows?: number | null;

  @Property({ type: 'integer', default: 0 })
  processedRows: number & Opt = 0;

  /** Field → header as written in the file, for the columns that were recognised. */
  @Property({ type: 'json', nullable: true })
  columns?: Record<string, string> | null;

  @Property({ type: 'integer', default: 0 })
  toCreate: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  toUpdate: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  unchanged: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  toEnrol: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  toWaitlist: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  alreadyEnrolled: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  errorCount: number & Opt = 0;

  @Property({ type: 'string', length: 60, nullable: true })
  fileErrorCode?: string | null;

  @Property({ type: 'text', nullable: true })
  fileErrorMessage?: string | null;

  @Property({ type: 'datetime', nullable: true })
  committedAt?: Date | null;

  constructor(init: { fileName: string; trainingClass: TrainingClass; createdBy: string }) {
    super();
    this.fileName = init.fileName;
    this.trainingClass = init.trainingClass;
    this.createdBy = init.createdBy;
  }
}
