import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { ExportsService } from './exports.service';

let sut: TestApp;
let admin: string;
let lecturer: string;
let coordinator: string;
let trainee: string;
let quynhLuuClass: string;

const HEADERS = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Xã/phường', 'Khối', 'Chức vụ', 'Trình độ chuyên môn',
  'Trình độ lý luận chính trị', 'Trình độ quản lý nhà nước', 'Điện thoại', 'Trạng thái', 'Thứ tự chờ',
];
const HEADER_ROW = 6;

async function download(path: string, token?: string) {
  return fetch(`${sut.url}/api/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Downloads and parses one export; the first worksheet. */
async function sheet(path: string, token: string): Promise<{ ws: ExcelJS.Worksheet; res: Response; raw: Buffer }> {
  const res = await download(path, token);
  expect(res.status).toBe(200);
  const raw = Buffer.from(await res.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(raw as unknown as ArrayBuffer);
  return { ws: wb.worksheets[0]!, res, raw };
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
const dataRows = (ws: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => {
    if (n > HEADER_ROW) rows.push(row);
  });
  return rows;
};

const ENROLMENTS = 'query($c: ID!){ classEnrollments(classId: $c){ status waitlistPosition official { fullName communeName } } }';

beforeAll(async () => {
  sut = await createTestApp();
  [admin, lecturer, coordinator, trainee] = await Promise.all([DEMO.admin, DEMO.lecturer, DEMO.coordinator, DEMO.trainee].map((e) => sut.login(e)));
  const classes = (await sut.gql<any>('{ classes { id code } }', {}, admin)).data.classes as { id: string; code: string }[];
  quynhLuuClass = classes.find((c) => c.code === 'NA-2025-TH-L01')!.id;
});
afterAll(() => sut?.close());

describe(ExportsService.name, () => {
  it('exports the class list with title rows, Vietnamese headers, the waitlist in order and real dates', async () => {
    const { ws, res } = await sheet(`classes/${quynhLuuClass}/enrolments.xlsx`, admin);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Danh-sach-lop-NA-2025-TH-L01.xlsx"; filename*=UTF-8''Danh-sach-lop-NA-2025-TH-L01.xlsx`,
    );
    expect(ws.getCell('A1').value).toBe('DANH SÁCH HỌC VIÊN LỚP NA-2025-TH-L01');
    expect(ws.getCell('A2').value).toBe('Tập huấn chính quyền địa phương 2 cấp tại xã Quỳnh Lưu');
    expect(ws.getCell('A3').value).toBe('Thời gian: 18/09/2025 – 19/09/2025 · Địa điểm: UBND xã Quỳnh Lưu, tỉnh Nghệ An');
    expect(ws.getCell('A4').value).toBe('Ghi danh: 150 · Danh sách chờ: 5');
    expect(values(ws.getRow(HEADER_ROW))).toEqual(HEADERS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.getColumn(2).width).toBeGreaterThan(20);

    const rows = dataRows(ws);
    const api = (await sut.gql<any>(ENROLMENTS, { c: quynhLuuClass }, admin)).data.classEnrollments as any[];
    expect(rows).toHaveLength(155);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(api.map((e) => e.official.fullName));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(Array.from({ length: 155 }, (_, i) => i + 1));
    expect(rows.slice(150).map((r) => [r.getCell(13).value, r.getCell(14).value])).toEqual([1, 2, 3, 4, 5].map((n) => ['Danh sách chờ', n]));
    expect(rows[0]!.getCell(13).value).toBe('Ghi danh');
    const born = rows.map((r) => r.getCell(3)).filter((c) => c.value != null);
    expect(born.length).toBeGreaterThan(100);
    expect(born[0]!.value).toBeInstanceOf(Date);
    expect(born[0]!.numFmt).toBe('dd/mm/yyyy');
    expect(rows.every((r) => /^(Xã|Phường|Đặc khu) /.test(String(r.getCell(6).value)))).toBe(true);
    expect(new Set(rows.map((r) => r.getCell(4).value))).toEqual(new Set(['Nam', 'Nữ']));
  });

  it('gives a coordinator only the rows of their own commune, and lecturers the whole list', async () => {
    const { ws } = await sheet(`classes/${quynhLuuClass}/enrolments.xlsx`, coordinator);
    const rows = dataRows(ws);
    const mine = (await sut.gql<any>(ENROLMENTS, { c: quynhLuuClass }, coordinator)).data.classEnrollments as any[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(155);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(mine.map((e) => e.official.fullName));
    expect(new Set(rows.map((r) => r.getCell(6).value))).toEqual(new Set(['Xã Quỳnh Lưu']));
    expect(dataRows((await sheet(`classes/${quynhLuuClass}/enrolments.xlsx`, lecturer)).ws)).toHaveLength(155);
  });

  it('refuses a lecturer the class list of a class she does not teach (403), but still gives her its timetable', async () => {
    const other = (await sut.gql<any>('{ classes { id code } }', {}, admin)).data.classes.find((c: { code: string }) => c.code === 'DL-2025-L01').id;
    const list = await download(`classes/${other}/enrolments.xlsx`, lecturer);
    expect(list.status).toBe(403);
    expect(await list.json()).toMatchObject({ code: 'auth/forbidden' });
    expect(dataRows((await sheet(`classes/${other}/enrolments.xlsx`, admin)).ws).length).toBeGreaterThan(0);
    expect((await download(`classes/${other}/timetable.xlsx`, lecturer)).status).toBe(200);
  });

  it('refuses anonymous callers (401), trainees (403) and unknown classes (404) with a JSON error code', async () => {
    const anon = await download(`classes/${quynhLuuClass}/enrolments.xlsx`);
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ code: 'auth/unauthenticated' });
    const bad = await download(`classes/${quynhLuuClass}/timetable.xlsx`, 'not-a-token');
    expect(bad.status).toBe(401);
    const t = await download(`classes/${quynhLuuClass}/enrolments.xlsx`, trainee);
    expect(t.status).toBe(403);
    expect(await t.json()).toMatchObject({ code: 'auth/forbidden' });
    const missing = await download('classes/00000000-0000-4000-8000-000000000000/timetable.xlsx', admin);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'class/not_found' });
    expect((await download('classes/not-a-uuid/enrolments.xlsx', admin)).status).toBe(404);
  });

  it('exports the timetable in Vietnamese time to everyone who can read the class, trainees included', async () => {
    const cls = (await sut.gql<any>('query($id: ID!){ class(id: $id){ sessions { topic { title } room lecturer { displayName } } } }', { id: quynhLuuClass }, admin))
      .data.class;
    for (const token of [admin, trainee, coordinator, lecturer]) {
      const { ws, res } = await sheet(`classes/${quynhLuuClass}/timetable.xlsx`, token);
      expect(res.headers.get('content-disposition')).toContain('filename="Thoi-khoa-bieu-NA-2025-TH-L01.xlsx"');
      expect(ws.getCell('A1').value).toBe('THỜI KHÓA BIỂU LỚP NA-2025-TH-L01');
      expect(values(ws.getRow(HEADER_ROW))).toEqual(['STT', 'Ngày', 'Thứ', 'Bắt đầu', 'Kết thúc', 'Chuyên đề', 'Loại', 'Hình thức', 'Phòng', 'Giảng viên']);
      const rows = dataRows(ws);
      expect(rows).toHaveLength(5);
      // 18/9/2025 was a Thursday; the first session ran 07:30-10:30 local time (00:30-03:30 UTC).
      const first = rows[0]!;
      expect((first.getCell(2).value as Date).toISOString()).toBe('2025-09-18T00:00:00.000Z');
      expect(first.getCell(3).value).toBe('Thứ Năm');
      // Times of day are Excel times (fractions of a day), which exceljs reads back as instants on 30/12/1899.
      expect((first.getCell(4).value as Date).toISOString()).toBe('1899-12-30T07:30:00.000Z');
      expect((first.getCell(5).value as Date).toISOString()).toBe('1899-12-30T10:30:00.000Z');
      expect(first.getCell(4).numFmt).toBe('hh:mm');
      expect(rows[4]!.getCell(3).value).toBe('Thứ Sáu');
      expect(rows.map((r) => r.getCell(6).value)).toEqual(cls.sessions.map((s: any) => s.topic.title));
      expect(rows.map((r) => r.getCell(10).value)).toEqual(cls.sessions.map((s: any) => s.lecturer.displayName));
      expect(first.getCell(8).value).toBe('Tại lớp');
    }
  });

  it('writes formulas typed into class titles, venues and rooms as inert text', async () => {
    // Officials' text fields only take letters (the directory's validators), so the free-text fields an administrator
    // types are the ones that can carry a formula into a spreadsheet: class title, venue, session room, topic title.
    const evil = '=HYPERLINK("http://evil","x")';
    const program = (await sut.gql<any>('{ programs { id code topics { id title } } }', {}, admin)).data.programs.find((p: any) => p.code === 'NA-2026-XA');
    const lecturerId = (await sut.gql<any>('{ lecturers { id } }', {}, admin)).data.lecturers[0].id;
    const cls = await sut.gql<any>(
      'mutation($i: CreateClassInput!){ createClass(input: $i){ id } }',
      {
        i: {
          programId: program.id,
          code: 'XLSX-01',
          title: evil,
          venue: '@SUM(1+1)',
          startDate: '2031-05-05',
          endDate: '2031-05-09',
          lecturers: [{ userId: lecturerId, kind: 'SCHOOL' }],
        },
      },
      admin,
    );
    expect(cls.errors).toBeUndefined();
    const classId = cls.data.createClass.id;
    const session = await sut.gql<any>(
      'mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i){ id } }',
      {
        c: classId,
        i: { topicId: program.topics[0].id, startsAt: '2031-05-05T00:30:00Z', endsAt: '2031-05-05T04:30:00Z', mode: 'ROOM', room: '-2+3', lecturerId },
      },
      admin,
    );
    expect(session.errors).toBeUndefined();
    const official = (await sut.gql<any>('{ officials(first: 1) { edges { node { id } } } }', {}, admin)).data.officials.edges[0].node.id;
    const enrolled = await sut.gql<any>('mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o){ id } }', { c: classId, o: official }, admin);
    expect(enrolled.errors).toBeUndefined();

    for (const file of ['enrolments', 'timetable']) {
      const { ws } = await sheet(`classes/${classId}/${file}.xlsx`, admin);
      expect(ws.getCell('A2').value).toBe(`'${evil}`);
      expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell('A3').value).toBe(`Thời gian: 05/05/2031 – 09/05/2031 · Địa điểm: @SUM(1+1)`);
      // No cell of the file is a formula.
      const types: ExcelJS.ValueType[] = [];
      ws.eachRow((row) => row.eachCell((c) => types.push(c.type)));
      expect(types).not.toContain(ExcelJS.ValueType.Formula);
      if (file === 'timetable') {
        const room = ws.getRow(HEADER_ROW + 1).getCell(9);
        expect(room.value).toBe(`'-2+3`);
        expect(room.type).toBe(ExcelJS.ValueType.String);
      }
    }
  });
});
