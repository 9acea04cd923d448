import { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { IMPORT_EVENTS_EACH_UP_TO, ImportsService } from './imports.service';

const HEADER = 'STT;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Xã/phường;Khối;Chức vụ;Số điện thoại;Vùng khó khăn';
const COHORT = [
  '1;Nguyễn Thị Thu Hà;12/04/1983;Nữ;Kinh;Quỳnh Lưu;Khối Đảng;Phó Bí thư Đảng ủy;0912111222;',
  '2;Lô Văn Khánh;3/9/1978;Nam;Thái;Con Cuông;Khối chính quyền (HĐND, UBND);Chủ tịch UBND;;Có',
  '3;Hồ Sỹ Tuấn;1988-01-30;Nam;Kinh;Hải Châu;Khối Mặt trận và các tổ chức chính trị - xã hội;Chủ tịch Ủy ban MTTQ;;',
  '4;Vi Thị Mai;20/11/1990;Nữ;Thái;Tương Dương;Ban chỉ huy quân sự;Chỉ huy phó Ban CHQS;;',
];
const PHAN = '1;Phan Văn Đức;07/07/1977;Nam;Kinh;Quỳnh Lưu;Khối Đảng;Chuyên viên;;';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8');

const IMPORT = `query($id: ID!){ officialImport(id: $id) {
  id status format encoding totalRows processedRows progressPercent toCreate toUpdate unchanged toEnrol toWaitlist alreadyEnrolled errorCount
  class { code } fileError { code message }
  errors { row column reason message value }
  preview(first: 100) { row fullName dateOfBirth communeName action enrolment errors { column reason } }
} }`;
const COMMIT = 'mutation($id: ID!){ commitOfficialImport(id: $id) { status committedAt toCreate toUpdate unchanged toEnrol toWaitlist alreadyEnrolled } }';

let sut: TestApp;
let admin: string;
let em: EntityManager;
let service: ImportsService;
let classSeq = 0;

async function upload(bytes: Buffer, classId: string, token: string | null = admin, fileName = 'danh-sach.csv') {
  const res = await fetch(`${sut.url}/api/imports/officials?classId=${classId}&fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as { id?: string; code?: string; message?: string } };
}

/** Uploads and waits for the analysis to end; returns the report. */
async function analysed(bytes: Buffer, classId: string, fileName?: string) {
  const { body } = await upload(bytes, classId, admin, fileName);
  expect(body.id).toBeTruthy();
  await service.settled(body.id!);
  const r = await sut.gql<any>(IMPORT, { id: body.id }, admin);
  expect(r.errors).toBeUndefined();
  return r.data.officialImport;
}

/** A Nghệ An class of its own with a small capacity. */
async function freshClass(capacity: number): Promise<string> {
  const rows: { id: string }[] = await em.fork().execute(
    `insert into training_class (id, created_at, updated_at, program_id, code, title, start_date, end_date, venue, delivery_format, capacity)
     select gen_random_uuid(), now(), now(), program_id, ?, 'Lớp bồi dưỡng cán bộ xã (nhập danh sách)', '2034-03-02', '2034-03-06',
       'Trường Chính trị tỉnh Nghệ An', delivery_format, ? from training_class where code = 'NA-2026-L01' returning id`,
    [`IMP-${process.pid}-${++classSeq}`, capacity],
  );
  return rows[0].id;
}

async function snapshot(classId: string) {
  const [o] = await em.fork().execute(`select count(*)::int as n, max(updated_at) as u from official`);
  const e = await em.fork().execute(
    `select o.full_name, e.status, e.waitlist_position, e.updated_at from enrollment e join official o on o.id = e.official_id
     where e.training_class_id = ? order by e.status, e.waitlist_position nulls first, o.full_name`,
    [classId],
  );
  return { officials: o, enrolments: e };
}

beforeAll(async () => {
  sut = await createTestApp({ IMPORT_MAX_BYTES: '200000', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  admin = await sut.login(DEMO.admin);
  em = sut.app.get(EntityManager);
  service = sut.app.get(ImportsService);
});
afterAll(() => sut?.close());

describe(ImportsService.name, () => {
  it('upload: 401 without a token, 403 for other roles, 413 over the limit, 404 for an unknown class, 400 when empty, 201 for an admin', async () => {
    const classId = await freshClass(5);
    const anon = await upload(csv(...COHORT), classId, null);
    expect([anon.status, anon.body]).toEqual([401, { code: 'auth/unauthenticated', message: 'Hãy đăng nhập trước khi tải tệp lên.' }]);
    for (const who of [DEMO.trainee, DEMO.lecturer, DEMO.coordinator]) {
      const r = await upload(csv(...COHORT), classId, await sut.login(who));
      expect([r.status, r.body.code]).toEqual([403, 'auth/forbidden']);
      expect(r.body.message).toMatch(/quản trị/);
    }
    const big = await upload(Buffer.alloc(300_000, 0x41), classId);
    expect([big.status, big.body.code]).toEqual([413, 'import/too_large']);
    const noClass = await upload(csv(...COHORT), '00000000-0000-4000-8000-000000000000');
    expect([noClass.status, noClass.body.code]).toEqual([404, 'class/not_found']);
    const empty = await upload(Buffer.alloc(0), classId);
    expect([empty.status, empty.body.code]).toEqual([400, 'import/empty_file']);
    const ok = await upload(csv(...COHORT), classId);
    expect(ok.status).toBe(201);
    expect(ok.body.id).toMatch(/^[0-9a-f-]{36}$/);
    await service.settled(ok.body.id!);
  });

  it('dry run → commit → re-import is a no-op; capacity sends the rest to the waitlist in file order', async () => {
    const classId = await freshClass(3);
    const before = await snapshot(classId);
    const report = await analysed(csv(...COHORT), classId);
    expect(report).toMatchObject({
      status: 'READY',
      format: 'CSV',
      encoding: 'UTF-8',
      totalRows: 4,
      processedRows: 4,
      progressPercent: 100,
      toCreate: 4,
      toUpdate: 0,
      unchanged: 0,
      toEnrol: 3,
      toWaitlist: 1,
      alreadyEnrolled: 0,
      errorCount: 0,
      fileError: null,
      errors: [],
    });
    expect(report.class.code).toMatch(/^IMP-/);
    expect(report.preview.map((p: any) => [p.row, p.action, p.enrolment])).toEqual([
      [2, 'CREATE', 'ENROLL'],
      [3, 'CREATE', 'ENROLL'],
      [4, 'CREATE', 'ENROLL'],
      [5, 'CREATE', 'WAITLIST'],
    ]);
    expect(report.preview[1]).toMatchObject({ fullName: 'Lô Văn Khánh', dateOfBirth: '1978-09-03', communeName: 'Con Cuông' });
    // The dry run wrote nothing.
    expect(await snapshot(classId)).toEqual(before);

    const committed = await sut.gql<any>(COMMIT, { id: report.id }, admin);
    expect(committed.errors).toBeUndefined();
    expect(committed.data.commitOfficialImport).toMatchObject({ status: 'COMMITTED', toCreate: 4, toEnrol: 3, toWaitlist: 1 });
    const after = await snapshot(classId);
    expect(after.officials.n).toBe(before.officials.n + 4);
    expect(after.enrolments.map((e: any) => [e.full_name, e.status, e.waitlist_position])).toEqual([
      ['Hồ Sỹ Tuấn', 'ENROLLED', null],
      ['Lô Văn Khánh', 'ENROLLED', null],
      ['Nguyễn Thị Thu Hà', 'ENROLLED', null],
      ['Vi Thị Mai', 'WAITLISTED', 1],
    ]);
    const [khanh] = await em.fork().execute(`select hardship_area, search_text, sort_key from official where full_name = 'Lô Văn Khánh' and date_of_birth = '1978-09-03'`);
    expect(khanh).toEqual({ hardship_area: true, search_text: 'lo van khanh', sort_key: 'lo van khanh' });
    const again = await sut.gql<any>(COMMIT, { id: report.id }, admin);
    expect(again.errors?.[0].extensions?.code).toBe('import/already_committed');

    // The same people again, NFD-encoded, names without diacritics in upper case: nothing to do.
    const same = COHORT.map((l) => l.replace('Nguyễn Thị Thu Hà', 'NGUYEN THI THU HA')).join('\n').normalize('NFD');
    const second = await analysed(Buffer.from([HEADER, same].join('\n')), classId);
    expect(second).toMatchObject({ status: 'READY', toCreate: 0, toUpdate: 0, unchanged: 4, toEnrol: 0, toWaitlist: 0, alreadyEnrolled: 4 });
    const c2 = await sut.gql<any>(COMMIT, { id: second.id }, admin);
    expect(c2.data.commitOfficialImport.status).toBe('COMMITTED');
    expect(await snapshot(classId)).toEqual(after);

    // A changed phone is an update; a new person joins the end of the waitlist.
    const third = await analysed(
      csv(COHORT[0].replace('0912111222', '0987000111'), ...COHORT.slice(1), '5;Trần Thị Hằng;01/01/1992;Nữ;Kinh;Quỳnh Lưu;Khối Đảng;Chuyên viên;;'),
      classId,
    );
    expect(third).toMatchObject({ toCreate: 1, toUpdate: 1, unchanged: 3, alreadyEnrolled: 4, toWaitlist: 1, toEnrol: 0 });
    await sut.gql<any>(COMMIT, { id: third.id }, admin);
    const [ha] = await em.fork().execute(`select phone, full_name from official where sort_key = 'nguyen thi thu ha' and date_of_birth = '1983-04-12'`);
    expect(ha).toEqual({ phone: '0987000111', full_name: 'Nguyễn Thị Thu Hà' });
    const final = await snapshot(classId);
    expect(final.enrolments.filter((e: any) => e.status === 'WAITLISTED').map((e: any) => [e.full_name, e.waitlist_position])).toEqual([
      ['Vi Thị Mai', 1],
      ['Trần Thị Hằng', 2],
    ]);
  });

  it('reports row errors with row, column as written, reason and Vietnamese message; commit is refused', async () => {
    const classId = await freshClass(70);
    const report = await analysed(
      csv(
        PHAN,
        '2;;31/02/1980;Nữ;Kinh;Quỳnh Lưuu;Khối Đảng;Chuyên viên;;',
        '',
        PHAN.replace(/^1;/, '4;'),
      ),
      classId,
    );
    expect(report.status).toBe('INVALID');
    expect(report.errorCount).toBe(4);
    expect(report.errors).toEqual([
      { row: 3, column: 'Họ và tên', reason: 'required', message: 'Thiếu họ và tên', value: null },
      { row: 3, column: 'Ngày sinh', reason: 'invalid_date', message: 'Ngày sinh không hợp lệ: "31/02/1980"', value: '31/02/1980' },
      { row: 3, column: 'Xã/phường', reason: 'commune_not_found', message: 'Không tìm thấy xã/phường "Quỳnh Lưuu" trong tỉnh Nghệ An', value: 'Quỳnh Lưuu' },
      { row: 5, column: 'Họ và tên', reason: 'duplicate_row', message: 'Trùng với dòng 2: cùng họ và tên, ngày sinh và xã/phường', value: 'Phan Văn Đức' },
    ]);
    expect(report.preview.map((p: any) => [p.row, p.action, p.enrolment])).toEqual([
      [2, 'CREATE', 'ENROLL'],
      [3, 'ERROR', 'NONE'],
      [5, 'ERROR', 'NONE'],
    ]);
    const before = await snapshot(classId);
    const r = await sut.gql<any>(COMMIT, { id: report.id }, admin);
    expect(r.errors?.[0].extensions?.code).toBe('import/has_errors');
    expect(await snapshot(classId)).toEqual(before);
  });

  it('stages a file larger than one batch: every row once, in file order, with duplicates found across batches', async () => {
    const classId = await freshClass(70);
    const day = (i: number) => new Date(Date.UTC(1970, 0, 1 + i * 7)).toISOString().slice(0, 10).split('-').reverse().join('/');
    const lines = Array.from({ length: 400 }, (_, i) => `${i + 1};Nguyễn Văn Hưởng;${day(i)};Nam;Kinh;Quỳnh Lưu;Khối Đảng;Chuyên viên;;`);
    // Far from row 3 (several staged batches later), the same official again.
    lines.push(lines[1].replace(/^2;/, '401;'));
    const report = await analysed(csv(...lines), classId);
    expect(report).toMatchObject({ status: 'INVALID', totalRows: 401, processedRows: 401, errorCount: 1 });
    expect(report.errors).toEqual([
      { row: 402, column: 'Họ và tên', reason: 'duplicate_row', message: 'Trùng với dòng 3: cùng họ và tên, ngày sinh và xã/phường', value: 'Nguyễn Văn Hưởng' },
    ]);
    const [staged] = await em
      .fork()
      .execute(`select count(*)::int as n, count(distinct row_no)::int as rows, min(row_no) as first, max(row_no) as last from official_import_row where import_id = ?`, [
        report.id,
      ]);
    expect(staged).toEqual({ n: 401, rows: 401, first: 2, last: 402 });
  });

  it('an unreadable file ends FAILED with a file error, and cannot be committed', async () => {
    const classId = await freshClass(70);
    const report = await analysed(Buffer.from('PK\u0003\u0004 this is no workbook'), classId, 'ds.xlsx');
    expect(report.status).toBe('FAILED');
    expect(report.fileError.code).toBe('import/unreadable_file');
    expect(report.fileError.message).toMatch(/Không đọc được tệp/);
    const r = await sut.gql<any>(COMMIT, { id: report.id }, admin);
    expect(r.errors?.[0].extensions?.code).toBe('import/not_ready');
    const missing = await analysed(Buffer.from('Họ và tên;Ngày sinh\nA;1/1/1980'), classId);
    expect(missing).toMatchObject({ status: 'FAILED', fileError: { code: 'import/missing_columns' } });
    const unknown = await sut.gql<any>(IMPORT, { id: '00000000-0000-4000-8000-000000000000' }, admin);
    expect(unknown.errors?.[0].extensions?.code).toBe('import/not_found');
  });

  it('commit is all or nothing: a failure midway leaves the directory and the class unchanged', async () => {
    const classId = await freshClass(2);
    const report = await analysed(csv(...COHORT.map((l) => l.replace(/;(\d+)\/(\d+)\/(\d{4});/, ';$1/$2/1969;'))), classId);
    expect(report.status).toBe('READY');
    const before = await snapshot(classId);
    for (const step of ['officials', 'updates', 'enrolments'] as const) {
      service.failCommitAfter = step;
      const r = await sut.gql<any>(COMMIT, { id: report.id }, admin);
      expect(r.errors?.[0].extensions?.code).toBe('internal/error');
      expect(await snapshot(classId)).toEqual(before);
      const status = await sut.gql<any>('query($id: ID!){ officialImport(id: $id) { status } }', { id: report.id }, admin);
      expect(status.data.officialImport.status).toBe('READY');
    }
    service.failCommitAfter = null;
    // Concurrent commits: exactly one wins.
    const results = await Promise.all([1, 2, 3].map(() => sut.gql<any>(COMMIT, { id: report.id }, admin)));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['import/already_committed', 'import/already_committed', 'ok']);
    const after = await snapshot(classId);
    expect(after.enrolments.map((e: any) => e.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED', 'WAITLISTED']);
  });
});

describe('officialChanged after an import', () => {
  type Event = { id: string; commune: string };
  /** A live `officialChanged` subscription; `stop` waits a moment for late events, then closes it. */
  async function watch(email: string) {
    const client = sut.subscriptionClient(await sut.login(email));
    const received: Event[] = [];
    const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      { query: 'subscription { officialChanged { id commune { id } } }' },
      {
        next: (v) => received.push({ id: (v.data as any).officialChanged.id, commune: (v.data as any).officialChanged.commune.id }),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await ready;
    // The subscription is registered after the connection is acknowledged.
    await new Promise((r) => setTimeout(r, 100));
    return {
      received,
      stop: async () => {
        await new Promise((r) => setTimeout(r, 300));
        await client.dispose();
        return received;
      },
    };
  }

  const row = (n: number, name: string, dob: string, commune: string, phone = '') =>
    `${n};${name};${dob};Nam;Kinh;${commune};Khối Đảng;Chuyên viên;${phone};`;
  const officialsNamed = async (name: string) =>
    (await em.fork().execute(`select id, commune_id as commune from official where full_name = ? order by date_of_birth`, [name])) as Event[];
  const coordinatorCommune = async () =>
    ((await em.fork().execute(`select commune_id from "user" where email = ?`, [DEMO.coordinator])) as { commune_id: string }[])[0].commune_id;
  const byId = (a: Event, b: Event) => a.id.localeCompare(b.id);

  it('reaches an admin for each official created or updated, and a coordinator only for their commune, once committed', async () => {
    const home = await coordinatorCommune();
    const classId = await freshClass(10);
    const lines = [
      row(1, 'Đặng Văn Sự Kiện', '01/02/1961', 'Quỳnh Lưu', '0912000001'),
      row(2, 'Đặng Văn Sự Kiện', '02/02/1961', 'Con Cuông'),
      row(3, 'Đặng Văn Sự Kiện', '03/02/1961', 'Tương Dương'),
      row(4, 'Đặng Văn Sự Kiện', '04/02/1961', 'Quỳnh Lưu'),
    ];
    const report = await analysed(csv(...lines), classId);
    expect(report).toMatchObject({ status: 'READY', toCreate: 4 });
    const admin1 = await watch(DEMO.admin);
    const coordinator1 = await watch(DEMO.coordinator);
    // The analysis (a dry run) announced nothing.
    expect(admin1.received).toEqual([]);
    const r = await sut.gql<any>(COMMIT, { id: report.id }, admin);
    expect(r.data?.commitOfficialImport.status).toBe('COMMITTED');
    const created = await officialsNamed('Đặng Văn Sự Kiện');
    expect(created).toHaveLength(4);
    expect(created.filter((o) => o.commune === home)).toHaveLength(2);
    expect((await admin1.stop()).sort(byId)).toEqual([...created].sort(byId));
    expect((await coordinator1.stop()).sort(byId)).toEqual(created.filter((o) => o.commune === home).sort(byId));

    // Re-importing with one changed phone (outside the coordinator's commune): only that official is announced.
    const admin2 = await watch(DEMO.admin);
    const coordinator2 = await watch(DEMO.coordinator);
    const again = await analysed(csv(lines[0], lines[1].replace(/;$/, '0912000002;'), lines[2], lines[3]), classId);
    expect(again).toMatchObject({ status: 'READY', toCreate: 0, toUpdate: 1, unchanged: 3 });
    await sut.gql<any>(COMMIT, { id: again.id }, admin);
    expect(await admin2.stop()).toEqual([created[1]]);
    expect(created[1].commune).not.toBe(home);
    expect(await coordinator2.stop()).toEqual([]);
  });

  it(`a large import (over ${IMPORT_EVENTS_EACH_UP_TO} officials) announces one official per commune it touched`, async () => {
    const home = await coordinatorCommune();
    const classId = await freshClass(10);
    const day = (i: number) => new Date(Date.UTC(1940, 0, 1 + i)).toISOString().slice(0, 10).split('-').reverse().join('/');
    const lines = Array.from({ length: IMPORT_EVENTS_EACH_UP_TO + 1 }, (_, i) =>
      row(i + 1, 'Lương Văn Hàng Loạt', day(i), i % 2 ? 'Con Cuông' : 'Quỳnh Lưu'),
    );
    const report = await analysed(csv(...lines), classId);
    expect(report).toMatchObject({ status: 'READY', toCreate: IMPORT_EVENTS_EACH_UP_TO + 1 });
    const adminWatch = await watch(DEMO.admin);
    const coordinatorWatch = await watch(DEMO.coordinator);
    await sut.gql<any>(COMMIT, { id: report.id }, admin);
    // The first official of each commune in file order: rows 1 (Quỳnh Lưu) and 2 (Con Cuông).
    const [first, second] = await officialsNamed('Lương Văn Hàng Loạt');
    expect(first.commune).toBe(home);
    expect(second.commune).not.toBe(home);
    expect((await adminWatch.stop()).sort(byId)).toEqual([first, second].sort(byId));
    expect(await coordinatorWatch.stop()).toEqual([first]);
  });

  it('an invalid import, or a commit that fails and is rolled back, announces nothing', async () => {
    const classId = await freshClass(10);
    const invalid = await analysed(csv(row(1, 'Trịnh Văn Không Ghi', '01/01/1962', 'Quỳnh Lưuu')), classId);
    expect(invalid.status).toBe('INVALID');
    const ready = await analysed(csv(row(1, 'Trịnh Văn Không Ghi', '01/01/1962', 'Quỳnh Lưu')), classId);
    expect(ready.status).toBe('READY');
    const adminWatch = await watch(DEMO.admin);
    const refused = await sut.gql<any>(COMMIT, { id: invalid.id }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('import/has_errors');
    service.failCommitAfter = 'enrolments';
    try {
      const failed = await sut.gql<any>(COMMIT, { id: ready.id }, admin);
      expect(failed.errors?.[0].extensions?.code).toBe('internal/error');
    } finally {
      service.failCommitAfter = null;
    }
    expect(await officialsNamed('Trịnh Văn Không Ghi')).toEqual([]);
    expect(await adminWatch.stop()).toEqual([]);
  });
});
