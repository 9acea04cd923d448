import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { TopicKind } from './program.enums';
import { programSplit } from './program.split';

const PROGRAM_FIELDS = `id code title startYear endYear practiceThresholdPercent topicCount totalHours theoryHours practiceHours
  practicePercent practiceWarning hoursByKind { kind hours } targetGroups { code name }
  topics { id position title kind hours isPractice targetGroupCodes }`;
const LIST = `{ programs { ${PROGRAM_FIELDS} } }`;
const GET = `query($id: ID!){ program(id: $id){ ${PROGRAM_FIELDS} } }`;
const CREATE = `mutation($i: CreateProgramInput!){ createProgram(input: $i){ ${PROGRAM_FIELDS} } }`;
const ADD = `mutation($p: ID!, $i: ProgramTopicInput!){ addProgramTopic(programId: $p, input: $i){ ${PROGRAM_FIELDS} } }`;
const UPDATE_TOPIC = `mutation($id: ID!, $i: UpdateProgramTopicInput!){ updateProgramTopic(id: $id, input: $i){ ${PROGRAM_FIELDS} } }`;
const REMOVE = `mutation($id: ID!){ removeProgramTopic(id: $id){ ${PROGRAM_FIELDS} } }`;
const REORDER = `mutation($p: ID!, $ids: [ID!]!){ reorderProgramTopics(programId: $p, topicIds: $ids){ ${PROGRAM_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateProgramInput!){ updateProgram(id: $id, input: $i){ ${PROGRAM_FIELDS} } }`;
const DELETE = 'mutation($id: ID!){ deleteProgram(id: $id) }';

let sut: TestApp;
let admin: string;

const programs = async (): Promise<any[]> => (await sut.gql<any>(LIST, {}, admin)).data.programs;
const byCode = async (code: string) => (await programs()).find((p) => p.code === code);
const newProgram = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: 'Bồi dưỡng kỹ năng xử lý tình huống cho công chức xã',
  startYear: 2026,
  endYear: 2026,
  targetGroups: [{ code: 'CHINH_QUYEN', name: 'Công chức UBND xã' }],
  topics: [
    { title: 'Tổ chức chính quyền địa phương 2 cấp', kind: 'THEORY', hours: 3 },
    { title: 'Xử lý tình huống về đất đai', kind: 'CASE_EXERCISE', hours: 7, targetGroupCodes: ['chinh_quyen'] },
  ],
  ...extra,
});

beforeAll(async () => {
  sut = await createTestApp({ PROGRAM_MIN_PRACTICE_PERCENT: '65' });
  admin = await sut.login(DEMO.admin);
});
afterAll(() => sut?.close());

describe('programSplit', () => {
  it('counts every kind but THEORY as practice, exactly, and warns only strictly under the threshold', () => {
    const topics = [
      { kind: TopicKind.THEORY, hours: 12 },
      { kind: TopicKind.CASE_EXERCISE, hours: 4.5 },
      { kind: TopicKind.ROLE_PLAY, hours: 3.5 },
      { kind: TopicKind.PRACTICE, hours: 8 },
      { kind: TopicKind.FIELD_TRIP, hours: 8 },
      { kind: TopicKind.REFLECTION_ESSAY, hours: 4 },
    ];
    const s = programSplit(topics, 70);
    expect(s).toMatchObject({ totalHours: 40, theoryHours: 12, practiceHours: 28, practicePercent: 70, practiceWarning: false });
    expect(s.hoursByKind.find((k) => k.kind === TopicKind.CASE_EXERCISE)?.hours).toBe(4.5);
    expect(programSplit(topics, 71).practiceWarning).toBe(true);
    // 0.1 h of extra theory tips 70% under the line although it still rounds to 69.8%.
    expect(programSplit([...topics, { kind: TopicKind.THEORY, hours: 0.1 }], 70)).toMatchObject({ practicePercent: 69.8, practiceWarning: true });
    expect(programSplit([], 70)).toMatchObject({ totalHours: 0, practicePercent: 0, practiceWarning: true });
    expect(programSplit([], 0).practiceWarning).toBe(false);
  });
});

