import { createHmac } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, freeLecturersAroundNow, TEST_JWT_SECRET, type TestApp } from '../test/app';
import { AttendanceService } from './attendance.service';

const CODE = 'query($s: ID!){ liveCheckInCode(sessionId: $s){ code url expiresAt sessionId } }';
const CHECK_IN = 'mutation($c: String!){ checkIn(code: $c){ checkedInAt alreadyCheckedIn session { id classCode topicTitle } } }';
const ROW = `official { id fullName communeName } minutes percent present inProgress sources checkedInAt intervals { from to source }
  correction { present minutes reason correctedByName } corrections { reason present minutes correctedByName createdAt }`;
const ATTENDANCE = `query($s: ID!){ sessionAttendance(sessionId: $s){ sessionMinutes minPresencePercent presentCount inProgressCount rows { ${ROW} } } }`;
const CORRECT = `mutation($s: ID!, $o: ID!, $p: Boolean!, $r: String!, $m: Int){ correctAttendance(sessionId: $s, officialId: $o, present: $p, reason: $r, minutes: $m){ ${ROW} } }`;
const GRID = 'query($c: ID!){ classAttendance(classId: $c){ sessions { id } rows { official { id } cells { sessionId minutes percent present inProgress corrected } presentCount } } }';

let sut: TestApp;
let orm: MikroORM;
let admin: string;
let tokens: Record<'lecturer' | 'lecturer2' | 'lecturer3' | 'trainee' | 'trainee2' | 'coordinator', string>;
let officials: { trainee: string; trainee2: string };
let users: { trainee: string; trainee2: string };
let liveSessionId: string;
let liveClassId: string;
let programId: string;
let topicId: string;
let lecturer2Id: string;
let seq = 0;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const checkinKey = () => createHmac('sha256', TEST_JWT_SECRET).update('gd-checkin-code').digest();

/** A fresh class taught by lecturer2 with one ONLINE session from `from` to `to` minutes from now; the demo trainees enrolled when asked. */
async function freshSession(from: number, to: number, enrol: string[] = []): Promise<{ classId: string; sessionId: string }> {
  const startsAt = new Date(Date.now() + from * 60_000);
  const endsAt = new Date(Date.now() + to * 60_000);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  const c = await sut.gql<any>(
    'mutation($i: CreateClassInput!){ createClass(input: $i){ id } }',
    { i: { programId, code: `ATT-${++seq}`, title: 'Lớp điểm danh thử', startDate: day(startsAt), endDate: day(endsAt), lecturers: [{ userId: lecturer2Id, kind: 'SCHOOL' }] } },
    admin,
  );
  const classId = c.data.createClass.id;
  const s = await sut.gql<any>(
    'mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i){ sessions { id } } }',
    { c: classId, i: { topicId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), mode: 'ONLINE', lecturerId: lecturer2Id } },
    admin,
  );
  expect(s.errors).toBeUndefined();
  for (const o of enrol) {
    const e = await sut.gql<any>('mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o){ status } }', { c: classId, o }, admin);
    expect(e.data.enrollOfficial.status).toBe('ENROLLED');
  }
  return { classId, sessionId: s.data.addClassSession.sessions[0].id };
}

beforeAll(async () => {
  sut = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  orm = sut.app.get(MikroORM);
  admin = await sut.login(DEMO.admin);
  tokens = {
    lecturer: await sut.login(DEMO.lecturer),
    lecturer2: await sut.login('lecturer2@demo.local'),
    lecturer3: await sut.login('lecturer3@demo.local'),
    trainee: await sut.login(DEMO.trainee),
    trainee2: await sut.login('trainee2@demo.local'),
    coordinator: await sut.login(DEMO.coordinator),
  };
  const me = async (t: string) => (await sut.gql<any>('{ me { id official { id } } }', {}, t)).data.me;
  const [t1, t2] = [await me(tokens.trainee), await me(tokens.trainee2)];
  officials = { trainee: t1.official.id, trainee2: t2.official.id };
  users = { trainee: t1.id, trainee2: t2.id };
  const r = await sut.gql<any>('{ classes { id code program { id topics { id } } sessions { id } } lecturers { id displayName } }', {}, admin);
  const live = r.data.classes.find((c: any) => c.code === 'NA-2026-TT01');
  liveSessionId = live.sessions[0].id;
  liveClassId = live.id;
  programId = live.program.id;
  topicId = live.program.topics[0].id;
  lecturer2Id = r.data.lecturers.find((l: any) => l.displayName.includes('Nguyễn Văn Thắng')).id;
  await freeLecturersAroundNow(sut, [lecturer2Id]);
});
afterAll(() => sut?.close());

