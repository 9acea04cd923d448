import { buildSchema, type GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './test/app';

type Role = 'anonymous' | 'trainee' | 'lecturer' | 'coordinator' | 'admin';
const ROLES: Role[] = ['anonymous', 'trainee', 'lecturer', 'coordinator', 'admin'];
const OK = 'ok';

interface Ctx {
  homeCommuneId: string;
  otherCommuneId: string;
  otherOfficialId: string;
  homeOfficialId: string;
  traineeOfficialId: string;
  refreshToken: () => Promise<string>;
  /** The demo Nghệ An 2026-2030 program. */
  programId: string;
  /** The demo class NA-2026-L01. */
  classId: string;
  /** Ids of lecturer@demo.local and lecturer2@demo.local. */
  lecturerIds: string[];
}

interface Case {
  /** What the case exercises, shown in the test name. */
  what: string;
  query: string;
  variables?: (ctx: Ctx, role: Role) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Role, string>;
  /** Extra check on a successful result. */
  check?: (data: Record<string, any>, ctx: Ctx, role: Role) => void;
}

const officialInput = (communeId: string) => ({
  fullName: 'Lương Thị Hoa',
  gender: 'FEMALE',
  ethnicity: 'Thái',
  communeId,
  bloc: 'FRONT',
  position: 'SPECIALIST',
});
const U = 'auth/unauthenticated';
const F = 'auth/forbidden';
const NF = 'official/not_found';

/**
 * Every GraphQL operation × every role. The first test fails when the schema gains an operation that has no row
 * here, so a new operation cannot ship without its authorization test.
 */
const MATRIX: Record<string, Case[]> = {
  me: [
    {
      what: 'own account',
      query: '{ me { id email role } }',
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, _c, role) => expect(d.me.role).toBe(role.toUpperCase()),
    },
  ],
  provinces: [
    {
      what: 'reference data',
      query: '{ provinces { name communes { name } } }',
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d) => expect(d.provinces.map((p: { name: string }) => p.name)).toContain('Nghệ An'),
    },
  ],
  communes: [
    {
      what: 'reference data',
      query: '{ communes { id name } }',
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
  ],
  officials: [
    {
      what: 'list (coordinator: only own commune)',
      query: '{ officials(first: 100) { totalCount edges { node { commune { id } } } } }',
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        const communes = new Set(d.officials.edges.map((e: { node: { commune: { id: string } } }) => e.node.commune.id));
        if (role === 'coordinator') expect([...communes]).toEqual([c.homeCommuneId]);
        else expect(communes.size).toBeGreaterThan(1);
      },
    },
    {
      what: 'list filtered to another commune',
      query: 'query($c: ID){ officials(filter: { communeId: $c }) { totalCount } }',
      variables: (c) => ({ c: c.otherCommuneId }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
    },
  ],
  official: [
    {
      what: "another commune's official",
      query: 'query($id: ID!){ official(id: $id) { id fullName } }',
      variables: (c) => ({ id: c.otherOfficialId }),
      expect: { anonymous: U, trainee: NF, lecturer: OK, coordinator: NF, admin: OK },
    },
    {
      what: "the trainee's own record",
      query: 'query($id: ID!){ official(id: $id) { id } }',
      variables: (c) => ({ id: c.traineeOfficialId }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
  ],
  login: [
    {
      what: 'public',
      query: 'mutation { login(input: { email: "lecturer@demo.local", password: "demo1234" }) { accessToken } }',
      expect: { anonymous: OK, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
  ],
  refreshToken: [
    {
      what: 'public, needs a valid refresh token',
      query: 'mutation($t: String!){ refreshToken(input: { refreshToken: $t }) { accessToken refreshToken } }',
      variables: async (c) => ({ t: await c.refreshToken() }),
      expect: { anonymous: OK, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
    {
      what: 'a made-up refresh token',
      query: 'mutation { refreshToken(input: { refreshToken: "not-a-token" }) { accessToken } }',
      expect: {
        anonymous: 'auth/refresh_invalid',
        trainee: 'auth/refresh_invalid',
        lecturer: 'auth/refresh_invalid',
        coordinator: 'auth/refresh_invalid',
        admin: 'auth/refresh_invalid',
      },
    },
  ],
  logout: [
    {
      what: 'public',
      query: 'mutation($t: String){ logout(input: { refreshToken: $t }) }',
      variables: async (c) => ({ t: await c.refreshToken() }),
      expect: { anonymous: OK, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
  ],
  createOfficial: [
    {
      what: 'in the coordinator’s commune',
      query: 'mutation($i: CreateOfficialInput!){ createOfficial(input: $i) { id commune { id } } }',
      variables: (c) => ({ i: officialInput(c.homeCommuneId) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
    },
    {
      what: 'in another commune',
      query: 'mutation($i: CreateOfficialInput!){ createOfficial(input: $i) { id } }',
      variables: (c) => ({ i: officialInput(c.otherCommuneId) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  updateOfficial: [
    {
      what: 'own commune',
      query: 'mutation($id: ID!){ updateOfficial(id: $id, input: { phone: "0912345678" }) { phone } }',
      variables: (c) => ({ id: c.homeOfficialId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
    },
    {
      what: 'another commune',
      query: 'mutation($id: ID!){ updateOfficial(id: $id, input: { phone: "0912345679" }) { phone } }',
      variables: (c) => ({ id: c.otherOfficialId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: NF, admin: OK },
    },
  ],
  deactivateOfficial: [
    {
      what: 'own commune (a fresh record each time)',
      query: 'mutation($id: ID!){ deactivateOfficial(id: $id) { active } }',
      variables: async (c) => ({ id: await freshOfficial(c.homeCommuneId) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
      check: (d) => expect(d.deactivateOfficial.active).toBe(false),
    },
    {
      what: 'another commune',
      query: 'mutation($id: ID!){ deactivateOfficial(id: $id) { active } }',
      variables: async (c) => ({ id: await freshOfficial(c.otherCommuneId) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: NF, admin: OK },
    },
  ],
  programs: [
    {
      what: 'list (every signed-in user reads programs)',
      query: '{ programs { id code practicePercent topics { id } } }',
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d) => expect(d.programs.map((p: { code: string }) => p.code)).toContain('NA-2026-XA'),
    },
  ],
  program: [
    {
      what: 'one program',
      query: 'query($id: ID!){ program(id: $id) { id practiceWarning } }',
      variables: (c) => ({ id: c.programId }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
    },
  ],
  createProgram: [
    {
      what: 'a fresh code each time',
      query: 'mutation($i: CreateProgramInput!){ createProgram(input: $i) { id } }',
      variables: (_c, role) => ({ i: { code: `AUTHZ-${role.toUpperCase()}`, title: 'Chương trình thử', startYear: 2026, endYear: 2026 } }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  updateProgram: [
    {
      what: 'the Nghệ An program',
      query: 'mutation($id: ID!){ updateProgram(id: $id, input: { practiceThresholdPercent: 70 }) { id } }',
      variables: (c) => ({ id: c.programId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  deleteProgram: [
    {
      what: 'a fresh program each time',
      query: 'mutation($id: ID!){ deleteProgram(id: $id) }',
      variables: async () => ({ id: await freshProgram() }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  addProgramTopic: [
    {
      what: 'to a fresh program',
      query: 'mutation($p: ID!){ addProgramTopic(programId: $p, input: { title: "Chuyên đề", kind: THEORY, hours: 2 }) { topicCount } }',
      variables: async () => ({ p: await freshProgram() }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  updateProgramTopic: [
    {
      what: 'a topic of a fresh program',
      query: 'mutation($id: ID!){ updateProgramTopic(id: $id, input: { hours: 3 }) { totalHours } }',
      variables: async () => ({ id: (await freshProgramTopics())[0] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  removeProgramTopic: [
    {
      what: 'a topic of a fresh program',
      query: 'mutation($id: ID!){ removeProgramTopic(id: $id) { topicCount } }',
      variables: async () => ({ id: (await freshProgramTopics())[0] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  reorderProgramTopics: [
    {
      what: 'the topics of a fresh program',
      query: 'mutation($p: ID!, $ids: [ID!]!){ reorderProgramTopics(programId: $p, topicIds: $ids) { topicCount } }',
      variables: async () => {
        const p = await freshProgramWithTopics();
        return { p: p.id, ids: [...p.topicIds].reverse() };
      },
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  classes: [
    {
      what: 'list (every signed-in user reads classes)',
      query: '{ classes { id code capacityWarning lecturers { kind user { displayName } } } }',
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d) => expect(d.classes.map((c: { code: string }) => c.code)).toContain('NA-2026-L01'),
    },
    {
      what: "a lecturer's own classes",
      query: 'query($l: ID){ classes(filter: { lecturerId: $l, year: 2026 }) { code } }',
      variables: (c) => ({ l: c.lecturerIds[0] }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      // The live demo class NA-2026-TT01 is dated on the day the demo data was loaded, so it is left out here.
      check: (d) =>
        expect(d.classes.map((c: { code: string }) => c.code).filter((code: string) => code !== 'NA-2026-TT01')).toEqual(['NA-2026-L01', 'NA-2026-L02', 'NA-2026-L03', 'NA-2026-L04']),
    },
  ],
  class: [
    {
      what: 'one class with its timetable',
      query: 'query($id: ID!){ class(id: $id) { id sessions { startsAt topic { title } lecturer { displayName } } } }',
      variables: (c) => ({ id: c.classId }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d) => expect(d.class.sessions).toHaveLength(10),
    },
  ],
  lecturers: [
    {
      what: 'picker list (staff who plan or teach)',
      query: '{ lecturers { id displayName } }',
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
    },
  ],
  createClass: [
    {
      what: 'a fresh code each time',
      query: 'mutation($i: CreateClassInput!){ createClass(input: $i) { id endDate } }',
      variables: (c, role) => ({ i: { programId: c.programId, code: `AUTHZ-C-${role.toUpperCase()}`, title: 'Lớp thử', startDate: '2032-03-01' } }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.createClass.endDate).toBe('2032-03-05'),
    },
  ],
  updateClass: [
    {
      what: 'a demo class',
      query: 'mutation($id: ID!){ updateClass(id: $id, input: { capacity: 70 }) { id } }',
      variables: (c) => ({ id: c.classId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  deleteClass: [
    {
      what: 'a fresh class each time',
      query: 'mutation($id: ID!){ deleteClass(id: $id) }',
      variables: async () => ({ id: (await freshClass()).id }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  assignClassLecturer: [
    {
      what: 'to a fresh class',
      query: 'mutation($c: ID!, $u: ID!){ assignClassLecturer(classId: $c, input: { userId: $u, kind: VISITING }) { lecturers { kind } } }',
      variables: async (c) => ({ c: (await freshClass()).id, u: c.lecturerIds[1] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  removeClassLecturer: [
    {
      what: 'from a fresh class',
      query: 'mutation($c: ID!, $u: ID!){ removeClassLecturer(classId: $c, userId: $u) { lecturers { kind } } }',
      variables: async (c) => ({ c: (await freshClass()).id, u: c.lecturerIds[0] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.removeClassLecturer.lecturers).toEqual([]),
    },
  ],
  addClassSession: [
    {
      what: 'to a fresh class',
      query: 'mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i) { sessionCount } }',
      variables: async (c) => {
        const k = await freshClass();
        return { c: k.id, i: { topicId: k.topicId, startsAt: `${k.startDate}T01:00:00Z`, endsAt: `${k.startDate}T04:00:00Z`, mode: 'ONLINE', lecturerId: c.lecturerIds[0] } };
      },
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  updateClassSession: [
    {
      what: 'a session of a fresh class',
      query: 'mutation($id: ID!){ updateClassSession(id: $id, input: { room: "Phòng 305" }) { sessions { room } } }',
      variables: async () => ({ id: (await freshClass(true)).sessionId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  removeClassSession: [
    {
      what: 'a session of a fresh class',
      query: 'mutation($id: ID!){ removeClassSession(id: $id) { sessionCount } }',
      variables: async () => ({ id: (await freshClass(true)).sessionId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  classEnrollments: [
    {
      what: 'NA-2026-L01, which the lecturer teaches (coordinator: only own commune)',
      query: 'query($c: ID!){ classEnrollments(classId: $c) { status official { id communeName } } }',
      variables: (c) => ({ c: c.classId }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        const ids = d.classEnrollments.map((e: { official: { id: string } }) => e.official.id);
        expect(ids).toContain(c.traineeOfficialId);
        if (role === 'coordinator') expect(new Set(d.classEnrollments.map((e: any) => e.official.communeName))).toEqual(new Set(['Quỳnh Lưu']));
        else expect(ids.length).toBeGreaterThanOrEqual(60);
      },
    },
    {
      what: 'a class the lecturer does not teach (coordinator: the Quỳnh Lưu official approved into it)',
      query: 'query($c: ID!){ classEnrollments(classId: $c) { status official { communeName } } }',
      variables: async () => ({ c: await planClass('NA-2026-KH29') }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
      check: (d, _c, role) => {
        const communes = d.classEnrollments.map((e: { official: { communeName: string } }) => e.official.communeName);
        expect(communes).toContain('Quỳnh Lưu');
        if (role === 'coordinator') expect(new Set(communes)).toEqual(new Set(['Quỳnh Lưu']));
      },
    },
  ],
  myClasses: [
    {
      what: "the trainee's own classes",
      query: '{ myClasses { status trainingClass { code } } }',
      expect: { anonymous: U, trainee: OK, lecturer: F, coordinator: F, admin: F },
      check: (d) => expect(d.myClasses).toContainEqual({ status: 'ENROLLED', trainingClass: { code: 'NA-2026-L01' } }),
    },
  ],
  enrollOfficial: [
    {
      what: 'into a fresh class',
      query: 'mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o) { status waitlistPosition } }',
      variables: async (c) => ({ c: (await freshClass()).id, o: c.homeOfficialId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.enrollOfficial).toEqual({ status: 'ENROLLED', waitlistPosition: null }),
    },
  ],
  withdrawEnrollment: [
    {
      what: 'an enrolment in a fresh class',
      query: 'mutation($e: ID!){ withdrawEnrollment(enrollmentId: $e) { withdrawn { status } promoted { id } } }',
      variables: async (c) => {
        const r = await sut.gql<any>(
          'mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o) { id } }',
          { c: (await freshClass()).id, o: c.homeOfficialId },
          adminToken,
        );
        return { e: r.data.enrollOfficial.id };
      },
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.withdrawEnrollment).toEqual({ withdrawn: { status: 'WITHDRAWN' }, promoted: null }),
    },
  ],
  joinLiveSession: [
    {
      what: 'the open live demo session (coordinator: observer, a Quỳnh Lưu trainee holds a seat)',
      query: 'mutation($s: ID!){ joinLiveSession(sessionId: $s) { role token } }',
      variables: async () => ({ s: await liveDemoSessionId() }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, _c, role) =>
        expect(d.joinLiveSession.role).toBe({ trainee: 'TRAINEE', lecturer: 'LECTURER', coordinator: 'OBSERVER', admin: 'OBSERVER' }[role as string]),
    },
    {
      what: 'as the classroom device',
      query: 'mutation($s: ID!){ joinLiveSession(sessionId: $s, asClassroom: true) { role } }',
      variables: async () => ({ s: await liveDemoSessionId() }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
      check: (d) => expect(d.joinLiveSession.role).toBe('CLASSROOM'),
    },
    {
      what: 'a past session of NA-2026-L01',
      query: 'mutation($s: ID!){ joinLiveSession(sessionId: $s) { role } }',
      variables: async () => ({ s: await pastSessionId() }),
      expect: { anonymous: U, trainee: 'live/session_not_open', lecturer: 'live/session_not_open', coordinator: 'live/session_not_open', admin: 'live/session_not_open' },
    },
  ],
  liveCheckInCode: [
    {
      what: 'the open live demo session (its lecturer, administrators)',
      query: 'query($s: ID!){ liveCheckInCode(sessionId: $s) { code url expiresAt } }',
      variables: async () => ({ s: await liveDemoSessionId() }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
      check: (d) => expect(d.liveCheckInCode.url).toBe(`/checkin?code=${encodeURIComponent(d.liveCheckInCode.code)}`),
    },
  ],
  checkIn: [
    {
      what: 'a genuine code of the live demo session (trainees with a seat)',
      query: 'mutation($c: String!){ checkIn(code: $c) { session { classCode } } }',
      variables: async () => {
        const r = await sut.gql<any>('query($s: ID!){ liveCheckInCode(sessionId: $s) { code } }', { s: await liveDemoSessionId() }, adminToken);
        return { c: r.data.liveCheckInCode.code };
      },
      expect: { anonymous: U, trainee: OK, lecturer: F, coordinator: F, admin: F },
      check: (d) => expect(d.checkIn.session.classCode).toBe('NA-2026-TT01'),
    },
    {
      what: 'a made-up code',
      query: 'mutation { checkIn(code: "not-a-code") { checkedInAt } }',
      expect: { anonymous: U, trainee: 'attendance/code_invalid', lecturer: F, coordinator: F, admin: F },
    },
  ],
  sessionAttendance: [
    {
      what: 'the live demo session (trainee: own row; coordinator: own commune)',
      query: 'query($s: ID!){ sessionAttendance(sessionId: $s) { rows { official { id communeName } } } }',
      variables: async () => ({ s: await liveDemoSessionId() }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        const rows = d.sessionAttendance.rows as { official: { id: string; communeName: string } }[];
        if (role === 'trainee') expect(rows.map((r) => r.official.id)).toEqual([c.traineeOfficialId]);
        else if (role === 'coordinator') expect(new Set(rows.map((r) => r.official.communeName))).toEqual(new Set(['Quỳnh Lưu']));
        else expect(rows.length).toBe(12);
      },
    },
  ],
  classAttendance: [
    {
      what: 'NA-2026-L01 (trainee: own row; coordinator: own commune)',
      query: 'query($c: ID!){ classAttendance(classId: $c) { sessions { id } rows { official { id communeName } cells { present } } } }',
      variables: (c) => ({ c: c.classId }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        const rows = d.classAttendance.rows as { official: { id: string; communeName: string } }[];
        expect(d.classAttendance.sessions).toHaveLength(10);
        if (role === 'trainee') expect(rows.map((r) => r.official.id)).toEqual([c.traineeOfficialId]);
        else if (role === 'coordinator') expect(new Set(rows.map((r) => r.official.communeName))).toEqual(new Set(['Quỳnh Lưu']));
        else expect(rows).toHaveLength(60);
      },
    },
    {
      what: 'a class the lecturer does not teach',
      query: 'query($c: ID!){ classAttendance(classId: $c) { rows { official { communeName } } } }',
      variables: async () => ({ c: await planClass('NA-2026-KH29') }),
      expect: { anonymous: U, trainee: OK, lecturer: F, coordinator: OK, admin: OK },
    },
  ],
  correctAttendance: [
    {
      what: 'the demo trainee in the live demo session (its lecturer, administrators)',
      query: 'mutation($s: ID!, $o: ID!){ correctAttendance(sessionId: $s, officialId: $o, present: true, reason: "Có mặt tại lớp, quên quét mã") { present correction { reason } } }',
      variables: async (c) => ({ s: await liveDemoSessionId(), o: c.traineeOfficialId }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
      check: (d) => expect(d.correctAttendance).toEqual({ present: true, correction: { reason: 'Có mặt tại lớp, quên quét mã' } }),
    },
  ],
  classNominations: [
    {
      what: 'a class the lecturer teaches, nominated by two communes (coordinator: only own commune)',
      query: 'query($c: ID!){ classNominations(classId: $c) { status communeId } }',
      variables: async (c) => {
        const k = await freshClass();
        await freshNomination(k.id, await freshOfficial(c.homeCommuneId));
        await freshNomination(k.id, c.otherOfficialId);
        return { c: k.id };
      },
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        const communes = d.classNominations.map((n: { communeId: string }) => n.communeId);
        expect(communes).toContain(c.homeCommuneId);
        expect(communes.length).toBe(role === 'coordinator' ? 1 : 2);
      },
    },
    {
      what: 'a class the lecturer does not teach',
      query: 'query($c: ID!){ classNominations(classId: $c) { id } }',
      variables: async () => ({ c: (await planClass('NA-2026-KH29')) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
    },
  ],
  nominationQuotas: [
    {
      what: 'NA-2026-L01 (coordinator: only own commune)',
      query: 'query($c: ID!){ nominationQuotas(classId: $c) { capacity communes { communeId quota used } } }',
      variables: (c) => ({ c: c.classId }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, c, role) => {
        if (role === 'coordinator') expect(d.nominationQuotas.communes.map((q: { communeId: string }) => q.communeId)).toEqual([c.homeCommuneId]);
      },
    },
  ],
  myCommuneNominations: [
    {
      what: 'own commune (administrators must name one)',
      query: '{ myCommuneNominations { open trainingClass { code } quota { communeId } } }',
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: 'validation/invalid_input' },
      check: (d, c) => expect(d.myCommuneNominations.every((r: { quota: { communeId: string } }) => r.quota.communeId === c.homeCommuneId)).toBe(true),
    },
    {
      what: 'another commune',
      query: 'query($c: ID){ myCommuneNominations(communeId: $c) { quota { communeId } } }',
      variables: (c) => ({ c: c.otherCommuneId }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  setNominationQuotas: [
    {
      what: 'a quota for the home commune in a fresh class',
      query: 'mutation($c: ID!, $q: [NominationQuotaInput!]!){ setNominationQuotas(classId: $c, quotas: $q) { quotaTotal } }',
      variables: async (c) => ({ c: (await freshClass()).id, q: [{ communeId: c.homeCommuneId, quota: 3 }] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.setNominationQuotas.quotaTotal).toBe(3),
    },
  ],
  nominateOfficials: [
    {
      what: 'a home-commune official for a fresh class',
      query: 'mutation($c: ID!, $o: [ID!]!){ nominateOfficials(classId: $c, officialIds: $o) { status } }',
      variables: async (c) => ({ c: (await freshClass()).id, o: [await freshOfficial(c.homeCommuneId)] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
      check: (d) => expect(d.nominateOfficials).toEqual([{ status: 'PENDING' }]),
    },
    {
      what: "another commune's official",
      query: 'mutation($c: ID!, $o: [ID!]!){ nominateOfficials(classId: $c, officialIds: $o) { status } }',
      variables: async (c) => ({ c: (await freshClass()).id, o: [c.otherOfficialId] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: 'nomination/forbidden_commune', admin: OK },
    },
  ],
  withdrawNomination: [
    {
      what: 'a pending home-commune nomination',
      query: 'mutation($id: ID!){ withdrawNomination(nominationId: $id) { status } }',
      variables: async (c) => ({ id: await freshNomination((await freshClass()).id, await freshOfficial(c.homeCommuneId)) }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: OK, admin: OK },
      check: (d) => expect(d.withdrawNomination.status).toBe('WITHDRAWN'),
    },
  ],
  approveNominations: [
    {
      what: 'a pending nomination',
      query: 'mutation($ids: [ID!]!){ approveNominations(nominationIds: $ids) { status enrollmentStatus } }',
      variables: async (c) => ({ ids: [await freshNomination((await freshClass()).id, await freshOfficial(c.homeCommuneId))] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.approveNominations).toEqual([{ status: 'APPROVED', enrollmentStatus: 'ENROLLED' }]),
    },
  ],
  rejectNominations: [
    {
      what: 'a pending nomination, with a reason',
      query: 'mutation($ids: [ID!]!){ rejectNominations(nominationIds: $ids, reason: "Đủ chỉ tiêu") { status } }',
      variables: async (c) => ({ ids: [await freshNomination((await freshClass()).id, await freshOfficial(c.homeCommuneId))] }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
    },
  ],
  annualPlan: [
    {
      what: 'Nghệ An 2026 (coordinator: own commune figures)',
      query: '{ annualPlan(year: 2026) { targetMin targetMax communeName activeOfficials } }',
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, _c, role) => {
        expect(d.annualPlan).toMatchObject({ targetMin: 28, targetMax: 32 });
        expect(d.annualPlan.communeName).toBe(role === 'coordinator' ? 'Quỳnh Lưu' : null);
      },
    },
  ],
  officialImport: [
    {
      what: 'an uploaded spreadsheet’s dry-run report (administrators only)',
      query: 'query($id: ID!){ officialImport(id: $id) { status toCreate toEnrol class { id } } }',
      variables: async () => ({ id: await analysedImport() }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.officialImport).toMatchObject({ status: 'READY', toEnrol: 1 }),
    },
  ],
  commitOfficialImport: [
    {
      what: 'a READY import into a fresh class (administrators only)',
      query: 'mutation($id: ID!){ commitOfficialImport(id: $id) { status toEnrol } }',
      variables: async () => ({ id: await analysedImport() }),
      expect: { anonymous: U, trainee: F, lecturer: F, coordinator: F, admin: OK },
      check: (d) => expect(d.commitOfficialImport).toEqual({ status: 'COMMITTED', toEnrol: 1 }),
    },
  ],
  sessionPolls: [
    {
      what: 'the live demo session (coordinator: a Quỳnh Lưu trainee holds a seat)',
      query: 'query($s: ID!){ sessionPolls(sessionId: $s) { canManage canVote polls { id } } }',
      variables: async () => ({ s: await liveDemoSessionId() }),
      expect: { anonymous: U, trainee: OK, lecturer: OK, coordinator: OK, admin: OK },
      check: (d, _c, role) =>
        expect(d.sessionPolls).toMatchObject({ canManage: role === 'lecturer' || role === 'admin', canVote: role === 'trainee' }),
    },
    {
      what: 'a fresh class taught by the lecturer, with no trainee of the coordinator’s commune',
      query: 'query($s: ID!){ sessionPolls(sessionId: $s) { canManage } }',
      variables: async () => ({ s: (await freshClass(true)).sessionId }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
    },
  ],
  createPoll: [
    {
      what: 'in the live demo session (its lecturers, administrators)',
      query: 'mutation($i: CreatePollInput!){ createPoll(input: $i) { status options { votes } } }',
      variables: async () => ({ i: { sessionId: await liveDemoSessionId(), question: 'Bạn đã sẵn sàng?', options: ['Có', 'Chưa'] } }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
      check: (d) => expect(d.createPoll).toEqual({ status: 'OPEN', options: [{ votes: 0 }, { votes: 0 }] }),
    },
  ],
  votePoll: [
    {
      what: 'an open poll of the live demo session (trainees with a seat)',
      query: 'mutation($p: ID!, $o: [ID!]!){ votePoll(pollId: $p, optionIds: $o) { totalVoters myOptionIds } }',
      variables: async () => {
        const p = await freshPoll();
        return { p: p.id, o: [p.optionIds[1]] };
      },
      expect: { anonymous: U, trainee: OK, lecturer: F, coordinator: F, admin: F },
      check: (d) => expect(d.votePoll.totalVoters).toBe(1),
    },
    {
      what: 'a closed poll',
      query: 'mutation($p: ID!, $o: [ID!]!){ votePoll(pollId: $p, optionIds: $o) { totalVoters } }',
      variables: async () => {
        const p = await freshPoll();
        await sut.gql<any>('mutation($p: ID!){ closePoll(pollId: $p) { status } }', { p: p.id }, adminToken);
        return { p: p.id, o: [p.optionIds[0]] };
      },
      expect: { anonymous: U, trainee: 'poll/closed', lecturer: F, coordinator: F, admin: F },
    },
  ],
  closePoll: [
    {
      what: 'an open poll of the live demo session (its lecturers, administrators)',
      query: 'mutation($p: ID!){ closePoll(pollId: $p) { status closedAt } }',
      variables: async () => ({ p: (await freshPoll()).id }),
      expect: { anonymous: U, trainee: F, lecturer: OK, coordinator: F, admin: OK },
      check: (d) => expect(d.closePoll.status).toBe('CLOSED'),
    },
  ],
};

/** An open poll in the live demo session, asked by the administrator. */
async function freshPoll(): Promise<{ id: string; optionIds: string[] }> {
  const r = await sut.gql<any>(
    'mutation($i: CreatePollInput!){ createPoll(input: $i) { id options { id } } }',
    { i: { sessionId: await liveDemoSessionId(), question: 'Câu hỏi nhanh', options: ['Một', 'Hai', 'Ba'] } },
    adminToken,
  );
  return { id: r.data.createPoll.id, optionIds: r.data.createPoll.options.map((o: { id: string }) => o.id) };
}

/** Uploads a one-official CSV for a fresh class (REST, as an administrator) and waits until it is analysed. */
async function analysedImport(): Promise<string> {
  const classId = (await freshClass()).id;
  const csv = 'Họ và tên;Ngày sinh;Giới tính;Dân tộc;Xã/phường;Khối;Chức vụ\nLê Thị Nhung;14/02/1986;Nữ;Kinh;Quỳnh Lưu;Khối Đảng;Chuyên viên\n';
  const res = await fetch(`${sut.url}/api/imports/officials?classId=${classId}&fileName=ds.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const { id } = (await res.json()) as { id: string };
  for (let i = 0; i < 100; i++) {
    const r = await sut.gql<any>('query($id: ID!){ officialImport(id: $id) { status } }', { id }, adminToken);
    if (r.data?.officialImport.status !== 'ANALYSING') return id;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('import still analysing');
}

let sut: TestApp;
let adminToken: string;
const tokens = {} as Record<Role, string | undefined>;
let ctx: Ctx;

async function freshOfficial(communeId: string): Promise<string> {
  const r = await sut.gql<{ createOfficial: { id: string } }>(
    'mutation($i: CreateOfficialInput!){ createOfficial(input: $i) { id } }',
    { i: officialInput(communeId) },
    adminToken,
  );
  return r.data!.createOfficial.id;
}

let programSeq = 0;
async function freshProgramWithTopics(): Promise<{ id: string; topicIds: string[] }> {
  const r = await sut.gql<{ createProgram: { id: string; topics: { id: string }[] } }>(
    'mutation($i: CreateProgramInput!){ createProgram(input: $i) { id topics { id } } }',
    {
      i: {
        code: `AUTHZ-FRESH-${++programSeq}`,
        title: 'Chương trình thử',
        startYear: 2026,
        endYear: 2026,
        topics: [
          { title: 'Lý thuyết', kind: 'THEORY', hours: 2 },
          { title: 'Đóng vai', kind: 'ROLE_PLAY', hours: 4 },
        ],
      },
    },
    adminToken,
  );
  return { id: r.data!.createProgram.id, topicIds: r.data!.createProgram.topics.map((t) => t.id) };
}
let classSeq = 0;
/** A class of the Nghệ An 2026 program with the main lecturer, in a week of its own (so fresh sessions never clash). */
async function freshClass(withSession = false): Promise<{ id: string; startDate: string; topicId: string; sessionId?: string }> {
  const seq = ++classSeq;
  const startDate = new Date(Date.UTC(2033, 0, 3 + 7 * seq)).toISOString().slice(0, 10);
  const r = await sut.gql<any>(
    'mutation($i: CreateClassInput!){ createClass(input: $i) { id program { topics { id } } } }',
    { i: { programId: ctx.programId, code: `AUTHZ-K-${seq}`, title: 'Lớp thử', startDate, lecturers: [{ userId: ctx.lecturerIds[0], kind: 'SCHOOL' }] } },
    adminToken,
  );
  const k = { id: r.data.createClass.id as string, startDate, topicId: r.data.createClass.program.topics[0].id as string };
  if (!withSession) return k;
  const s = await sut.gql<any>(
    'mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i) { sessions { id } } }',
    { c: k.id, i: { topicId: k.topicId, startsAt: `${startDate}T01:00:00Z`, endsAt: `${startDate}T04:00:00Z`, mode: 'ROOM', room: 'Phòng 201', lecturerId: ctx.lecturerIds[0] } },
    adminToken,
  );
  return { ...k, sessionId: s.data.addClassSession.sessions[0].id };
}
const freshProgram = async () => (await freshProgramWithTopics()).id;
/** A pending nomination made by the administrator; returns its id. */
async function freshNomination(classId: string, officialId: string): Promise<string> {
  const r = await sut.gql<any>('mutation($c: ID!, $o: [ID!]!){ nominateOfficials(classId: $c, officialIds: $o) { id } }', { c: classId, o: [officialId] }, adminToken);
  return r.data.nominateOfficials[0].id;
}
/** The id of a demo class by code. */
async function planClass(code: string): Promise<string> {
  const r = await sut.gql<any>('{ classes { id code } }', {}, adminToken);
  return r.data.classes.find((c: { code: string }) => c.code === code).id;
}
const freshProgramTopics = async () => (await freshProgramWithTopics()).topicIds;

/** The session of the live demo class NA-2026-TT01, open whenever the demo data was loaded. */
async function liveDemoSessionId(): Promise<string> {
  const r = await sut.gql<any>('{ classes { code sessions { id } } }', {}, adminToken);
  return r.data.classes.find((c: { code: string }) => c.code === 'NA-2026-TT01').sessions[0].id;
}
/** The first session of NA-2026-L01 (April 2026): long closed. */
async function pastSessionId(): Promise<string> {
  const r = await sut.gql<any>('query($id: ID!){ class(id: $id) { sessions { id } } }', { id: ctx.classId }, adminToken);
  return r.data.class.sessions[0].id;
}

beforeAll(async () => {
  sut = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  adminToken = await sut.login(DEMO.admin);
  tokens.anonymous = undefined;
  tokens.admin = adminToken;
  tokens.lecturer = await sut.login(DEMO.lecturer);
  tokens.trainee = await sut.login(DEMO.trainee);
  tokens.coordinator = await sut.login(DEMO.coordinator);
  const me = await sut.gql<{ me: { commune: { id: string } } }>('{ me { commune { id } } }', {}, tokens.coordinator);
  const trainee = await sut.gql<{ me: { official: { id: string } } }>('{ me { official { id } } }', {}, tokens.trainee);
  const home = await sut.gql<any>('query($c: ID){ officials(first: 1, filter: { communeId: $c }) { edges { node { id } } } }', { c: me.data!.me.commune.id }, adminToken);
  const dakLak = await sut.gql<any>('{ provinces { name communes { id } } }', {}, adminToken);
  const otherCommuneId = dakLak.data.provinces.find((p: { name: string }) => p.name === 'Đắk Lắk').communes[0].id;
  const other = await sut.gql<any>('query($c: ID){ officials(first: 1, filter: { communeId: $c }) { edges { node { id } } } }', { c: otherCommuneId }, adminToken);
  const programs = await sut.gql<any>('{ programs { id code } }', {}, adminToken);
  const classes = await sut.gql<any>('{ classes { id code } }', {}, adminToken);
  const lecturers = await sut.gql<any>('{ lecturers { id displayName } }', {}, adminToken);
  const lecturerId = (name: string) => lecturers.data.lecturers.find((l: { displayName: string }) => l.displayName.includes(name)).id;
  ctx = {
    classId: classes.data.classes.find((c: { code: string }) => c.code === 'NA-2026-L01').id,
    lecturerIds: [lecturerId('Trần Thị Minh Hà'), lecturerId('Nguyễn Văn Thắng')],
    programId: programs.data.programs.find((p: { code: string }) => p.code === 'NA-2026-XA').id,
    homeCommuneId: me.data!.me.commune.id,
    otherCommuneId,
    otherOfficialId: other.data.officials.edges[0].node.id,
    homeOfficialId: home.data.officials.edges[0].node.id,
    traineeOfficialId: trainee.data!.me.official.id,
    refreshToken: async () => {
      const r = await sut.gql<any>('mutation { login(input: { email: "lecturer@demo.local", password: "demo1234" }) { refreshToken } }');
      return r.data.login.refreshToken;
    },
  };
});
afterAll(() => sut?.close());

describe('authorization matrix', () => {
  it('covers every query, mutation and subscription in the committed schema', () => {
    const sdl = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const ops = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter((t): t is GraphQLObjectType => !!t)
      .flatMap((t) => Object.keys(t.getFields()));
    const covered = [...Object.keys(MATRIX), ...SUBSCRIPTIONS];
    expect(ops.filter((op) => !covered.includes(op))).toEqual([]);
  });

  for (const [op, cases] of Object.entries(MATRIX)) {
    for (const c of cases) {
      for (const role of ROLES) {
        it(`${op} (${c.what}) as ${role} → ${c.expect[role]}`, async () => {
          const variables = c.variables ? await c.variables(ctx, role) : undefined;
          const r = await sut.gql<Record<string, any>>(c.query, variables, tokens[role]);
          if (c.expect[role] === OK) {
            expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
            c.check?.(r.data!, ctx, role);
          } else {
            expect(r.errors?.[0]?.extensions?.code).toBe(c.expect[role]);
            expect(r.data?.[op] ?? null).toBeNull();
          }
        });
      }
    }
  }
});

const SUBSCRIPTIONS = ['officialChanged', 'pollUpdated'];

describe('officialChanged subscription', () => {
  function subscribe(token: string | undefined) {
    const client = sut.subscriptionClient(token);
    const received: string[] = [];
    let error: unknown;
    const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    client.subscribe(
      { query: 'subscription { officialChanged { id fullName commune { id } } }' },
      { next: (v) => received.push((v.data as any).officialChanged.id), error: (e) => (error = e), complete: () => undefined },
    );
    return { client, received, ready, closed, error: () => error };
  }

  it('refuses anonymous connections', async () => {
    const s = subscribe(undefined);
    expect(await s.closed).toBe(4403);
  });

  for (const role of ['trainee', 'lecturer', 'coordinator', 'admin'] as const) {
    it(`delivers to ${role} only the changes they may see`, async () => {
      const s = subscribe(tokens[role]);
      await s.ready;
      await new Promise((r) => setTimeout(r, 100));
      const home = await freshOfficial(ctx.homeCommuneId);
      const other = await freshOfficial(ctx.otherCommuneId);
      await new Promise((r) => setTimeout(r, 300));
      await s.client.dispose();
      const expected = { trainee: [], lecturer: [home, other], coordinator: [home], admin: [home, other] }[role];
      expect(s.received.filter((id) => id === home || id === other)).toEqual(expected);
    });
  }
});

describe('pollUpdated subscription', () => {
  function subscribe(token: string | undefined, sessionId: string) {
    const client = sut.subscriptionClient(token);
    const received: string[] = [];
    const errors: string[] = [];
    const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    client.subscribe(
      { query: 'subscription($s: ID!){ pollUpdated(sessionId: $s) { id totalVoters } }', variables: { s: sessionId } },
      {
        // A refusal at subscribe time arrives as one result with `errors` (graphql-ws), then completion.
        next: (v) => (v.errors ? errors.push(JSON.stringify(v.errors)) : received.push((v.data as any).pollUpdated.id)),
        error: (e) => errors.push(JSON.stringify(e)),
        complete: () => undefined,
      },
    );
    return { client, received, errors, ready, closed };
  }

  it('refuses anonymous connections', async () => {
    const s = subscribe(undefined, await liveDemoSessionId());
    expect(await s.closed).toBe(4403);
  });

  for (const role of ['trainee', 'lecturer', 'coordinator', 'admin'] as const) {
    it(`delivers the live demo session's polls to ${role}; other sessions only to those who may read them`, async () => {
      const other = (await freshClass(true)).sessionId!;
      const live = subscribe(tokens[role], await liveDemoSessionId());
      const elsewhere = subscribe(tokens[role], other);
      await Promise.all([live.ready, elsewhere.ready]);
      await new Promise((r) => setTimeout(r, 100));
      const poll = await freshPoll();
      const r = await sut.gql<any>(
        'mutation($i: CreatePollInput!){ createPoll(input: $i) { id } }',
        { i: { sessionId: other, question: 'Ở phiên khác', options: ['A', 'B'] } },
        adminToken,
      );
      await new Promise((r) => setTimeout(r, 300));
      await Promise.all([live.client.dispose(), elsewhere.client.dispose()]);
      expect(live.received).toContain(poll.id);
      expect(live.received).not.toContain(r.data.createPoll.id);
      if (role === 'trainee' || role === 'coordinator') {
        expect(elsewhere.received).toEqual([]);
        expect(elsewhere.errors.join()).toContain(F);
      } else {
        expect(elsewhere.received).toEqual([r.data.createPoll.id]);
      }
    });
  }
});