describe('ProgramsService', () => {
  it('holds the demo programs with the real topics of the seeds', async () => {
    const list = await programs();
    expect(list.map((p) => p.code)).toEqual(['NA-2026-XA', 'DL-2025-BT', 'NA-2025-TH', 'QN-2022-XA']);
    const qn = list.find((p) => p.code === 'QN-2022-XA');
    expect(qn.topicCount).toBe(20);
    expect(qn.targetGroups.map((g: any) => g.name)).toEqual([
      'Bí thư, phó bí thư cấp ủy cấp xã',
      'Chủ tịch, phó chủ tịch UBND cấp xã',
      'Chủ tịch, phó chủ tịch HĐND cấp xã',
      'Chủ tịch MTTQ và trưởng các tổ chức chính trị - xã hội',
    ]);
    // Each group's 5 days: the 4 common topics plus its own 4, 40 hours.
    for (const g of qn.targetGroups) {
      const own = qn.topics.filter((t: any) => t.targetGroupCodes.length === 0 || t.targetGroupCodes.includes(g.code));
      expect(own).toHaveLength(8);
      expect(own.reduce((s: number, t: any) => s + t.hours, 0)).toBe(40);
    }
    const dl = list.find((p) => p.code === 'DL-2025-BT');
    expect(dl.topics).toHaveLength(7);
    expect(dl.topics[0].title).toBe('Tư duy, tầm nhìn của cán bộ lãnh đạo, quản lý về phát triển địa phương trong kỷ nguyên mới');
    expect(dl.totalHours).toBe(40);
    const na = list.find((p) => p.code === 'NA-2026-XA');
    expect(na).toMatchObject({ startYear: 2026, endYear: 2030, totalHours: 40, theoryHours: 12, practiceHours: 28, practicePercent: 70, practiceWarning: false });
    expect(na.topics.map((t: any) => t.kind)).toEqual(
      expect.arrayContaining(['THEORY', 'PRACTICE', 'CASE_EXERCISE', 'ROLE_PLAY', 'FIELD_TRIP', 'REFLECTION_ESSAY']),
    );
    expect((await byCode('NA-2025-TH')).totalHours).toBe(16);
  });

  it('creates a program with its topics, normalising codes and taking the configured threshold', async () => {
    const r = await sut.gql<any>(CREATE, { i: newProgram(' na-2026-th1 ') }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.createProgram).toMatchObject({
      code: 'NA-2026-TH1',
      practiceThresholdPercent: 65,
      topicCount: 2,
      practicePercent: 70,
      practiceWarning: false,
    });
    expect(r.data.createProgram.topics.map((t: any) => [t.position, t.targetGroupCodes])).toEqual([[0, []], [1, ['CHINH_QUYEN']]]);
  });

  it('refuses bad input with a reason per field and writes nothing', async () => {
    const before = (await programs()).length;
    const bad = [
      [{ title: '   ' }, { title: 'required' }],
      [{ title: 'x'.repeat(10_000) }, { title: 'too_long' }],
      [{ code: 'NA-2026-XA' }, { code: 'taken' }],
      [{ code: 'na 2026' }, { code: 'invalid_value' }],
      [{ startYear: 2030, endYear: 2026 }, { endYear: 'out_of_range' }],
      [{ topics: [{ title: 'Chuyên đề', kind: 'THEORY', hours: 0 }] }, { 'topics.0.hours': 'out_of_range' }],
      [{ topics: [{ title: 'Chuyên đề', kind: 'THEORY', hours: 1e9 }] }, { 'topics.0.hours': 'out_of_range' }],
      [{ topics: [{ title: 'Chuyên đề', kind: 'THEORY', hours: 2, targetGroupCodes: ['KHONG_CO'] }] }, { 'topics.0.targetGroupCodes': 'invalid_value' }],
      // One good topic and one bad one: neither is written.
      [{ topics: [{ title: 'Chuyên đề tốt', kind: 'THEORY', hours: 4 }, { title: '', kind: 'PRACTICE', hours: 4 }] }, { 'topics.1.title': 'required' }],
    ] as const;
    for (const [change, fields] of bad) {
      const r = await sut.gql<any>(CREATE, { i: newProgram('NA-BAD', change as Record<string, unknown>) }, admin);
      expect(r.errors?.[0].extensions, JSON.stringify(change).slice(0, 80)).toMatchObject({ code: 'validation/invalid_input', fields });
    }
    expect((await programs()).length).toBe(before);
    expect(await byCode('NA-BAD')).toBeUndefined();
  });

  it('adds a theory topic that pushes practice under 70%, then removes it', async () => {
    const na = await byCode('NA-2026-XA');
    const added = await sut.gql<any>(ADD, { p: na.id, i: { title: 'Cập nhật chính sách đối ngoại', kind: 'THEORY', hours: 2 } }, admin);
    expect(added.errors).toBeUndefined();
    expect(added.data.addProgramTopic).toMatchObject({ topicCount: 11, theoryHours: 14, practicePercent: 66.7, practiceWarning: true });
    const topic = added.data.addProgramTopic.topics.at(-1);
    expect(topic).toMatchObject({ position: 10, isPractice: false });

    const changed = await sut.gql<any>(UPDATE_TOPIC, { id: topic.id, i: { kind: 'ROLE_PLAY' } }, admin);
    expect(changed.data.updateProgramTopic).toMatchObject({ practiceHours: 30, practiceWarning: false });

    const removed = await sut.gql<any>(REMOVE, { id: topic.id }, admin);
    expect(removed.data.removeProgramTopic).toMatchObject({ topicCount: 10, practicePercent: 70, practiceWarning: false });
    expect((await sut.gql<any>(REMOVE, { id: topic.id }, admin)).errors?.[0].extensions?.code).toBe('program/topic_not_found');
  });

  it('refuses a topic update with zero hours or an unknown group, leaving the topic as it was', async () => {
    const na = await byCode('NA-2026-XA');
    const first = na.topics[0];
    const r = await sut.gql<any>(UPDATE_TOPIC, { id: first.id, i: { title: 'M', hours: 0, targetGroupCodes: ['XYZ'] } }, admin);
    expect(r.errors?.[0].extensions?.fields).toEqual({ title: 'too_short', hours: 'out_of_range', targetGroupCodes: 'invalid_value' });
    expect((await byCode('NA-2026-XA')).topics[0]).toEqual(first);
  });

  it('reorders topics in one go and refuses an order that is not a permutation, keeping the old one', async () => {
    const created = (await sut.gql<any>(CREATE, { i: newProgram('NA-REORDER', {
      topics: ['A', 'B', 'C', 'D'].map((x) => ({ title: `Chuyên đề ${x}`, kind: 'PRACTICE', hours: 2 })),
    }) }, admin)).data.createProgram;
    const ids = created.topics.map((t: any) => t.id);
    const reordered = await sut.gql<any>(REORDER, { p: created.id, ids: [ids[3], ids[0], ids[2], ids[1]] }, admin);
    expect(reordered.data.reorderProgramTopics.topics.map((t: any) => [t.position, t.title])).toEqual([
      [0, 'Chuyên đề D'], [1, 'Chuyên đề A'], [2, 'Chuyên đề C'], [3, 'Chuyên đề B'],
    ]);
    for (const bad of [[ids[0], ids[1], ids[2]], [ids[0], ids[0], ids[1], ids[2]], [...ids.slice(0, 3), '00000000-0000-0000-0000-000000000000']]) {
      const r = await sut.gql<any>(REORDER, { p: created.id, ids: bad }, admin);
      expect(r.errors?.[0].extensions?.fields).toEqual({ topicIds: 'invalid_value' });
    }
    const after = (await sut.gql<any>(GET, { id: created.id }, admin)).data.program;
    expect(after.topics.map((t: any) => t.title)).toEqual(['Chuyên đề D', 'Chuyên đề A', 'Chuyên đề C', 'Chuyên đề B']);

    // Removing from the middle closes the gap.
    const removed = (await sut.gql<any>(REMOVE, { id: ids[0] }, admin)).data.removeProgramTopic;
    expect(removed.topics.map((t: any) => [t.position, t.title])).toEqual([[0, 'Chuyên đề D'], [1, 'Chuyên đề C'], [2, 'Chuyên đề B']]);
  });

  it('updates fields, keeps target groups that topics still use, and deletes', async () => {
    const created = (await sut.gql<any>(CREATE, { i: newProgram('NA-UPD') }, admin)).data.createProgram;
    const dropUsed = await sut.gql<any>(UPDATE, { id: created.id, i: { targetGroups: [{ code: 'DANG', name: 'Đảng ủy' }] } }, admin);
    expect(dropUsed.errors?.[0].extensions?.fields).toEqual({ targetGroups: 'in_use' });
    const taken = await sut.gql<any>(UPDATE, { id: created.id, i: { code: 'QN-2022-XA', title: 'Tên mới' } }, admin);
    expect(taken.errors?.[0].extensions?.fields).toEqual({ code: 'taken' });
    expect((await sut.gql<any>(GET, { id: created.id }, admin)).data.program.title).toBe(created.title);

    const ok = await sut.gql<any>(UPDATE, { id: created.id, i: { title: 'Tên mới', practiceThresholdPercent: 80, endYear: 2027 } }, admin);
    expect(ok.data.updateProgram).toMatchObject({ title: 'Tên mới', endYear: 2027, practiceThresholdPercent: 80, practiceWarning: true });

    expect((await sut.gql<any>(DELETE, { id: created.id }, admin)).data.deleteProgram).toBe(true);
    expect((await sut.gql<any>(GET, { id: created.id }, admin)).errors?.[0].extensions?.code).toBe('program/not_found');
    expect((await sut.gql<any>(GET, { id: 'not-an-id' }, admin)).errors?.[0].extensions?.code).toBe('program/not_found');
  });
});
