import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { PollsService } from './polls.service';
import { validatePoll } from './poll.validation';

const POLL = 'id version status question allowMultiple anonymous totalVoters myOptionIds closedAt createdByName options { id label position votes voters { userId displayName } }';
const CREATE = `mutation($i: CreatePollInput!){ createPoll(input: $i){ ${POLL} } }`;
const VOTE = `mutation($p: ID!, $o: [ID!]!){ votePoll(pollId: $p, optionIds: $o){ ${POLL} } }`;
const CLOSE = `mutation($p: ID!){ closePoll(pollId: $p){ ${POLL} } }`;
const LIST = `query($s: ID!){ sessionPolls(sessionId: $s){ sessionId canManage canVote polls { ${POLL} } } }`;

type Who = 'admin' | 'lecturer' | 'lecturer3' | 'trainee' | 'trainee2' | 'coordinator';
let sut: TestApp;
let orm: MikroORM;
let tokens: Record<Who, string>;
let users: Record<'trainee' | 'trainee2', string>;
let liveSessionId: string;
let otherSessionId: string;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const fields = (r: { errors?: { extensions?: { fields?: Record<string, string> } }[] }) => r.errors?.[0]?.extensions?.fields;
const votesOf = (poll: any) => poll.options.map((o: { votes: number }) => o.votes);

async function create(input: Record<string, unknown>, who: Who = 'lecturer') {
  const r = await sut.gql<any>(CREATE, { i: { sessionId: liveSessionId, question: 'Xã anh/chị đã số hoá hồ sơ chưa?', options: ['Rồi', 'Đang làm', 'Chưa'], ...input } }, tokens[who]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.createPoll;
}
const vote = (who: Who, pollId: string, optionIds: string[]) => sut.gql<any>(VOTE, { p: pollId, o: optionIds }, tokens[who]);

function subscribe(token: string, sessionId: string) {
  const client = sut.subscriptionClient(token);
  const received: any[] = [];
  const errors: unknown[] = [];
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe(
    { query: `subscription($s: ID!){ pollUpdated(sessionId: $s){ ${POLL} } }`, variables: { s: sessionId } },
    { next: (v) => (v.errors ? errors.push(v.errors) : received.push((v.data as any).pollUpdated)), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { client, received, errors, ready };
}
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  sut = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '1000' });
  orm = sut.app.get(MikroORM);
  tokens = {
    admin: await sut.login(DEMO.admin),
    lecturer: await sut.login(DEMO.lecturer),
    lecturer3: await sut.login('lecturer3@demo.local'),
    trainee: await sut.login(DEMO.trainee),
    trainee2: await sut.login('trainee2@demo.local'),
    coordinator: await sut.login(DEMO.coordinator),
  };
  const me = async (t: string) => (await sut.gql<any>('{ me { id } }', {}, t)).data.me.id;
  users = { trainee: await me(tokens.trainee), trainee2: await me(tokens.trainee2) };
  const r = await sut.gql<any>('{ classes { code sessions { id } } }', {}, tokens.admin);
  liveSessionId = r.data.classes.find((c: any) => c.code === 'NA-2026-TT01').sessions[0].id;
  // A session of a Đắk Lắk class: none of the demo trainees, nor a Quỳnh Lưu official, holds a seat there.
  const other = r.data.classes.find((c: any) => c.code !== 'NA-2026-TT01' && c.code !== 'NA-2026-L01' && c.sessions.length && c.code.startsWith('DL'));
  otherSessionId = (other ?? r.data.classes.find((c: any) => c.code !== 'NA-2026-TT01' && c.code !== 'NA-2026-L01' && c.sessions.length)).sessions[0].id;
});
afterAll(() => sut?.close());

