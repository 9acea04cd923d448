import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { addDays, capacityWarning, localDate } from './class.validation';

const CLASS_FIELDS = `id code title startDate endDate dayCount venue deliveryFormat capacity capacityWarning sessionCount
  program { id code topics { id title } }
  lecturers { id kind user { id displayName } }
  sessions { id startsAt endsAt mode room topic { id title } lecturer { id displayName } }`;
const LIST = `query($f: ClassFilterInput){ classes(filter: $f){ ${CLASS_FIELDS} } }`;
const GET = `query($id: ID!){ class(id: $id){ ${CLASS_FIELDS} } }`;
const CREATE = `mutation($i: CreateClassInput!){ createClass(input: $i){ ${CLASS_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateClassInput!){ updateClass(id: $id, input: $i){ ${CLASS_FIELDS} } }`;
const ADD = `mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i){ ${CLASS_FIELDS} } }`;
const UPDATE_SESSION = `mutation($id: ID!, $i: UpdateClassSessionInput!){ updateClassSession(id: $id, input: $i){ ${CLASS_FIELDS} } }`;
const REMOVE_SESSION = `mutation($id: ID!){ removeClassSession(id: $id){ ${CLASS_FIELDS} } }`;
const ASSIGN = `mutation($c: ID!, $u: ID!, $k: LecturerKind!){ assignClassLecturer(classId: $c, input: { userId: $u, kind: $k }){ ${CLASS_FIELDS} } }`;
const UNASSIGN = `mutation($c: ID!, $u: ID!){ removeClassLecturer(classId: $c, userId: $u){ ${CLASS_FIELDS} } }`;

let sut: TestApp;
let admin: string;
let lecturerToken: string;
let lecturers: { id: string; displayName: string }[];
const lecturer = (name: string) => lecturers.find((l) => l.displayName.includes(name))!.id;

const classes = async (filter: Record<string, unknown> = {}): Promise<any[]> => (await sut.gql<any>(LIST, { f: filter }, admin)).data.classes;
const byCode = async (code: string) => (await classes()).find((c) => c.code === code);
/** Local Vietnamese wall time → ISO instant. */
const vn = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

beforeAll(async () => {
  sut = await createTestApp();
  admin = await sut.login(DEMO.admin);
  lecturerToken = await sut.login(DEMO.lecturer);
  lecturers = (await sut.gql<any>('{ lecturers { id displayName } }', {}, admin)).data.lecturers;
});
afterAll(() => sut?.close());

describe('class rules', () => {
  it('warns outside 60-70 seats and counts days from the start date', () => {
    expect([59, 60, 70, 71, 150].map(capacityWarning)).toEqual([true, false, false, true, true]);
    expect(addDays('2026-12-29', 4)).toBe('2027-01-02');
    // 23:30 UTC is already the next morning in Vietnam.
    expect(localDate(new Date('2026-04-12T23:30:00Z'))).toBe('2026-04-13');
  });
});

