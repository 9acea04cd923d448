import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../test/app';
import { PlanningService } from './planning.service';

const PLAN = `query($y: Int!, $p: ID){ annualPlan(year: $y, provinceId: $p){
  year provinceName communeName targetMin targetMax classCount withinTarget seatsPlanned enrolled waitlisted
  nominationsPending nominationsApproved activeOfficials notYetTrained coveragePercent
  months { month classes seats } byBloc { bloc activeOfficials notYetTrained }
  classes { id code startDate capacity deliveryFormat dayCount program { code } } } }`;

let sut: TestApp;
let admin: string;
let coordinator: string;

beforeAll(async () => {
  sut = await createTestApp();
  [admin, coordinator] = await Promise.all([sut.login(DEMO.admin), sut.login(DEMO.coordinator)]);
});
afterAll(() => sut?.close());

/** Officials holding a seat in any of the classes, each once. */
async function seated(classIds: string[], token: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const c of classIds) {
    const r = await sut.gql<any>('query($c: ID!){ classEnrollments(classId: $c){ status official { id } } }', { c }, token);
    for (const e of r.data.classEnrollments) if (e.status === 'ENROLLED') ids.add(e.official.id);
  }
  return ids;
}

describe(PlanningService.name, () => {
  it('shows the Nghệ An 2026 plan within the 28-32 band, with seats against officials not yet trained', async () => {
    const r = await sut.gql<any>(PLAN, { y: 2026 }, admin);
    expect(r.errors).toBeUndefined();
    const p = r.data.annualPlan;
    expect(p).toMatchObject({ year: 2026, provinceName: 'Nghệ An', communeName: null, targetMin: 28, targetMax: 32, withinTarget: true });
    // The 30 classes of the plan (plus the live demo class when the data was loaded in 2026).
    const planned = p.classes.filter((c: any) => /^NA-2026-(L0[1-4]|KH\d\d)$/.test(c.code));
    expect(planned).toHaveLength(30);
    expect(p.classCount).toBe(p.classes.length);
    expect(p.classes.every((c: any) => c.program.code === 'NA-2026-XA')).toBe(true);
    expect(planned.every((c: any) => c.capacity >= 60 && c.capacity <= 70 && c.dayCount === 5 && c.deliveryFormat === 'BLENDED')).toBe(true);
    expect(p.months.reduce((s: number, m: any) => s + m.classes, 0)).toBe(p.classCount);
    expect(p.months[0].classes).toBe(0);
    expect(p.seatsPlanned).toBe(p.classes.reduce((s: number, c: any) => s + c.capacity, 0));
    expect(p.activeOfficials).toBe(8624);
    const trained = await seated(p.classes.map((c: any) => c.id), admin);
    expect(p.notYetTrained).toBe(8624 - trained.size);
    expect(p.enrolled).toBeGreaterThanOrEqual(trained.size);
    expect(p.coveragePercent).toBeCloseTo(Math.round((1000 * p.seatsPlanned) / p.notYetTrained) / 10, 5);
    expect(p.byBloc.reduce((s: number, b: any) => s + b.notYetTrained, 0)).toBe(p.notYetTrained);
    expect(p.byBloc.reduce((s: number, b: any) => s + b.activeOfficials, 0)).toBe(8624);
    expect(p.nominationsPending).toBeGreaterThanOrEqual(2);
  });

  it('narrows a coordinator’s figures to their commune and refuses other provinces and trainees', async () => {
    const p = (await sut.gql<any>(PLAN, { y: 2026 }, coordinator)).data.annualPlan;
    expect(p).toMatchObject({ provinceName: 'Nghệ An', communeName: 'Quỳnh Lưu', targetMin: 28, targetMax: 32, nominationsPending: 2, nominationsApproved: 1 });
    const own = (await sut.gql<any>('{ officials(first: 1) { totalCount } }', {}, coordinator)).data.officials.totalCount;
    expect(p.activeOfficials).toBe(own);
    const trained = await seated(p.classes.map((c: any) => c.id), coordinator);
    expect(p.notYetTrained).toBe(own - trained.size);
    // Seats, not officials: one may sit in two classes of the year.
    expect(p.enrolled).toBeGreaterThanOrEqual(trained.size);
    const provinces = (await sut.gql<any>('{ provinces { id code } }', {}, admin)).data.provinces;
    const dl = provinces.find((x: any) => x.code === '66').id;
    expect((await sut.gql<any>(PLAN, { y: 2026, p: dl }, coordinator)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    // Đắk Lắk has no target: every class of the year, no band.
    const dlPlan = (await sut.gql<any>(PLAN, { y: 2025, p: dl }, admin)).data.annualPlan;
    expect(dlPlan).toMatchObject({ provinceName: 'Đắk Lắk', targetMin: null, withinTarget: null, activeOfficials: 204 });
    expect(dlPlan.classes.map((c: any) => c.code)).toContain('DL-2025-L01');
    const trainee = await sut.login(DEMO.trainee);
    expect((await sut.gql<any>(PLAN, { y: 2026 }, trainee)).errors?.[0]?.extensions?.code).toBe('auth/forbidden');
    expect((await sut.gql<any>(PLAN, { y: 1999 }, admin)).errors?.[0]?.extensions?.fields).toEqual({ year: 'out_of_range' });
  });
});