describe(PollsService.name, () => {
  it('counts ballots live: a revote replaces the ballot; lecturers see voters, trainees and coordinators only counts', async () => {
    const poll = await create({});
    expect(poll).toMatchObject({ status: 'OPEN', totalVoters: 0, myOptionIds: [], closedAt: null, createdByName: expect.any(String) });
    expect(poll.options.map((o: any) => [o.label, o.position, o.votes])).toEqual([['Rồi', 0, 0], ['Đang làm', 1, 0], ['Chưa', 2, 0]]);
    const [yes, doing, no] = poll.options.map((o: any) => o.id);

    const v1 = await vote('trainee', poll.id, [yes]);
    expect(v1.errors).toBeUndefined();
    expect(v1.data.votePoll).toMatchObject({ totalVoters: 1, myOptionIds: [yes] });
    expect(v1.data.votePoll.options[0].voters).toBeNull(); // trainees never see names
    await vote('trainee2', poll.id, [yes]);
    const changed = await vote('trainee', poll.id, [no]);
    expect(votesOf(changed.data.votePoll)).toEqual([1, 0, 1]);
    expect(changed.data.votePoll.totalVoters).toBe(2);
    // Every vote bumps the version, so a client can keep the newest of two copies.
    expect([poll.version, v1.data.votePoll.version, changed.data.votePoll.version]).toEqual([0, 1, 3]);

    const asLecturer = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.lecturer)).data.sessionPolls;
    expect(asLecturer).toMatchObject({ canManage: true, canVote: false });
    const seen = asLecturer.polls.find((p: any) => p.id === poll.id);
    expect(votesOf(seen)).toEqual([1, 0, 1]);
    expect(seen.options[0].voters.map((v: any) => v.userId)).toEqual([users.trainee2]);
    expect(seen.options[2].voters.map((v: any) => v.userId)).toEqual([users.trainee]);
    expect(seen.options[1].voters).toEqual([]);
    expect(doing).toBeTruthy();

    const asTrainee = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.trainee)).data.sessionPolls;
    expect(asTrainee).toMatchObject({ canManage: false, canVote: true });
    expect(asTrainee.polls.find((p: any) => p.id === poll.id)).toMatchObject({ myOptionIds: [no], totalVoters: 2 });

    const asCoordinator = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.coordinator)).data.sessionPolls;
    expect(asCoordinator).toMatchObject({ canManage: false, canVote: false });
    const c = asCoordinator.polls.find((p: any) => p.id === poll.id);
    expect(votesOf(c)).toEqual([1, 0, 1]);
    expect(c.options.every((o: any) => o.voters === null)).toBe(true);
  });

  it('never names voters of an anonymous poll, not even to the lecturer', async () => {
    const poll = await create({ anonymous: true });
    await vote('trainee', poll.id, [poll.options[1].id]);
    const seen = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.admin)).data.sessionPolls.polls.find((p: any) => p.id === poll.id);
    expect(seen.anonymous).toBe(true);
    expect(votesOf(seen)).toEqual([0, 1, 0]);
    expect(seen.options.every((o: any) => o.voters === null)).toBe(true);
  });

  it('takes several options only on a multiple-choice poll, and only options of that poll', async () => {
    const multi = await create({ allowMultiple: true, question: 'Chọn các nội dung cần ôn lại' });
    const [a, b] = multi.options.map((o: any) => o.id);
    const r = await vote('trainee', multi.id, [a, b, a]);
    expect(r.errors).toBeUndefined();
    expect(r.data.votePoll).toMatchObject({ totalVoters: 1 });
    expect(votesOf(r.data.votePoll)).toEqual([1, 1, 0]);
    expect([...r.data.votePoll.myOptionIds].sort()).toEqual([a, b].sort());

    const single = await create({});
    const two = await vote('trainee', single.id, [single.options[0].id, single.options[1].id]);
    expect(code(two)).toBe('validation/invalid_input');
    expect(fields(two)).toEqual({ optionIds: 'too_long' });
    const foreign = await vote('trainee', single.id, [a]);
    expect(fields(foreign)).toEqual({ optionIds: 'invalid_value' });
    expect(fields(await vote('trainee', single.id, []))).toEqual({ optionIds: 'required' });
    expect(code(await vote('trainee', '00000000-0000-4000-8000-000000000000', [a]))).toBe('poll/not_found');
    expect(code(await vote('trainee', 'not-a-uuid', [a]))).toBe('poll/not_found');
  });

  it('refuses bad polls naming the field', async () => {
    const bad = async (input: Record<string, unknown>) => {
      const r = await sut.gql<any>(CREATE, { i: { sessionId: liveSessionId, question: 'Câu hỏi', options: ['A', 'B'], ...input } }, tokens.lecturer);
      expect(code(r)).toBe('validation/invalid_input');
      return fields(r);
    };
    expect(await bad({ question: '   ' })).toEqual({ question: 'required' });
    expect(await bad({ question: 'x'.repeat(301) })).toEqual({ question: 'too_long' });
    expect(await bad({ options: ['Chỉ một'] })).toEqual({ options: 'too_short' });
    expect(await bad({ options: Array.from({ length: 11 }, (_, i) => `Phương án ${i}`) })).toEqual({ options: 'too_long' });
    expect(await bad({ options: ['Có', ' '] })).toEqual({ 'options.1': 'required' });
    expect(await bad({ options: ['Có', 'y'.repeat(121)] })).toEqual({ 'options.1': 'too_long' });
    expect(await bad({ options: ['Đồng ý', ' đồng  Ý '] })).toEqual({ 'options.1': 'taken' });
    expect(validatePoll({ question: ' Hỏi ', options: [' A ', 'B  b'] })).toEqual({ value: { question: 'Hỏi', options: ['A', 'B b'] }, fields: {} });
    const ok = await create({ question: 'x'.repeat(300), options: Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(120, 'z')) });
    expect(ok.options).toHaveLength(10);
  });

  it('closes a poll: final results, no more votes, no second close', async () => {
    const poll = await create({});
    await vote('trainee', poll.id, [poll.options[2].id]);
    const closed = await sut.gql<any>(CLOSE, { p: poll.id }, tokens.lecturer);
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closePoll).toMatchObject({ status: 'CLOSED', totalVoters: 1, closedAt: expect.any(String), version: 2 });
    expect(code(await vote('trainee2', poll.id, [poll.options[0].id]))).toBe('poll/closed');
    expect(code(await vote('trainee', poll.id, [poll.options[0].id]))).toBe('poll/closed');
    expect(code(await sut.gql<any>(CLOSE, { p: poll.id }, tokens.admin))).toBe('poll/closed');
    const after = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.trainee)).data.sessionPolls.polls.find((p: any) => p.id === poll.id);
    expect(votesOf(after)).toEqual([0, 0, 1]);
  });

  it('refuses people outside the class, and who may not do what', async () => {
    const poll = await create({});
    expect(code(await sut.gql<any>(LIST, { s: liveSessionId }, tokens.lecturer3))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(LIST, { s: otherSessionId }, tokens.trainee))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(LIST, { s: otherSessionId }, tokens.coordinator))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(CREATE, { i: { sessionId: liveSessionId, question: 'Q', options: ['A', 'B'] } }, tokens.trainee))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(CREATE, { i: { sessionId: liveSessionId, question: 'Q', options: ['A', 'B'] } }, tokens.lecturer3))).toBe('auth/forbidden');
    expect(code(await vote('lecturer', poll.id, [poll.options[0].id]))).toBe('auth/forbidden');
    expect(code(await vote('coordinator', poll.id, [poll.options[0].id]))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(CLOSE, { p: poll.id }, tokens.trainee))).toBe('auth/forbidden');
    expect(code(await sut.gql<any>(LIST, { s: '00000000-0000-4000-8000-000000000000' }, tokens.admin))).toBe('class/session_not_found');
  });

  it('keeps one ballot per user when the same user votes concurrently', async () => {
    const poll = await create({});
    const ids = poll.options.map((o: any) => o.id);
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => vote('trainee', poll.id, [ids[i % 3]])));
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await orm.em.getConnection().execute(
      'select count(*)::int as n from poll_choice c join poll_ballot b on b.id = c.ballot_id where b.poll_id = ?',
      [poll.id],
    );
    expect(rows[0].n).toBe(1);
    const seen = (await sut.gql<any>(LIST, { s: liveSessionId }, tokens.trainee)).data.sessionPolls.polls.find((p: any) => p.id === poll.id);
    expect(seen.totalVoters).toBe(1);
    expect(votesOf(seen).reduce((a: number, b: number) => a + b, 0)).toBe(1);
  });

  it('publishes each change to the session’s subscribers, cut to what each may see', async () => {
    const lecturer = subscribe(tokens.lecturer, liveSessionId);
    const trainee = subscribe(tokens.trainee, liveSessionId);
    const outsider = subscribe(tokens.lecturer3, liveSessionId);
    await Promise.all([lecturer.ready, trainee.ready, outsider.ready]);
    await settle(200);
    const poll = await create({});
    await vote('trainee2', poll.id, [poll.options[1].id]);
    await vote('trainee', poll.id, [poll.options[1].id]);
    await sut.gql<any>(CLOSE, { p: poll.id }, tokens.lecturer);
    await settle();
    await Promise.all([lecturer.client.dispose(), trainee.client.dispose(), outsider.client.dispose()]);

    const mine = (s: { received: any[] }) => s.received.filter((p) => p.id === poll.id);
    expect(mine(lecturer).map((p) => [p.version, p.status, p.totalVoters])).toEqual([[0, 'OPEN', 0], [1, 'OPEN', 1], [2, 'OPEN', 2], [3, 'CLOSED', 2]]);
    expect(mine(lecturer)[2].options[1].voters.map((v: any) => v.userId).sort()).toEqual([users.trainee, users.trainee2].sort());
    expect(mine(trainee).map((p) => votesOf(p))).toEqual([[0, 0, 0], [0, 1, 0], [0, 2, 0], [0, 2, 0]]);
    expect(mine(trainee).map((p) => p.myOptionIds)).toEqual([[], [], [poll.options[1].id], [poll.options[1].id]]);
    expect(mine(trainee).every((p) => p.options.every((o: any) => o.voters === null))).toBe(true);
    expect(outsider.received).toEqual([]);
    expect(JSON.stringify(outsider.errors)).toContain('auth/forbidden');
  });
});
