import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { EnrollmentService } from './enrollment.service';

const ENROLL = 'mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o){ id status waitlistPosition official { id } } }';
const WITHDRAW = `mutation($e: ID!){ withdrawEnrollment(enrollmentId: $e){
  withdrawn { id status waitlistPosition withdrawnAt } promoted { id status official { id } } } }`;
const LIST = 'query($c: ID!){ classEnrollments(classId: $c){ id status waitlistPosition official { id fullName communeName } } }';
const COUNTS = 'query($id: ID!){ class(id: $id){ capacity enrolledCount waitlistCount } }';

let sut: TestApp;
let admin: string;
let coordinator: string;
let trainee: string;
let officials: string[];
let programId: string;
let seq = 0;

/** A new class of the given capacity in a week of its own. */
async function freshClass(capacity: number): Promise<string> {
  const day = String(1 + (seq % 20)).padStart(2, '0');
  const r = await sut.gql<any>(
    'mutation($i: CreateClassInput!){ createClass(input: $i){ id } }',
    { i: { programId, code: `ENR-${++seq}`, title: 'Lớp ghi danh thử', startDate: `2031-03-${day}`, capacity } },
    admin,
  );
  expect(r.errors).toBeUndefined();
  return r.data.createClass.id;
}
const enroll = async (c: string, o: string) => sut.gql<any>(ENROLL, { c, o }, admin);
const list = async (c: string, token = admin) => (await sut.gql<any>(LIST, { c }, token)).data.classEnrollments as any[];

beforeAll(async () => {
  sut = await createTestApp();
  admin = await sut.login(DEMO.admin);
  coordinator = await sut.login(DEMO.coordinator);
  trainee = await sut.login(DEMO.trainee);
  const r = await sut.gql<any>('{ officials(first: 8) { edges { node { id } } } }', {}, admin);
  officials = r.data.officials.edges.map((e: any) => e.node.id);
  programId = (await sut.gql<any>('{ programs { id code } }', {}, admin)).data.programs.find((p: any) => p.code === 'NA-2026-XA').id;
});
afterAll(() => sut?.close());