describe(AttendanceService.name, () => {
  it('checks a trainee in with the classroom code once, and counts it as presence in the room', async () => {
    const c = await sut.gql<any>(CODE, { s: liveSessionId }, tokens.lecturer);
    expect(c.errors).toBeUndefined();
    const { code: qr, url, expiresAt } = c.data.liveCheckInCode;
    expect(url).toBe(`/checkin?code=${encodeURIComponent(qr)}`);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(25_000);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    const first = await sut.gql<any>(CHECK_IN, { c: qr }, tokens.trainee);
    expect(first.errors).toBeUndefined();
    expect(first.data.checkIn).toMatchObject({ alreadyCheckedIn: false, session: { id: liveSessionId, classCode: 'NA-2026-TT01' } });
    // A second scan (even of a newer code) keeps the first check-in.
    const newer = (await sut.gql<any>(CODE, { s: liveSessionId }, admin)).data.liveCheckInCode.code;
    const again = await sut.gql<any>(CHECK_IN, { c: newer }, tokens.trainee);
    expect(again.data.checkIn).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.data.checkIn.checkedInAt });
    expect(await sql('select count(*)::int as n from attendance_checkin where class_session_id = ?', [liveSessionId])).toEqual([{ n: 1 }]);
    const a = (await sut.gql<any>(ATTENDANCE, { s: liveSessionId }, tokens.lecturer)).data.sessionAttendance;
    const mine = a.rows.find((r: any) => r.official.id === officials.trainee);
    expect(mine).toMatchObject({ sources: ['IN_ROOM'], checkedInAt: first.data.checkIn.checkedInAt });
    // The demo session runs 9 hours from an hour before the seed: checked in a moment ago, the check-in counts up to
    // now (not to the end), and nobody is present or absent before the session ends.
    expect(mine).toMatchObject({ minutes: 0, percent: 0, present: false, inProgress: true });
    expect(a.rows.find((r: any) => r.official.id === officials.trainee2)).toMatchObject({ minutes: 0, present: false, inProgress: true, sources: [] });
    expect(a).toMatchObject({ presentCount: 0, inProgressCount: a.rows.length });
    // The class grid counts the session under way neither as attended nor as missed.
    const grid = (await sut.gql<any>(GRID, { c: liveClassId }, tokens.lecturer)).data.classAttendance;
    const gridRow = grid.rows.find((r: any) => r.official.id === officials.trainee);
    expect(gridRow.cells[0]).toMatchObject({ sessionId: liveSessionId, present: false, inProgress: true, corrected: false });
    expect(gridRow.presentCount).toBe(0);
    // The sheet says so too, rather than "Vắng".
    const res = await fetch(`${sut.url}/api/exports/sessions/${liveSessionId}/attendance.xlsx`, { headers: { authorization: `Bearer ${tokens.lecturer}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const lines: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => lines.push((r.values as unknown[]).slice(1)));
    expect(lines.find((l) => l[1] === mine.official.fullName)!.slice(5, 7)).toEqual(['Đang diễn ra', 'Tại lớp']);
    expect(lines[2]![1]).toBe(`Có mặt: 0/${a.rows.length}, đang diễn ra: ${a.rows.length}`);
  });

  it('refuses expired, forged, other-purpose and malformed codes, and trainees without a seat', async () => {
    const sign = (claims: Record<string, unknown>, exp: number, key: Uint8Array = checkinKey(), aud = 'gd-checkin') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience(aud).setIssuedAt().setExpirationTime(exp).sign(key);
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign({ sid: liveSessionId }, now - 5);
    const r = await sut.gql<any>(CHECK_IN, { c: expired }, tokens.trainee2);
    expect(code(r)).toBe('attendance/code_expired');
    expect(code(await sut.gql<any>(CHECK_IN, { c: await sign({ sid: liveSessionId }, now + 30, new TextEncoder().encode('x'.repeat(32))) }, tokens.trainee2))).toBe(
      'attendance/code_invalid',
    );
    expect(code(await sut.gql<any>(CHECK_IN, { c: await sign({ sid: liveSessionId }, now + 30, checkinKey(), 'gd-media') }, tokens.trainee2))).toBe(
      'attendance/code_invalid',
    );
    // A genuine code whose session was swapped for another one: the signature no longer matches.
    const other = await freshSession(-10, 60, [officials.trainee2]);
    const genuine = (await sut.gql<any>(CODE, { s: liveSessionId }, tokens.lecturer)).data.liveCheckInCode.code as string;
    const [h, p, sig] = genuine.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const swapped = `${h}.${Buffer.from(JSON.stringify({ ...payload, sid: other.sessionId })).toString('base64url')}.${sig}`;
    expect(code(await sut.gql<any>(CHECK_IN, { c: swapped }, tokens.trainee2))).toBe('attendance/code_invalid');
    expect(code(await sut.gql<any>(CHECK_IN, { c: 'not-a-code' }, tokens.trainee2))).toBe('attendance/code_invalid');
    expect(await sql('select count(*)::int as n from attendance_checkin where user_id = ?', [users.trainee2])).toEqual([{ n: 0 }]);
    // trainee@demo.local holds no seat in the other class.
    const otherCode = (await sut.gql<any>(CODE, { s: other.sessionId }, tokens.lecturer2)).data.liveCheckInCode.code;
    expect(code(await sut.gql<any>(CHECK_IN, { c: otherCode }, tokens.trainee))).toBe('attendance/not_enrolled');
    expect((await sut.gql<any>(CHECK_IN, { c: otherCode }, tokens.trainee2)).data.checkIn.session.id).toBe(other.sessionId);
    // Only trainees check in; only the class's lecturers and administrators show codes, and only while the session is open.
    expect(code(await sut.gql<any>(CHECK_IN, { c: otherCode }, tokens.lecturer2))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(CODE, { s: other.sessionId }, tokens.lecturer))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(CODE, { s: other.sessionId }, tokens.trainee2))).toBe('auth/forbidden');
    const past = await freshSession(-500, -400);
    expect(code(await sut.gql<any>(CODE, { s: past.sessionId }, tokens.lecturer2))).toBe('live/session_not_open');
  });

  it('lists the lecturer, the classroom device and observers in the room apart from the trainees, for those who run the class', async () => {
    // A finished 200-minute session (lecturer2 teaches no other class then).
    const { sessionId } = await freshSession(-900, -700, [officials.trainee]);
    const interval = (user: string, role: string, joined: number, left: number) =>
      sql(
        `insert into live_attendance_interval (class_session_id, user_id, role, connection_id, joined_at, last_seen_at, left_at) values (?, ?, ?, ?, ?, ?, ?)`,
        [sessionId, user, role, `conn-${Math.random()}`, minutesAgo(joined), minutesAgo(left), minutesAgo(left)],
      );
    const STAFF = `query($s: ID!){ sessionAttendance(sessionId: $s){ rows { official { id } minutes intervals { source } } staff { userId displayName roles minutes intervals { from to source } } } }`;
    // The lecturer twice (a reconnect overlapping the first connection), from before the start to after the end;
    // the enrolled trainee stays a row, not staff.
    await interval(lecturer2Id, 'LECTURER', 910, 850);
    await interval(lecturer2Id, 'LECTURER', 851, 690);
    await interval(users.trainee, 'TRAINEE', 880, 820);
    const a = (await sut.gql<any>(STAFF, { s: sessionId }, tokens.lecturer2)).data.sessionAttendance;
    expect(a.rows).toEqual([{ official: { id: officials.trainee }, minutes: 60, intervals: [{ source: 'LIVE' }] }]);
    expect(a.staff).toHaveLength(1);
    expect(a.staff[0]).toMatchObject({ userId: lecturer2Id, displayName: 'TS. Nguyễn Văn Thắng (Trường Chính trị tỉnh Nghệ An)', roles: ['LECTURER'] });
    expect(a.staff[0].intervals).toHaveLength(2);
    expect(a.staff[0].minutes).toBe(200);
    expect((await sut.gql<any>(STAFF, { s: sessionId }, admin)).data.sessionAttendance.staff).toHaveLength(1);
    // Coordinators and trainees read their rows only: no staff.
    for (const t of [tokens.trainee, tokens.coordinator]) {
      const r = await sut.gql<any>(STAFF, { s: sessionId }, t);
      expect(r.errors).toBeUndefined();
      expect(r.data.sessionAttendance.staff).toEqual([]);
    }
    expect(code(await sut.gql<any>(STAFF, { s: sessionId }, tokens.lecturer3))).toBe('auth/forbidden');
  });

  it('merges live intervals, check-ins and corrections per enrolled official, with an append-only audit log', async () => {
    // A finished 240-minute session.
    const { classId, sessionId } = await freshSession(-300, -60, [officials.trainee, officials.trainee2]);
    const interval = (user: string, joined: number, lastSeen: number, left: number | null) =>
      sql(
        `insert into live_attendance_interval (class_session_id, user_id, role, connection_id, joined_at, last_seen_at, left_at) values (?, ?, 'TRAINEE', ?, ?, ?, ?)`,
        [sessionId, user, `conn-${Math.random()}`, minutesAgo(joined), minutesAgo(lastSeen), left == null ? null : minutesAgo(left)],
      );
    // trainee2: before the start (clipped), overlapping, and an open row whose heartbeat stopped (media died).
    await interval(users.trainee2, 330, 240, 240);
    await interval(users.trainee2, 250, 200, 200);
    await interval(users.trainee2, 150, 120, null);
    // trainee: online from before the start, then checked in in the room (overlapping ten minutes).
    await interval(users.trainee, 310, 240, 240);
    await sql('insert into attendance_checkin (class_session_id, user_id, checked_in_at) values (?, ?, ?)', [sessionId, users.trainee, minutesAgo(250)]);

    const a = (await sut.gql<any>(ATTENDANCE, { s: sessionId }, tokens.lecturer2)).data.sessionAttendance;
    expect(a).toMatchObject({ sessionMinutes: 240, minPresencePercent: 80, presentCount: 1 });
    const row = (o: string, rows = a.rows) => rows.find((r: any) => r.official.id === o);
    expect(row(officials.trainee)).toMatchObject({ minutes: 240, percent: 100, present: true, sources: ['LIVE', 'IN_ROOM'] });
    const t2 = row(officials.trainee2);
    expect(t2).toMatchObject({ percent: 54, present: false, sources: ['LIVE'], correction: null });
    expect(t2.minutes).toBeGreaterThanOrEqual(129);
    expect(t2.minutes).toBeLessThanOrEqual(130);
    expect(t2.intervals).toHaveLength(3);

    // Corrections: a reason is required; the latest one counts; all are kept.
    const short = await sut.gql<any>(CORRECT, { s: sessionId, o: officials.trainee2, p: true, r: ' ốm ' }, tokens.lecturer2);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'validation/invalid_input', fields: { reason: 'too_short' } });
    const tooMany = await sut.gql<any>(CORRECT, { s: sessionId, o: officials.trainee2, p: true, r: 'Học bù buổi chiều', m: 241 }, tokens.lecturer2);
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual({ minutes: 'out_of_range' });
    const c1 = await sut.gql<any>(CORRECT, { s: sessionId, o: officials.trainee2, p: true, r: 'Mất điện ở xã, đã học bù qua bản ghi' }, tokens.lecturer2);
    expect(c1.errors).toBeUndefined();
    expect(c1.data.correctAttendance).toMatchObject({
      present: true,
      sources: ['LIVE', 'CORRECTED'],
      correction: { present: true, minutes: null, reason: 'Mất điện ở xã, đã học bù qua bản ghi', correctedByName: 'TS. Nguyễn Văn Thắng (Trường Chính trị tỉnh Nghệ An)' },
    });
    const c2 = await sut.gql<any>(CORRECT, { s: sessionId, o: officials.trainee2, p: false, r: '=HYPERLINK("x") chỉ có mặt 20 phút', m: 20 }, admin);
    expect(c2.data.correctAttendance).toMatchObject({ present: false, minutes: 20, percent: 8 });
    expect(c2.data.correctAttendance.corrections.map((c: any) => c.present)).toEqual([false, true]);
    await expect(sql(`update attendance_correction set reason = 'sửa lại lý do' where official_id = ?`, [officials.trainee2])).rejects.toThrow(/append-only/);
    expect(await sql('select count(*)::int as n from attendance_correction where class_session_id = ?', [sessionId])).toEqual([{ n: 2 }]);

    // Who may correct: lecturers of the class and administrators only; only enrolled officials.
    for (const t of [tokens.lecturer, tokens.trainee, tokens.coordinator]) {
      expect(code(await sut.gql<any>(CORRECT, { s: sessionId, o: officials.trainee, p: false, r: 'Không hợp lệ' }, t))).toBe('auth/forbidden');
    }
    const stranger = (await sut.gql<any>('{ officials(first: 1) { edges { node { id } } } }', {}, admin)).data.officials.edges[0].node.id;
    expect(code(await sut.gql<any>(CORRECT, { s: sessionId, o: stranger, p: true, r: 'Không có trong lớp' }, admin))).toBe('attendance/not_enrolled');

    // Who reads what: a trainee only their own row, a coordinator only their commune's, a lecturer of another class nothing.
    const own = (await sut.gql<any>(ATTENDANCE, { s: sessionId }, tokens.trainee)).data.sessionAttendance.rows;
    expect(own.map((r: any) => r.official.id)).toEqual([officials.trainee]);
    const commune = (await sut.gql<any>(ATTENDANCE, { s: sessionId }, tokens.coordinator)).data.sessionAttendance.rows;
    expect(commune.map((r: any) => r.official.id)).toContain(officials.trainee);
    expect(new Set(commune.map((r: any) => r.official.communeName))).toEqual(new Set(['Quỳnh Lưu']));
    expect(code(await sut.gql<any>(ATTENDANCE, { s: sessionId }, tokens.lecturer3))).toBe('auth/forbidden');

    // The class grid shows the same figures.
    const grid = (await sut.gql<any>(GRID, { c: classId }, tokens.lecturer2)).data.classAttendance;
    expect(grid.sessions.map((s: any) => s.id)).toEqual([sessionId]);
    expect(grid.rows.find((r: any) => r.official.id === officials.trainee2).cells).toEqual([{ sessionId, minutes: 20, percent: 8, present: false, inProgress: false, corrected: true }]);
    expect(grid.rows.find((r: any) => r.official.id === officials.trainee).presentCount).toBe(1);
    expect((await sut.gql<any>(GRID, { c: classId }, tokens.trainee)).data.classAttendance.rows).toHaveLength(1);

    // The XLSX export: the same rows, text never read as a formula; the global guard refuses anonymous downloads.
    const url = `${sut.url}/api/exports/sessions/${sessionId}/attendance.xlsx`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${tokens.lecturer2}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const lines: unknown[][] = [];
    ws.eachRow((r) => lines.push((r.values as unknown[]).slice(1)));
    const header = lines.findIndex((l) => l[1] === 'Họ và tên');
    const data = lines.slice(header + 1);
    expect(data).toHaveLength(2);
    const t2Line = data.find((l) => l[1] === row(officials.trainee2).official.fullName)!;
    expect(t2Line.slice(3, 7)).toEqual([20, 8, 'Vắng', 'Trực tuyến, Điều chỉnh']);
    expect(t2Line[8]).toBe(`'=HYPERLINK("x") chỉ có mặt 20 phút`);
    expect(data.find((l) => l[1] === row(officials.trainee).official.fullName)!.slice(3, 6)).toEqual([240, 100, 'Có']);
    expect((await fetch(url, { headers: { authorization: `Bearer ${tokens.lecturer3}` } })).status).toBe(403);
    // The class grid export: one column per session.
    const gridRes = await fetch(`${sut.url}/api/exports/classes/${classId}/attendance.xlsx`, { headers: { authorization: `Bearer ${tokens.lecturer2}` } });
    expect(gridRes.status).toBe(200);
    const gridWb = new ExcelJS.Workbook();
    await gridWb.xlsx.load(Buffer.from(await gridRes.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const gridLines: unknown[][] = [];
    gridWb.worksheets[0]!.eachRow((r) => gridLines.push((r.values as unknown[]).slice(1)));
    expect(gridLines.find((l) => l[1] === row(officials.trainee2).official.fullName)!.slice(3)).toEqual(['Vắng 8% (*)', '0/1']);
    expect(gridLines.find((l) => l[1] === row(officials.trainee).official.fullName)!.slice(3)).toEqual(['Có 100%', '1/1']);
  });
});
