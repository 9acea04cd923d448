import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { NominationsService } from './nominations.service';

const NOMINATE = `mutation($c: ID!, $o: [ID!]!, $n: String){ nominateOfficials(classId: $c, officialIds: $o, note: $n){
  id status note official { id fullName communeName } communeName nominatedByName } }`;
const QUOTAS = 'query($c: ID!){ nominationQuotas(classId: $c){ capacity quotaTotal exceedsCapacity communes { communeName quota used left } } }';
const SET_QUOTAS = `mutation($c: ID!, $q: [NominationQuotaInput!]!){ setNominationQuotas(classId: $c, quotas: $q){
  quotaTotal exceedsCapacity communes { communeId communeName quota used left } } }`;
const LIST = `query($c: ID!, $s: NominationStatus){ classNominations(classId: $c, status: $s){
  id status communeName rejectReason decidedByName enrollmentStatus waitlistPosition official { id fullName } } }`;
const APPROVE = 'mutation($ids: [ID!]!){ approveNominations(nominationIds: $ids){ id status decidedByName decidedAt enrollmentStatus waitlistPosition } }';
const REJECT = 'mutation($ids: [ID!]!, $r: String!){ rejectNominations(nominationIds: $ids, reason: $r){ id status rejectReason } }';
const WITHDRAW = 'mutation($id: ID!){ withdrawNomination(nominationId: $id){ id status } }';
const MINE = `query{ myCommuneNominations { open trainingClass { code } quota { communeName quota used left } nominations { status official { fullName } } } }`;

let sut: TestApp;
let admin: string;
let coordinator: string;
let lecturer: string;
let trainee: string;
let classIds: Record<string, string>;
let home: { id: string; fullName: string }[];
let homeCommuneId: string;
let stranger: string;
let programId: string;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
/** Officials of Quỳnh Lưu with no nomination or enrolment yet, the n-th onwards. */
const fresh = (from: number, n: number) => home.slice(from, from + n).map((o) => o.id);

beforeAll(async () => {
  sut = await createTestApp();
  [admin, coordinator, lecturer, trainee] = await Promise.all([DEMO.admin, DEMO.coordinator, DEMO.lecturer, DEMO.trainee].map((e) => sut.login(e)));
  const classes = (await sut.gql<any>('{ classes { id code } }', {}, admin)).data.classes as { id: string; code: string }[];
  classIds = Object.fromEntries(classes.map((c) => [c.code, c.id]));
  const me = await sut.gql<any>('{ me { commune { id } } }', {}, coordinator);
  homeCommuneId = me.data.me.commune.id;
  const r = await sut.gql<any>('{ officials(first: 100) { edges { node { id fullName } } } }', {}, coordinator);
  // Skip those the demo data already nominated or enrolled.
  const taken = new Set<string>();
  for (const c of ['NA-2026-KH29', 'NA-2026-L01']) {
    for (const n of (await sut.gql<any>(LIST, { c: classIds[c] }, admin)).data.classNominations) taken.add(n.official.id);
    for (const e of (await sut.gql<any>('query($c: ID!){ classEnrollments(classId: $c){ official { id } } }', { c: classIds[c] }, admin)).data.classEnrollments) taken.add(e.official.id);
  }
  home = r.data.officials.edges.map((e: any) => e.node).filter((o: any) => !taken.has(o.id));
  const all = await sut.gql<any>('{ officials(first: 100) { edges { node { id commune { id } } } } }', {}, admin);
  stranger = all.data.officials.edges.find((e: any) => e.node.commune.id !== homeCommuneId).node.id;
  programId = (await sut.gql<any>('{ programs { id code } }', {}, admin)).data.programs.find((p: any) => p.code === 'NA-2026-XA').id;
});
afterAll(() => sut?.close());

