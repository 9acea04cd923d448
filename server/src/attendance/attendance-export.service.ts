import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { AuthUser } from '../common/auth/auth-user';
import { safeCell } from '../common/xlsx';
import { AttendanceService } from './attendance.service';

const SOURCE_LABEL: Record<string, string> = { LIVE: 'Trực tuyến', IN_ROOM: 'Tại lớp', CORRECTED: 'Điều chỉnh' };

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dayTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

/** A session under way is not decided yet: neither "Có" nor "Vắng". */
const presence = (r: { present: boolean; inProgress: boolean }) => (r.inProgress ? 'Đang diễn ra' : r.present ? 'Có' : 'Vắng');

/** The attendance sheets (Vietnamese headings), from the same merged rows the pages show. */
@Injectable()
export class AttendanceExportService {
  constructor(private readonly attendance: AttendanceService) {}

  async session(user: AuthUser, sessionId: string): Promise<{ filename: string; workbook: ExcelJS.Workbook }> {
    const a = await this.attendance.sessionAttendance(user, sessionId);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm danh');
    ws.addRow([safeCell(`${a.session.classCode} – ${a.session.classTitle}`)]).font = { bold: true };
    ws.addRow([safeCell(`Buổi học: ${a.session.topicTitle}`), safeCell(`${timeFormat.format(a.session.startsAt)} – ${timeFormat.format(a.session.endsAt)}`)]);
    ws.addRow([`Có mặt khi đủ ${a.minPresencePercent}% thời lượng (${a.sessionMinutes} phút)`, `Có mặt: ${a.presentCount}/${a.rows.length}${a.inProgressCount ? `, đang diễn ra: ${a.inProgressCount}` : ''}`]);
    ws.addRow([]);
    const header = ws.addRow(['STT', 'Họ và tên', 'Xã/phường', 'Số phút', 'Tỷ lệ (%)', 'Có mặt', 'Nguồn', 'Giờ quét mã', 'Lý do điều chỉnh', 'Người điều chỉnh', 'Thời điểm điều chỉnh']);
    header.font = { bold: true };
    a.rows.forEach((r, i) => {
      ws.addRow([
        i + 1,
        safeCell(r.official.fullName),
        safeCell(r.official.communeName),
        r.minutes,
        r.percent,
        presence(r),
        r.sources.map((s) => SOURCE_LABEL[s] ?? s).join(', '),
        r.checkedInAt ? timeFormat.format(r.checkedInAt) : null,
        safeCell(r.correction?.reason),
        safeCell(r.correction?.correctedByName),
        r.correction ? timeFormat.format(r.correction.createdAt) : null,
      ]);
    });
    [6, 32, 22, 10, 10, 8, 24, 18, 40, 30, 20].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', ySplit: 5 }];
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(a.session.startsAt);
    return { filename: `diem-danh-${a.session.classCode}-${day}.xlsx`, workbook: wb };
  }

  /** The class grid: one row per enrolled official, one column per session (percent, "Vắng" below the threshold). */
  async classGrid(user: AuthUser, classId: string): Promise<{ filename: string; workbook: ExcelJS.Workbook }> {
    const g = await this.attendance.classAttendance(user, classId);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm danh lớp');
    ws.addRow([safeCell(`${g.classCode} – ${g.classTitle}`)]).font = { bold: true };
    ws.addRow([`Có mặt khi đủ ${g.minPresencePercent}% thời lượng buổi học; (*) là đã điều chỉnh; buổi đang diễn ra chưa tính`]);
    ws.addRow([]);
    const header = ws.addRow([
      'STT',
      'Họ và tên',
      'Xã/phường',
      ...g.sessions.map((s, i) => `Buổi ${i + 1} (${dayTime.format(s.startsAt)})`),
      'Số buổi có mặt',
    ]);
    header.font = { bold: true };
    g.rows.forEach((r, i) => {
      ws.addRow([
        i + 1,
        safeCell(r.official.fullName),
        safeCell(r.official.communeName),
        ...r.cells.map((c) => `${presence(c)} ${c.percent}%${c.corrected ? ' (*)' : ''}`),
        `${r.presentCount}/${g.sessions.length}`,
      ]);
    });
    [6, 32, 22, ...g.sessions.map(() => 18), 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
    return { filename: `diem-danh-${g.classCode}.xlsx`, workbook: wb };
  }
}
