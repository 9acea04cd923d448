import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { seedDakLakEnrolments } from './daklak-2025-enrolments.seed';

let sut: TestApp;
let admin: string;

beforeAll(async () => {
  sut = await createTestApp();
  admin = await sut.login(DEMO.admin);
});
afterAll(() => sut?.close());

describe(seedDakLakEnrolments.name, () => {
  it('seats the party secretary of each of Đắk Lắk’s 102 communes in the course of 18-22/8/2025', async () => {
    const classes = (await sut.gql<any>('{ classes(filter: { year: 2025 }) { id code startDate endDate sessionCount enrolledCount } }', {}, admin)).data.classes;
    const dl = classes.find((c: any) => c.code === 'DL-2025-L01');
    expect(dl).toMatchObject({ startDate: '2025-08-18', endDate: '2025-08-22', sessionCount: 7, enrolledCount: 102 });
    const rows = (await sut.gql<any>('query($c: ID!){ classEnrollments(classId: $c){ status official { id communeName } } }', { c: dl.id }, admin)).data.classEnrollments;
    expect(rows).toHaveLength(102);
    expect(new Set(rows.map((r: any) => r.official.communeName)).size).toBe(102);
    expect(rows.every((r: any) => r.status === 'ENROLLED')).toBe(true);
    const positions = await Promise.all(
      rows.slice(0, 5).map(async (r: any) => (await sut.gql<any>('query($id: ID!){ official(id: $id){ position } }', { id: r.official.id }, admin)).data.official.position),
    );
    expect(new Set(positions)).toEqual(new Set(['PARTY_SECRETARY']));
  });
});
