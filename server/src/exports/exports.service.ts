import type { Writable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { AuthUser } from '../common/auth/auth-user';
import { excelDate, fileSafe, safeCell } from '../common/xlsx';
import { type ClassView, ClassesService } from '../classes/classes.service';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { Official } from '../officials/official.entity';
import { VI } from './labels';

/** A spreadsheet ready to stream: checks and queries are done, so writing cannot fail on access. */
export interface XlsxDownload {
  filename: string;
  write(out: Writable): Promise<void>;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975, so Asia/Ho_Chi_Minh is a fixed offset. */
const VN_OFFSET_MS = 7 * 3600_000;
const DATE_FMT = 'dd/mm/yyyy';
const TIME_FMT = 'hh:mm';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const ENROLMENT_COLUMNS: Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Ngày sinh', width: 12, numFmt: DATE_FMT },
  { header: 'Giới tính', width: 9 },
  { header: 'Dân tộc', width: 12 },
  { header: 'Xã/phường', width: 22 },
  { header: 'Khối', width: 28 },
  { header: 'Chức vụ', width: 30 },
  { header: 'Trình độ chuyên môn', width: 20 },
  { header: 'Trình độ lý luận chính trị', width: 20 },
  { header: 'Trình độ quản lý nhà nước', width: 24 },
  { header: 'Điện thoại', width: 14 },
  { header: 'Trạng thái', width: 15 },
  { header: 'Thứ tự chờ', width: 10 },
];

const TIMETABLE_COLUMNS: Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Ngày', width: 12, numFmt: DATE_FMT },
  { header: 'Thứ', width: 10 },
  { header: 'Bắt đầu', width: 9, numFmt: TIME_FMT },
  { header: 'Kết thúc', width: 9, numFmt: TIME_FMT },
  { header: 'Chuyên đề', width: 60 },
  { header: 'Loại', width: 16 },
  { header: 'Hình thức', width: 20 },
  { header: 'Phòng', width: 14 },
  { header: 'Giảng viên', width: 40 },
];

/**
 * XLSX downloads of a class: its list of trainees and its timetable. Access follows the GraphQL queries exactly
 * (the enrolment list goes through `EnrollmentService.classEnrollments`, the timetable through `ClassesService.get`),
 * so a download never shows more than the screen. Workbooks are written with exceljs's streaming writer straight into
 * the response; every user-entered text passes through `safeCell` so no cell can become a formula.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly classes: ClassesService,
    private readonly enrollment: EnrollmentService,
  ) {}

  /** Danh sách lớp: enrolled trainees by name, then the waitlist in order (administrators, lecturers of the class, coordinators). */
  async enrolments(user: AuthUser, classId: string): Promise<XlsxDownload> {
    const rows = (await this.enrollment.classEnrollments(user, classId)).filter((e) => e.status !== EnrollmentStatus.WITHDRAWN);
    const c = await this.classes.get(user, classId);
    const officials = new Map(
      (await this.em.find(Official, { id: { $in: rows.map((r) => r.official.id) } }, { populate: ['commune'] })).map((o) => [o.id, o]),
    );
    const enrolled = rows.filter((r) => r.status === EnrollmentStatus.ENROLLED).length;
    return {
      filename: `Danh-sach-lop-${fileSafe(c.code)}.xlsx`,
      write: (out) =>
        writeSheet(out, 'Danh sách lớp', ENROLMENT_COLUMNS, [
          `DANH SÁCH HỌC VIÊN LỚP ${c.code}`,
          c.title,
          classLine(c),
          `Ghi danh: ${enrolled} · Danh sách chờ: ${rows.length - enrolled}`,
        ], (add) => {
          rows.forEach((r, i) => {
            const o = officials.get(r.official.id)!;
            add([
              i + 1,
              o.fullName,
              excelDate(o.dateOfBirth),
              VI.Gender[o.gender],
              o.ethnicity,
              `${VI.CommuneKind[o.commune.kind]} ${o.commune.name}`,
              VI.Bloc[o.bloc],
              VI.Position[o.position],
              o.professionalLevel ? VI.ProfessionalLevel[o.professionalLevel] : null,
              o.politicalTheoryLevel ? VI.PoliticalTheoryLevel[o.politicalTheoryLevel] : null,
              o.stateManagementLevel ? VI.StateManagementLevel[o.stateManagementLevel] : null,
              o.phone ?? null,
              r.status === EnrollmentStatus.ENROLLED ? 'Ghi danh' : 'Danh sách chờ',
              r.waitlistPosition,
            ]);
          });
        }),
    };
  }

  /** Thời khóa biểu: the class's sessions in time order, times in Asia/Ho_Chi_Minh (everyone who can read the class). */
  async timetable(user: AuthUser, classId: string): Promise<XlsxDownload> {
    const c = await this.classes.get(user, classId);
    return {
      filename: `Thoi-khoa-bieu-${fileSafe(c.code)}.xlsx`,
      write: (out) =>
        writeSheet(out, 'Thời khóa biểu', TIMETABLE_COLUMNS, [
          `THỜI KHÓA BIỂU LỚP ${c.code}`,
          c.title,
          classLine(c),
          'Giờ Việt Nam (UTC+7)',
        ], (add) => {
          c.sessions.forEach((s, i) => {
            const start = vnTime(s.startsAt);
            const end = vnTime(s.endsAt);
            add([
              i + 1,
              excelDate(start.date),
              VI.Weekday[start.weekday],
              start.dayFraction,
              end.dayFraction,
              s.topic.title,
              VI.TopicKind[s.topic.kind],
              VI.SessionMode[s.mode],
              s.room ?? null,
              s.lecturer.displayName,
            ]);
          });
        }),
    };
  }
}

type CellValue = string | number | Date | null;

/**
 * One worksheet: bold title lines, a blank line, the header row (frozen, filterable), then the data rows, each
 * committed as soon as it is added so big lists do not sit in memory. Strings go through `safeCell`.
 */
async function writeSheet(
  out: Writable,
  name: string,
  columns: Column[],
  titles: string[],
  body: (add: (values: CellValue[]) => void) => void,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = 'Giảng Đường';
  wb.created = new Date();
  const headerRow = titles.length + 2;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = columns.map((c) => ({ width: c.width }));
  titles.forEach((t, i) => {
    const row = ws.addRow([safeCell(t)]);
    row.font = { bold: true, size: i === 0 ? 14 : 12 };
    ws.mergeCells(i + 1, 1, i + 1, columns.length);
    row.commit();
  });
  ws.addRow([]).commit();
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  body((values) => {
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? safeCell(v) : v)));
    columns.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
    });
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

function classLine(c: ClassView): string {
  const d = (iso: string) => iso.split('-').reverse().join('/');
  return `Thời gian: ${d(c.startDate)} – ${d(c.endDate)} · Địa điểm: ${c.venue}`;
}

/** The Vietnamese calendar date, weekday and time of day (as a fraction of a day, Excel's time) of an instant. */
function vnTime(at: Date): { date: string; weekday: number; dayFraction: number } {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  return { date: local.toISOString().slice(0, 10), weekday: local.getUTCDay(), dayFraction: minutes / 1440 };
}
