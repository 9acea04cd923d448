import path from 'node:path';
import { type JoinTokenClaims, MEDIA_TOKEN_AUDIENCE } from '@gd/schema';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_MEDIA_JOIN_SECRET } from '../common/config';
import { createTestApp, DEMO, freeLecturersAroundNow, type TestApp } from '../test/app';
import { LiveService } from './live.service';

const SECRET = 'live-spec-join-secret-0123456789';
const JOIN = 'mutation($s: ID!, $c: Boolean){ joinLiveSession(sessionId: $s, asClassroom: $c){ token role expiresAt sessionId displayName } }';

/**
 * The media service's own verification (media/src/auth.ts), so a token the API mints is checked exactly as the SFU
 * checks it. Loaded by path: the file lies outside this package's TypeScript rootDir.
 */
interface MediaAuth {
  secretKey(secret: string): Uint8Array;
  verifyJoinToken(token: unknown, key: Uint8Array): Promise<JoinTokenClaims>;
}
const MEDIA_AUTH = path.resolve(__dirname, '../../../media/src/auth.ts');
let secretKey: MediaAuth['secretKey'];
let verifyJoinToken: MediaAuth['verifyJoinToken'];

let sut: TestApp;
let admin: string;
let liveSessionId: string;
let programId: string;
let topicId: string;
let lecturer2Id: string;
let lecturerIds: Record<string, string>;
let seq = 0;

const join = (token: string, s = liveSessionId, c = false) => sut.gql<any>(JOIN, { s, c }, token);
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** A fresh class taught by one lecturer (lecturer2 by default) with one ONLINE session from `from` to `to` (ms from now). */
async function freshSession(from: number, to: number, lecturerId = lecturer2Id): Promise<{ classId: string; sessionId: string }> {
  const startsAt = new Date(Date.now() + from);
  const endsAt = new Date(Date.now() + to);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  const c = await sut.gql<any>(
    'mutation($i: CreateClassInput!){ createClass(input: $i){ id } }',
    { i: { programId, code: `LIVE-${++seq}`, title: 'Lớp trực tuyến thử', startDate: day(startsAt), endDate: day(endsAt), lecturers: [{ userId: lecturerId, kind: 'SCHOOL' }] } },
    admin,
  );
  expect(c.errors).toBeUndefined();
  const s = await sut.gql<any>(
    'mutation($c: ID!, $i: ClassSessionInput!){ addClassSession(classId: $c, input: $i){ sessions { id } } }',
    { c: c.data.createClass.id, i: { topicId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), mode: 'ONLINE', lecturerId } },
    admin,
  );
  expect(s.errors).toBeUndefined();
  return { classId: c.data.createClass.id, sessionId: s.data.addClassSession.sessions[0].id };
}

beforeAll(async () => {
  ({ secretKey, verifyJoinToken } = (await import(/* @vite-ignore */ MEDIA_AUTH)) as MediaAuth);
  sut = await createTestApp({ MEDIA_JOIN_SECRET: SECRET, MEDIA_JOIN_TOKEN_TTL_SECONDS: '90' });
  admin = await sut.login(DEMO.admin);
  const r = await sut.gql<any>('{ classes { code program { id topics { id } } sessions { id } } lecturers { id displayName } }', {}, admin);
  const live = r.data.classes.find((c: any) => c.code === 'NA-2026-TT01');
  liveSessionId = live.sessions[0].id;
  programId = live.program.id;
  topicId = live.program.topics[0].id;
  const id = (name: string) => r.data.lecturers.find((l: any) => l.displayName.includes(name)).id;
  lecturer2Id = id('Nguyễn Văn Thắng');
  lecturerIds = { l3: id('Lê Thị Thu Hương'), l4: id('Phan Văn Hùng'), l5: id('Y Khoa Niê') };
  await freeLecturersAroundNow(sut, [lecturer2Id, ...Object.values(lecturerIds)]);
});
afterAll(() => sut?.close());