describe(EnrollmentService.name, () => {
  it('seats officials up to capacity, then queues the rest in order', async () => {
    const c = await freshClass(2);
    const results = [];
    for (const o of officials.slice(0, 5)) results.push((await enroll(c, o)).data.enrollOfficial);
    expect(results.map((e) => [e.status, e.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);
    expect((await sut.gql<any>(COUNTS, { id: c }, admin)).data.class).toEqual({ capacity: 2, enrolledCount: 2, waitlistCount: 3 });
    const rows = await list(c);
    expect(rows.filter((e) => e.status === 'WAITLISTED').map((e) => e.official.id)).toEqual(officials.slice(2, 5));
  });

  it('never overfills a class under concurrent enrolments', async () => {
    const c = await freshClass(3);
    const all = await Promise.all(officials.map((o) => enroll(c, o)));
    expect(all.every((r) => !r.errors)).toBe(true);
    const statuses = all.map((r) => r.data.enrollOfficial);
    expect(statuses.filter((e) => e.status === 'ENROLLED')).toHaveLength(3);
    expect(statuses.filter((e) => e.status === 'WAITLISTED').map((e) => e.waitlistPosition).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives a freed seat to the first in line and moves the line up', async () => {
    const c = await freshClass(2);
    const ids: string[] = [];
    for (const o of officials.slice(0, 5)) ids.push((await enroll(c, o)).data.enrollOfficial.id);
    const r = await sut.gql<any>(WITHDRAW, { e: ids[0] }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.withdrawEnrollment.withdrawn).toMatchObject({ status: 'WITHDRAWN', waitlistPosition: null });
    expect(r.data.withdrawEnrollment.promoted).toEqual({ id: ids[2], status: 'ENROLLED', official: { id: officials[2] } });
    const rows = await list(c);
    expect(rows.map((e) => [e.id, e.status, e.waitlistPosition])).toEqual(
      expect.arrayContaining([
        [ids[3], 'WAITLISTED', 1],
        [ids[4], 'WAITLISTED', 2],
        [ids[0], 'WITHDRAWN', null],
      ]),
    );
    // Leaving the waitlist frees no seat: nobody is promoted, the rest move up.
    const w = await sut.gql<any>(WITHDRAW, { e: ids[3] }, admin);
    expect(w.data.withdrawEnrollment.promoted).toBeNull();
    expect((await list(c)).find((e) => e.id === ids[4]).waitlistPosition).toBe(1);
    const again = await sut.gql<any>(WITHDRAW, { e: ids[3] }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('enrollment/already_withdrawn');
  });

  it('refuses an official already enrolled or waitlisted, and re-enrols a withdrawn one', async () => {
    const c = await freshClass(1);
    const first = (await enroll(c, officials[0]!)).data.enrollOfficial;
    const dup = await enroll(c, officials[0]!);
    expect(dup.errors?.[0]?.extensions?.code).toBe('enrollment/already_enrolled');
    await enroll(c, officials[1]!);
    expect((await enroll(c, officials[1]!)).errors?.[0]?.extensions?.code).toBe('enrollment/already_enrolled');
    // The seat goes to the waitlisted official; the one coming back joins the end of the line.
    await sut.gql<any>(WITHDRAW, { e: first.id }, admin);
    const back = (await enroll(c, officials[0]!)).data.enrollOfficial;
    expect(back).toMatchObject({ id: first.id, status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await enroll(c, '00000000-0000-4000-8000-000000000000')).errors?.[0]?.extensions?.code).toBe('official/not_found');
    expect((await enroll('00000000-0000-4000-8000-000000000000', officials[0]!)).errors?.[0]?.extensions?.code).toBe('class/not_found');
  });

  it('shows a coordinator only the officials of their own commune', async () => {
    const classes = (await sut.gql<any>('{ classes { id code } }', {}, admin)).data.classes;
    const th = classes.find((c: any) => c.code === 'NA-2025-TH-L01').id;
    const all = await list(th);
    expect(all.filter((e) => e.status === 'ENROLLED')).toHaveLength(150);
    expect(all.filter((e) => e.status === 'WAITLISTED').map((e) => e.waitlistPosition)).toEqual([1, 2, 3, 4, 5]);
    const mine = await list(th, coordinator);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(new Set(mine.map((e) => e.official.communeName))).toEqual(new Set(['Quỳnh Lưu']));
    expect(mine.map((e) => e.id)).toEqual(all.filter((e) => e.official.communeName === 'Quỳnh Lưu').map((e) => e.id));
  });

  it('lists a trainee’s own classes, including a waitlisted place, but not withdrawn ones', async () => {
    const me = (await sut.gql<any>('{ me { official { id } } }', {}, trainee)).data.me.official.id;
    const full = await freshClass(1);
    await enroll(full, officials[0]!);
    const waitlisted = (await enroll(full, me)).data.enrollOfficial;
    expect(waitlisted.status).toBe('WAITLISTED');
    const gone = await freshClass(5);
    const withdrawn = (await enroll(gone, me)).data.enrollOfficial;
    await sut.gql<any>(WITHDRAW, { e: withdrawn.id }, admin);
    const r = await sut.gql<any>('{ myClasses { status waitlistPosition trainingClass { id code sessions { id } } } }', {}, trainee);
    expect(r.errors).toBeUndefined();
    const mine = r.data.myClasses.map((m: any) => [m.trainingClass.code, m.status, m.waitlistPosition]);
    expect(mine).toContainEqual(['NA-2026-L01', 'ENROLLED', null]);
    expect(mine).toContainEqual([`ENR-${seq - 1}`, 'WAITLISTED', 1]);
    expect(mine.map((m: any[]) => m[0])).not.toContain(`ENR-${seq}`);
    expect((await sut.gql<any>(LIST, { c: full }, trainee)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
  });
});