describe('ClassesService', () => {
  it('holds the demo classes with timetables in time order and no double bookings', async () => {
    const all = await classes();
    // The rest of the Nghệ An 2026 plan (NA-2026-KH05..KH30, seed/demo-data/nghean-2026-plan.ts) interleaves by date.
    const plan = all.filter((c) => c.code.startsWith('NA-2026-KH'));
    expect(plan).toHaveLength(26);
    expect(plan.every((c) => c.dayCount === 5 && c.sessionCount === 10 && !c.capacityWarning && c.deliveryFormat === 'BLENDED')).toBe(true);
    const list = all.filter((c) => !c.code.startsWith('NA-2026-KH'));
    // Then the live demo class NA-2026-TT01, dated on the day the demo data was loaded (seed/demo-data/live-demo.ts).
    expect(list.map((c) => c.code)).toEqual(['DL-2025-L01', 'NA-2025-TH-L01', 'NA-2026-L01', 'NA-2026-L02', 'NA-2026-L03', 'NA-2026-L04', 'NA-2026-TT01']);
    const dl = list[0];
    expect(dl).toMatchObject({ startDate: '2025-08-18', endDate: '2025-08-22', dayCount: 5, sessionCount: 7, capacityWarning: true });
    expect(new Set(dl.sessions.map((s: any) => s.topic.id)).size).toBe(7);
    const th = list[1];
    expect(th).toMatchObject({ startDate: '2025-09-18', endDate: '2025-09-19', capacity: 150, capacityWarning: true });
    const l01 = list[2];
    expect(l01).toMatchObject({ venue: 'Trường Chính trị tỉnh Nghệ An', deliveryFormat: 'BLENDED', capacity: 70, capacityWarning: false, dayCount: 5 });
    expect(l01.sessions[0]).toMatchObject({ startsAt: vn('2026-04-06', '07:30'), endsAt: vn('2026-04-06', '11:30'), room: 'Hội trường A' });
    expect(l01.sessions[1]).toMatchObject({ startsAt: vn('2026-04-06', '13:30'), endsAt: vn('2026-04-06', '17:00') });
    expect(l01.lecturers.map((l: any) => l.kind).sort()).toEqual(['CONCURRENT', 'SCHOOL', 'SCHOOL', 'VISITING']);
    for (const c of all) {
      const times = c.sessions.map((s: any) => Date.parse(s.startsAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const sessions = all.flatMap((c) => c.sessions.map((s: any) => ({ ...s, venue: c.venue })));
    for (const a of sessions) {
      for (const b of sessions) {
        if (a.id >= b.id || !(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) continue;
        expect(a.lecturer.id).not.toBe(b.lecturer.id);
        if (a.room && a.venue === b.venue) expect(a.room).not.toBe(b.room);
      }
    }
  });

  it('filters by program, year and lecturer', async () => {
    const na = await byCode('NA-2026-L01');
    // The program's classes: the first weeks of April, the rest of the 2026 plan (KH05..KH30) and the live demo class.
    const naCodes = (await classes({ programId: na.program.id })).map((c) => c.code);
    expect(naCodes.filter((c) => !c.startsWith('NA-2026-KH'))).toEqual(['NA-2026-L01', 'NA-2026-L02', 'NA-2026-L03', 'NA-2026-L04', 'NA-2026-TT01']);
    expect(naCodes.filter((c) => c.startsWith('NA-2026-KH'))).toHaveLength(26);
    expect((await classes({ year: 2025 })).map((c) => c.code)).toEqual(['DL-2025-L01', 'NA-2025-TH-L01']);
    const mine = await sut.gql<any>(LIST, { f: { lecturerId: lecturer('Y Khoa Niê') } }, lecturerToken);
    expect(mine.data.classes.map((c: any) => c.code)).toEqual(['DL-2025-L01']);
    // The filter selects classes but still returns all of their lecturers.
    expect((await classes({ lecturerId: lecturer('Nguyễn Văn Thắng'), year: 2026 }))[0].lecturers).toHaveLength(4);
  });

  it('creates a class of five days by default and warns outside 60-70 seats', async () => {
    const na = await byCode('NA-2026-L01');
    const r = await sut.gql<any>(CREATE, { i: { programId: na.program.id, code: 'na-2026-l30', title: 'Lớp 30', startDate: '2026-12-28', capacity: 45 } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.createClass).toMatchObject({
      code: 'NA-2026-L30',
      endDate: '2027-01-01',
      dayCount: 5,
      venue: 'Trường Chính trị tỉnh Nghệ An',
      deliveryFormat: 'BLENDED',
      capacity: 45,
      capacityWarning: true,
    });
    const bad = await sut.gql<any>(
      CREATE,
      { i: { programId: na.program.id, code: 'NA-2026-L30', title: 'x', startDate: '2026-12-28', endDate: '2026-12-27', capacity: 501 } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'validation/invalid_input',
      fields: { title: 'too_short', endDate: 'out_of_range', capacity: 'out_of_range' },
    });
    const taken = await sut.gql<any>(CREATE, { i: { programId: na.program.id, code: 'NA-2026-L30', title: 'Lớp trùng mã', startDate: '2026-12-28' } }, admin);
    expect(taken.errors?.[0]?.extensions?.fields).toEqual({ code: 'taken' });
  });

  it('rejects a lecturer double-booked in another class, naming it', async () => {
    const l03 = await byCode('NA-2026-L03');
    const main = lecturer('Trần Thị Minh Hà');
    // Monday morning of 13/4 she teaches NA-2026-L02.
    const r = await sut.gql<any>(
      ADD,
      { c: l03.id, i: { topicId: l03.program.topics[0].id, startsAt: vn('2026-04-13', '09:00'), endsAt: vn('2026-04-13', '10:00'), mode: 'ROOM', room: 'Phòng 305', lecturerId: main } },
      admin,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'class/lecturer_double_booked',
      clash: { classCode: 'NA-2026-L02', startsAt: vn('2026-04-13', '07:30'), endsAt: vn('2026-04-13', '11:30') },
    });
    expect((await byCode('NA-2026-L03')).sessionCount).toBe(10);
    // Back to back is fine.
    const ok = await sut.gql<any>(
      ADD,
      { c: l03.id, i: { topicId: l03.program.topics[0].id, startsAt: vn('2026-04-13', '11:30'), endsAt: vn('2026-04-13', '12:30'), mode: 'ROOM', room: 'Phòng 305', lecturerId: main } },
      admin,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.addClassSession.sessionCount).toBe(11);
  });

  it('rejects a room double-booked in another class at the same venue, but not an online session', async () => {
    const l03 = await byCode('NA-2026-L03');
    const kh = lecturer('Phan Văn Hùng');
    // Tuesday morning Phòng 201 holds NA-2026-L02, while Phan Văn Hùng has no L03 session then.
    const clashInput = {
      topicId: l03.program.topics[1].id,
      startsAt: vn('2026-04-14', '08:00'),
      endsAt: vn('2026-04-14', '10:00'),
      mode: 'BOTH',
      room: 'Phòng 201',
      lecturerId: kh,
    };
    const r = await sut.gql<any>(ADD, { c: l03.id, i: clashInput }, admin);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'class/room_double_booked', clash: { classCode: 'NA-2026-L02', room: 'Phòng 201', startsAt: vn('2026-04-14', '07:30') } });
    const online = await sut.gql<any>(ADD, { c: l03.id, i: { ...clashInput, mode: 'ONLINE', room: 'Phòng 201' } }, admin);
    expect(online.errors).toBeUndefined();
    const added = online.data.addClassSession.sessions.find((s: any) => s.startsAt === clashInput.startsAt && s.mode === 'ONLINE');
    expect(added.room).toBeNull();
  });

  it('rejects sessions outside the class dates, ending before they start, too long, or without a room', async () => {
    const l04 = await byCode('NA-2026-L04');
    const base = { topicId: l04.program.topics[0].id, mode: 'ROOM', room: 'Phòng 305', lecturerId: lecturer('Nguyễn Văn Thắng') };
    const add = (i: Record<string, unknown>) => sut.gql<any>(ADD, { c: l04.id, i: { ...base, ...i } }, admin);
    // 25/4 is the day after the class.
    expect((await add({ startsAt: vn('2026-04-25', '07:30'), endsAt: vn('2026-04-25', '09:00') })).errors?.[0]?.extensions?.fields).toEqual({ startsAt: 'out_of_range' });
    // The evening before it starts, local time.
    expect((await add({ startsAt: vn('2026-04-19', '22:00'), endsAt: vn('2026-04-19', '23:00') })).errors?.[0]?.extensions?.fields).toEqual({ startsAt: 'out_of_range' });
    expect((await add({ startsAt: vn('2026-04-24', '20:00'), endsAt: vn('2026-04-25', '01:00') })).errors?.[0]?.extensions?.fields).toEqual({ endsAt: 'out_of_range' });
    expect((await add({ startsAt: vn('2026-04-21', '18:00'), endsAt: vn('2026-04-21', '17:00') })).errors?.[0]?.extensions?.fields).toEqual({ endsAt: 'out_of_range' });
    expect((await add({ startsAt: vn('2026-04-22', '06:00'), endsAt: vn('2026-04-22', '16:01') })).errors?.[0]?.extensions?.fields).toEqual({ endsAt: 'out_of_range' });
    expect((await add({ startsAt: vn('2026-04-22', '18:00'), endsAt: vn('2026-04-22', '19:00'), room: ' ' })).errors?.[0]?.extensions?.fields).toEqual({ room: 'required' });
    const other = await byCode('DL-2025-L01');
    expect(
      (await add({ startsAt: vn('2026-04-22', '18:00'), endsAt: vn('2026-04-22', '19:00'), topicId: other.program.topics[0].id, lecturerId: lecturer('Y Khoa Niê') })).errors?.[0]
        ?.extensions?.fields,
    ).toEqual({ topicId: 'invalid_value', lecturerId: 'invalid_value' });
    expect((await byCode('NA-2026-L04')).sessionCount).toBe(10);
  });

  it('moves, edits and removes sessions with the same checks', async () => {
    const l01 = await byCode('NA-2026-L01');
    const [first, second] = l01.sessions;
    // Moving the first session onto the second's time: same room, so the room clash wins over nothing else.
    const clash = await sut.gql<any>(UPDATE_SESSION, { id: first.id, i: { startsAt: second.startsAt, endsAt: second.endsAt } }, admin);
    expect(clash.errors?.[0]?.extensions?.code).toBe('class/room_double_booked');
    const moved = await sut.gql<any>(UPDATE_SESSION, { id: first.id, i: { startsAt: vn('2026-04-06', '08:00'), room: 'Phòng 202' } }, admin);
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateClassSession.sessions[0]).toMatchObject({ startsAt: vn('2026-04-06', '08:00'), room: 'Phòng 202' });
    const removed = await sut.gql<any>(REMOVE_SESSION, { id: first.id }, admin);
    expect(removed.data.removeClassSession.sessionCount).toBe(9);
    expect((await sut.gql<any>(REMOVE_SESSION, { id: first.id }, admin)).errors?.[0]?.extensions?.code).toBe('class/session_not_found');
  });

  it('refuses a date change that strands sessions and writes nothing of the refused update', async () => {
    const l02 = await byCode('NA-2026-L02');
    const r = await sut.gql<any>(UPDATE, { id: l02.id, i: { title: 'Đổi tên', endDate: '2026-04-15', capacity: 150 } }, admin);
    expect(r.errors?.[0]?.extensions?.fields).toEqual({ endDate: 'in_use' });
    expect(await byCode('NA-2026-L02')).toMatchObject({ title: l02.title, endDate: '2026-04-17', capacity: 70, capacityWarning: false });
    const ok = await sut.gql<any>(UPDATE, { id: l02.id, i: { capacity: 150, endDate: '2026-04-18' } }, admin);
    expect(ok.data.updateClass).toMatchObject({ capacity: 150, capacityWarning: true, dayCount: 6 });
  });

  it('creates a class with its lecturers all or nothing', async () => {
    const na = await byCode('NA-2026-L01');
    const i = {
      programId: na.program.id,
      code: 'NA-2026-L31',
      title: 'Lớp 31',
      startDate: '2026-11-02',
      lecturers: [
        { userId: lecturer('Trần Thị Minh Hà'), kind: 'SCHOOL' },
        // The admin's own account is not a lecturer.
        { userId: (await sut.gql<any>('{ me { id } }', {}, admin)).data.me.id, kind: 'VISITING' },
      ],
    };
    const r = await sut.gql<any>(CREATE, { i }, admin);
    expect(r.errors?.[0]?.extensions?.fields).toEqual({ lecturers: 'invalid_value' });
    expect(await byCode('NA-2026-L31')).toBeUndefined();
    const ok = await sut.gql<any>(CREATE, { i: { ...i, lecturers: i.lecturers.slice(0, 1) } }, admin);
    expect(ok.data.createClass.lecturers).toHaveLength(1);
  });

  it('assigns and removes lecturers; one who still teaches stays', async () => {
    const l04 = await byCode('NA-2026-L04');
    const visiting = lecturer('Lê Thị Thu Hương');
    const a = await sut.gql<any>(ASSIGN, { c: l04.id, u: visiting, k: 'VISITING' }, admin);
    expect(a.data.assignClassLecturer.lecturers.find((l: any) => l.user.id === visiting).kind).toBe('VISITING');
    const again = await sut.gql<any>(ASSIGN, { c: l04.id, u: visiting, k: 'CONCURRENT' }, admin);
    expect(again.data.assignClassLecturer.lecturers.filter((l: any) => l.user.id === visiting)).toEqual([expect.objectContaining({ kind: 'CONCURRENT' })]);
    const gone = await sut.gql<any>(UNASSIGN, { c: l04.id, u: visiting }, admin);
    expect(gone.data.removeClassLecturer.lecturers.some((l: any) => l.user.id === visiting)).toBe(false);
    const teaching = await sut.gql<any>(UNASSIGN, { c: l04.id, u: lecturer('Nguyễn Văn Thắng') }, admin);
    expect(teaching.errors?.[0]?.extensions?.fields).toEqual({ userId: 'in_use' });
  });

  it('keeps a program and its taught topics while classes use them', async () => {
    const dl = await byCode('DL-2025-L01');
    const del = await sut.gql<any>('mutation($id: ID!){ deleteProgram(id: $id) }', { id: dl.program.id }, admin);
    expect(del.errors?.[0]?.extensions?.code).toBe('program/in_use');
    const topic = await sut.gql<any>('mutation($id: ID!){ removeProgramTopic(id: $id){ id } }', { id: dl.sessions[0].topic.id }, admin);
    expect(topic.errors?.[0]?.extensions?.fields).toEqual({ id: 'in_use' });
    expect((await sut.gql<any>(GET, { id: dl.id }, admin)).data.class.sessionCount).toBe(7);
    expect((await sut.gql<any>('mutation($id: ID!){ deleteClass(id: $id) }', { id: dl.id }, admin)).data.deleteClass).toBe(true);
    expect((await sut.gql<any>(GET, { id: dl.id }, admin)).errors?.[0]?.extensions?.code).toBe('class/not_found');
    const again = await sut.gql<any>('mutation($id: ID!){ deleteProgram(id: $id) }', { id: dl.program.id }, admin);
    expect(again.data.deleteProgram).toBe(true);
  });

  it('lets lecturers read but not write', async () => {
    const l01 = await byCode('NA-2026-L01');
    const read = await sut.gql<any>(GET, { id: l01.id }, lecturerToken);
    expect(read.data.class.code).toBe('NA-2026-L01');
    const write = await sut.gql<any>(UPDATE, { id: l01.id, i: { capacity: 65 } }, lecturerToken);
    expect(write.errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});