describe(LiveService.name, () => {
  it('mints a token the media service accepts, with the user, session, role, name and a short expiry', async () => {
    const lecturer = await sut.login(DEMO.lecturer);
    const me = (await sut.gql<any>('{ me { id displayName } }', {}, lecturer)).data.me;
    const before = Math.floor(Date.now() / 1000);
    const r = await join(lecturer);
    expect(r.errors).toBeUndefined();
    const j = r.data.joinLiveSession;
    expect(j).toMatchObject({ role: 'LECTURER', sessionId: liveSessionId, displayName: me.displayName });
    const claims = await verifyJoinToken(j.token, secretKey(SECRET));
    expect(claims).toMatchObject({ sub: me.id, sid: liveSessionId, role: 'LECTURER', aud: MEDIA_TOKEN_AUDIENCE });
    expect(decodeJwt(j.token).name).toBe(me.displayName);
    expect(claims.exp - before).toBeGreaterThanOrEqual(90);
    expect(claims.exp - before).toBeLessThanOrEqual(92);
    expect(new Date(j.expiresAt).getTime()).toBe(claims.exp * 1000);
    // Signed with another secret (e.g. the dev default): the media service refuses it.
    await expect(verifyJoinToken(j.token, secretKey(DEV_MEDIA_JOIN_SECRET))).rejects.toMatchObject({ code: 'live/unauthorized' });
    // Once expired, the media service says so (and the client asks for a new token).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime((claims.exp + 60) * 1000);
      await expect(verifyJoinToken(j.token, secretKey(SECRET))).rejects.toMatchObject({ code: 'live/token_expired' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives each participant the role they have in the class', async () => {
    const roles: [string, boolean, string][] = [
      [DEMO.trainee, false, 'TRAINEE'],
      ['trainee2@demo.local', false, 'TRAINEE'],
      [DEMO.lecturer, true, 'CLASSROOM'],
      [DEMO.admin, false, 'OBSERVER'],
      [DEMO.admin, true, 'CLASSROOM'],
      // The demo coordinator's commune (Quỳnh Lưu) has a trainee in the class.
      [DEMO.coordinator, false, 'OBSERVER'],
    ];
    for (const [email, asClassroom, role] of roles) {
      const token = await sut.login(email);
      const r = await join(token, liveSessionId, asClassroom);
      expect(r.errors, email).toBeUndefined();
      expect(r.data.joinLiveSession.role, email).toBe(role);
      const claims = await verifyJoinToken(r.data.joinLiveSession.token, secretKey(SECRET));
      expect(claims.role).toBe(role);
      // Trainees carry their commune (breakout rooms by commune); nobody else does.
      if (role === 'TRAINEE') {
        const me = (await sut.gql<any>('{ me { official { commune { name } } } }', {}, token)).data.me;
        expect(claims.commune, email).toBe(me.official.commune.name);
      } else expect(claims.commune, email).toBeUndefined();
    }
    const classroom = (await join(await sut.login(DEMO.lecturer), liveSessionId, true)).data.joinLiveSession;
    expect(classroom.displayName).toBe('Phòng học trực tuyến – Trường Chính trị tỉnh Nghệ An');
  });

  it('refuses those who neither teach nor hold a seat, and trainees as the classroom device', async () => {
    const other = await sut.login('lecturer3@demo.local');
    expect(code(await join(other))).toBe('live/not_a_participant');
    expect(code(await join(await sut.login(DEMO.trainee), liveSessionId, true))).toBe('auth/forbidden');
    // A trainee only waitlisted (the one seat taken) or withdrawn gets no token.
    const { classId, sessionId } = await freshSession(-10 * 60_000, 60 * 60_000);
    const trainee = await sut.login(DEMO.trainee);
    const traineeOfficial = (await sut.gql<any>('{ me { official { id } } }', {}, trainee)).data.me.official.id;
    const enrol = async (o: string) =>
      (await sut.gql<any>('mutation($c: ID!, $o: ID!){ enrollOfficial(classId: $c, officialId: $o){ id status } }', { c: classId, o }, admin)).data.enrollOfficial;
    expect(code(await join(trainee, sessionId))).toBe('live/not_a_participant');
    const seat = await enrol(traineeOfficial);
    expect(seat.status).toBe('ENROLLED');
    expect((await join(trainee, sessionId)).data.joinLiveSession.role).toBe('TRAINEE');
    await sut.gql<any>('mutation($e: ID!){ withdrawEnrollment(enrollmentId: $e){ withdrawn { status } } }', { e: seat.id }, admin);
    expect(code(await join(trainee, sessionId))).toBe('live/not_a_participant');
    // The coordinator has no official of Quỳnh Lưu in this class.
    expect(code(await join(await sut.login(DEMO.coordinator), sessionId))).toBe('live/not_a_participant');
    // The main lecturer does not teach it; lecturer2 does.
    expect(code(await join(await sut.login(DEMO.lecturer), sessionId))).toBe('live/not_a_participant');
    expect((await join(await sut.login('lecturer2@demo.local'), sessionId)).data.joinLiveSession.role).toBe('LECTURER');
  });

  it('opens a session 30 minutes before its start and closes it 30 minutes after its end', async () => {
    // Each session with its own lecturer, so none is double-booked.
    const [lecturer2, l3, l4, l5] = await Promise.all(['lecturer2', 'lecturer3', 'lecturer4', 'lecturer5'].map((l) => sut.login(`${l}@demo.local`)));
    const early = await freshSession(40 * 60_000, 100 * 60_000, lecturerIds.l3);
    const r = await join(l3!, early.sessionId);
    expect(code(r)).toBe('live/session_not_open');
    expect(new Date(r.errors![0]!.extensions!.opensAt as string).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect((await join(l4!, (await freshSession(20 * 60_000, 80 * 60_000, lecturerIds.l4)).sessionId)).errors).toBeUndefined();
    expect((await join(l5!, (await freshSession(-80 * 60_000, -20 * 60_000, lecturerIds.l5)).sessionId)).errors).toBeUndefined();
    expect(code(await join(lecturer2!, (await freshSession(-100 * 60_000, -40 * 60_000)).sessionId))).toBe('live/session_not_open');
    expect(code(await join(lecturer2!, 'not-a-session'))).toBe('class/session_not_found');
  });
});