describe(NominationsService.name, () => {
  it('lets a coordinator nominate within the commune quota and names the quota when it is full', async () => {
    const c = classIds['NA-2026-KH29']!;
    const before = (await sut.gql<any>(QUOTAS, { c }, coordinator)).data.nominationQuotas;
    // The demo data: Quỳnh Lưu may send 5 to this class; 2 pending and 1 approved already.
    expect(before.communes).toEqual([{ communeName: 'Quỳnh Lưu', quota: 5, used: 3, left: 2 }]);
    const r = await sut.gql<any>(NOMINATE, { c, o: fresh(0, 2), n: '  Cán bộ mới  ' }, coordinator);
    expect(r.errors).toBeUndefined();
    expect(r.data.nominateOfficials.map((n: any) => [n.status, n.note, n.communeName, n.nominatedByName])).toEqual([
      ['PENDING', 'Cán bộ mới', 'Quỳnh Lưu', 'Ban Thường vụ Đảng ủy xã Quỳnh Lưu'],
      ['PENDING', 'Cán bộ mới', 'Quỳnh Lưu', 'Ban Thường vụ Đảng ủy xã Quỳnh Lưu'],
    ]);
    const full = await sut.gql<any>(NOMINATE, { c, o: fresh(2, 1) }, coordinator);
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'nomination/quota_full', communeName: 'Quỳnh Lưu', quota: 5, used: 5, requested: 1, left: 0 });
    const after = (await sut.gql<any>(QUOTAS, { c }, coordinator)).data.nominationQuotas;
    expect(after.communes).toEqual([{ communeName: 'Quỳnh Lưu', quota: 5, used: 5, left: 0 }]);
    // The administrator sees every commune's quota; the three add up to the 70 seats.
    const adminView = (await sut.gql<any>(QUOTAS, { c }, admin)).data.nominationQuotas;
    expect(adminView.communes.map((q: any) => q.communeName)).toEqual(['Diễn Châu', 'Đô Lương', 'Quỳnh Lưu']);
    expect(adminView).toMatchObject({ capacity: 70, quotaTotal: 70, exceedsCapacity: false });
  });

  it('refuses other communes’ officials, duplicates, ended classes, and all of a batch with one bad official', async () => {
    const c = classIds['NA-2026-KH30']!;
    const foreign = await sut.gql<any>(NOMINATE, { c, o: [fresh(3, 1)[0], stranger] }, coordinator);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'nomination/forbidden_commune', officialIds: [stranger] });
    expect((await sut.gql<any>(LIST, { c }, admin)).data.classNominations).toEqual([]);
    const ok = await sut.gql<any>(NOMINATE, { c, o: fresh(3, 1) }, coordinator);
    expect(ok.errors).toBeUndefined();
    const dup = await sut.gql<any>(NOMINATE, { c, o: fresh(3, 2) }, coordinator);
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'nomination/already_nominated', officialIds: fresh(3, 1) });
    // Already enrolled (the demo trainee sits in NA-2026-L01, which ended in April): the class is closed first.
    const closed = await sut.gql<any>(NOMINATE, { c: classIds['NA-2026-L01'], o: fresh(5, 1) }, coordinator);
    expect(code(closed)).toBe('nomination/class_closed');
    expect(code(await sut.gql<any>(NOMINATE, { c, o: [] }, coordinator))).toBe('validation/invalid_input');
    expect(code(await sut.gql<any>(NOMINATE, { c, o: fresh(6, 1) }, trainee))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(NOMINATE, { c, o: fresh(6, 1) }, lecturer))).toBe('auth/forbidden');
  });

  it('withdraws a pending nomination, which frees its quota place', async () => {
    const c = classIds['NA-2026-KH28']!;
    await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: homeCommuneId, quota: 1 }] }, admin);
    const n = (await sut.gql<any>(NOMINATE, { c, o: fresh(7, 1) }, coordinator)).data.nominateOfficials[0];
    expect(code(await sut.gql<any>(NOMINATE, { c, o: fresh(8, 1) }, coordinator))).toBe('nomination/quota_full');
    const w = await sut.gql<any>(WITHDRAW, { id: n.id }, coordinator);
    expect(w.data.withdrawNomination.status).toBe('WITHDRAWN');
    expect(code(await sut.gql<any>(WITHDRAW, { id: n.id }, coordinator))).toBe('nomination/not_pending');
    expect((await sut.gql<any>(NOMINATE, { c, o: fresh(8, 1) }, coordinator)).errors).toBeUndefined();
    // A withdrawn official can be nominated again once there is room.
    await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: homeCommuneId, quota: null }] }, admin);
    const again = await sut.gql<any>(NOMINATE, { c, o: fresh(7, 1) }, coordinator);
    expect(again.data.nominateOfficials[0]).toMatchObject({ id: n.id, status: 'PENDING' });
  });

  it('approves through enrolment (seat, then waitlist) and rejects with a reason, in bulk', async () => {
    const created = await sut.gql<any>(
      'mutation($i: CreateClassInput!){ createClass(input: $i){ id } }',
      { i: { programId, code: 'NOM-2031-L01', title: 'Lớp đề cử thử', startDate: '2031-03-03', capacity: 1 } },
      admin,
    );
    const c = created.data.createClass.id;
    const ns = (await sut.gql<any>(NOMINATE, { c, o: fresh(10, 4) }, coordinator)).data.nominateOfficials;
    expect(code(await sut.gql<any>(REJECT, { ids: [ns[2].id], r: '   ' }, admin))).toBe('validation/invalid_input');
    const rej = await sut.gql<any>(REJECT, { ids: [ns[2].id, ns[3].id], r: 'Đã được cử đi lớp khác cùng đợt' }, admin);
    expect(rej.data.rejectNominations.map((n: any) => [n.status, n.rejectReason])).toEqual([
      ['REJECTED', 'Đã được cử đi lớp khác cùng đợt'],
      ['REJECTED', 'Đã được cử đi lớp khác cùng đợt'],
    ]);
    // One bad id in the batch approves none.
    const mixed = await sut.gql<any>(APPROVE, { ids: [ns[0].id, ns[2].id] }, admin);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'nomination/not_pending', status: 'REJECTED' });
    expect((await sut.gql<any>('query($id: ID!){ class(id: $id){ enrolledCount } }', { id: c }, admin)).data.class.enrolledCount).toBe(0);
    expect(code(await sut.gql<any>(APPROVE, { ids: [ns[0].id] }, coordinator))).toBe('auth/forbidden');
    const ok = await sut.gql<any>(APPROVE, { ids: [ns[0].id, ns[1].id] }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveNominations.map((n: any) => [n.status, n.enrollmentStatus, n.waitlistPosition, n.decidedByName])).toEqual([
      ['APPROVED', 'ENROLLED', null, 'Quản trị Sở Nội vụ Nghệ An'],
      ['APPROVED', 'WAITLISTED', 1, 'Quản trị Sở Nội vụ Nghệ An'],
    ]);
    const enrolments = (await sut.gql<any>('query($c: ID!){ classEnrollments(classId: $c){ status official { id } } }', { c }, admin)).data.classEnrollments;
    expect(enrolments).toEqual([
      { status: 'ENROLLED', official: { id: fresh(10, 1)[0] } },
      { status: 'WAITLISTED', official: { id: fresh(11, 1)[0] } },
    ]);
    // The coordinator follows the outcome on their page.
    const mine = (await sut.gql<any>(MINE, {}, coordinator)).data.myCommuneNominations;
    const row = mine.find((m: any) => m.trainingClass.code === 'NOM-2031-L01');
    expect(row.nominations.map((n: any) => n.status)).toEqual(['APPROVED', 'APPROVED', 'REJECTED', 'REJECTED']);
    expect(row.quota).toEqual({ communeName: 'Quỳnh Lưu', quota: null, used: 2, left: null });
  });

  it('validates quotas: 1 or more, one province per class, warns above capacity, null clears', async () => {
    const c = classIds['NA-2026-KH30']!;
    const communes = (await sut.gql<any>('{ provinces { code communes { id name } } }', {}, admin)).data.provinces;
    const na = communes.find((p: any) => p.code === '40').communes;
    const dl = communes.find((p: any) => p.code === '66').communes;
    const bad = await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: na[0].id, quota: 0 }, { communeId: 'nope', quota: 3 }] }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ fields: { 'quotas.0.quota': 'out_of_range', 'quotas.1.communeId': 'invalid_value' } });
    const big = await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: na[0].id, quota: 40 }, { communeId: na[1].id, quota: 40 }] }, admin);
    expect(big.data.setNominationQuotas).toMatchObject({ quotaTotal: 80, exceedsCapacity: true });
    const other = await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: dl[0].id, quota: 5 }] }, admin);
    expect(other.errors?.[0]?.extensions).toMatchObject({ fields: { 'quotas.0.communeId': 'invalid_value' } });
    const cleared = await sut.gql<any>(SET_QUOTAS, { c, q: [{ communeId: na[1].id, quota: null }] }, admin);
    expect(cleared.data.setNominationQuotas).toMatchObject({ quotaTotal: 40, exceedsCapacity: false });
    expect(code(await sut.gql<any>(SET_QUOTAS, { c, q: [] }, coordinator))).toBe('auth/forbidden');
  });

  it('shows lecturers the nominations of classes they teach only; trainees none', async () => {
    // lecturer@demo.local teaches NA-2026-L01..L04, not the plan's KH classes.
    expect(code(await sut.gql<any>(LIST, { c: classIds['NA-2026-KH29'] }, lecturer))).toBe('auth/forbidden');
    expect((await sut.gql<any>(LIST, { c: classIds['NA-2026-L01'] }, lecturer)).data.classNominations).toEqual([]);
    expect(code(await sut.gql<any>(LIST, { c: classIds['NA-2026-L01'] }, trainee))).toBe('auth/forbidden');
    const pending = (await sut.gql<any>(LIST, { c: classIds['NA-2026-KH29'], s: 'PENDING' }, admin)).data.classNominations;
    expect(pending.every((n: any) => n.status === 'PENDING' && n.communeName === 'Quỳnh Lưu')).toBe(true);
    const mine = (await sut.gql<any>(MINE, {}, coordinator)).data.myCommuneNominations;
    expect(mine.filter((m: any) => m.open).map((m: any) => m.trainingClass.code)).toEqual(
      expect.arrayContaining(['NA-2026-KH28', 'NA-2026-KH29', 'NA-2026-KH30']),
    );
    expect(code(await sut.gql<any>(MINE, {}, admin))).toBe('validation/invalid_input');
  });
});
