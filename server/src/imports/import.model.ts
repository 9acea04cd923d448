import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/graphql/local-date.scalar';
import { ImportEnrolmentAction, ImportRowAction, ImportStatus } from './import.enums';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where an uploaded import of officials stands.',
  valuesMap: {
    ANALYSING: { description: 'The file is being read and checked in the background (see processedRows/totalRows).' },
    READY: { description: 'Analysed without errors: it can be committed.' },
    INVALID: { description: 'Analysed, with row errors: fix the file and upload it again.' },
    FAILED: { description: 'The file could not be read at all (see fileError).' },
    COMMITTING: { description: 'Being written to the directory and the class.' },
    COMMITTED: { description: 'Written to the directory and the class.' },
  },
});
registerEnumType(ImportRowAction, {
  name: 'ImportRowAction',
  description: 'What committing a row does to the officials directory.',
  valuesMap: {
    CREATE: { description: 'A new official is created.' },
    UPDATE: { description: 'The matching official (same commune, name and date of birth) gets the file’s values.' },
    UNCHANGED: { description: 'The matching official already has the file’s values.' },
    ERROR: { description: 'The row has errors; nothing can be committed until they are fixed.' },
  },
});
registerEnumType(ImportEnrolmentAction, {
  name: 'ImportEnrolmentAction',
  description: 'What committing a row does to the target class.',
  valuesMap: {
    ENROLL: { description: 'The official gets a seat.' },
    WAITLIST: { description: 'The class is full: the official joins the end of the waitlist (in file order).' },
    ALREADY_ENROLLED: { description: 'The official already holds a seat or a waitlist place.' },
    NONE: { description: 'Nothing (the row has errors).' },
  },
});

@ObjectType('ImportRowError', { description: 'One problem in one cell (or row) of an uploaded file.' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Row number in the spreadsheet (the header is usually row 1).' })
  row: number;

  @Field({ description: 'The column’s header as written in the file.' })
  column: string;

  @Field({ description: 'Reason code: required, invalid_date, out_of_range, invalid_value, commune_not_found, duplicate_row, ...' })
  reason: string;

  @Field({ description: 'What is wrong, in Vietnamese.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The cell’s value as read (shortened), when there was one.' })
  value: string | null;
}

@ObjectType('ImportPreviewRow', { description: 'One row of the file and what committing it will do.' })
export class ImportPreviewRowModel {
  @Field(() => Int, { description: 'Row number in the spreadsheet.' })
  row: number;

  @Field(() => String, { nullable: true, description: 'Full name as read (NFC).' })
  fullName: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth, when it could be read.' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: 'The commune’s name: the matched commune’s, else as written.' })
  communeName: string | null;

  @Field(() => ImportRowAction, { description: 'What happens to the directory.' })
  action: ImportRowAction;

  @Field(() => ImportEnrolmentAction, { description: 'What happens in the class.' })
  enrolment: ImportEnrolmentAction;

  @Field(() => [ImportRowErrorModel], { description: 'The row’s errors, by column.' })
  errors: ImportRowErrorModel[];
}

@ObjectType('ImportFileError', { description: 'Why a whole file could not be read.' })
export class ImportFileErrorModel {
  @Field({ description: 'Namespaced code, e.g. import/unreadable_file, import/missing_columns, import/too_many_rows.' })
  code: string;

  @Field({ description: 'What is wrong, in Vietnamese.' })
  message: string;
}

@ObjectType('OfficialImport', {
  description:
    'A spreadsheet (CSV or XLSX) of officials uploaded to enrol a cohort into a class: analysed in the background into a ' +
    'dry-run report, then committed all at once. Rows match existing officials by commune + folded full name + date of birth.',
})
export class OfficialImportModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'The uploaded file’s name.' })
  fileName: string;

  @Field(() => String, { nullable: true, description: 'CSV or XLSX, once detected.' })
  format: string | null;

  @Field(() => String, { nullable: true, description: 'Text encoding of a CSV file (UTF-8, UTF-16LE, UTF-16BE, windows-1258).' })
  encoding: string | null;

  @Field(() => ImportStatus, { description: 'Where the import stands.' })
  status: ImportStatus;

  /** Resolved by a field resolver from the class id. */
  classId: string;

  @Field(() => Int, { nullable: true, description: 'Data rows in the file (blank lines not counted); null until known.' })
  totalRows: number | null;

  @Field(() => Int, { description: 'Rows analysed (or committed) so far.' })
  processedRows: number;

  @Field(() => Int, { description: 'processedRows as a percentage of totalRows (0-100).' })
  progressPercent: number;

  @Field(() => Int, { description: 'Rows that create a new official.' })
  toCreate: number;

  @Field(() => Int, { description: 'Rows that update an existing official.' })
  toUpdate: number;

  @Field(() => Int, { description: 'Rows whose official already has the file’s values.' })
  unchanged: number;

  @Field(() => Int, { description: 'Officials who get a seat in the class.' })
  toEnrol: number;

  @Field(() => Int, { description: 'Officials who join the waitlist (the class is full).' })
  toWaitlist: number;

  @Field(() => Int, { description: 'Officials already enrolled or waitlisted in the class.' })
  alreadyEnrolled: number;

  @Field(() => Int, { description: 'Row errors (cells) found.' })
  errorCount: number;

  @Field(() => ImportFileErrorModel, { nullable: true, description: 'Why the file could not be read (status FAILED).' })
  fileError: ImportFileErrorModel | null;

  @Field(() => Date, { description: 'When the file was uploaded.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the import was committed.' })
  committedAt: Date | null;
}
