/**
 * The rest of the Nghệ An 2026 plan (Đề án 2026-2030: 28-32 classes a year, 60-70 trainees a class, 5 days, blended,
 * 30% theory / 70% practice): 26 five-day classes from February to December 2026 that, with NA-2026-L01..L04 in April,
 * make 30. Monday to Friday, none in the Tết week (16-20/2/2026) nor the weeks of 30/4-1/5 and 2/9; most at the
 * provincial Political School, some at regional centres closer to the communes. Pure data, no I/O.
 *
 * Codes are NA-2026-KH05..KH30 ("kế hoạch"), leaving NA-2026-L05.. free for classes the admin opens by hand.
 * They are taught by the school, visiting and concurrent lecturers other than lecturer@demo.local (whose own
 * classes stay the first weeks of April), one class a week, so no lecturer or room is double-booked.
 */
import type { ClassSeed } from './classes';
import { DEMO_LECTURERS } from './classes';

const [L2, L3, L4] = DEMO_LECTURERS.map((l) => l.email) as [string, string, string, string];
const TITLE = 'Lớp bồi dưỡng kiến thức, kỹ năng mới cho cán bộ, công chức cấp xã năm 2026';
const SCHOOL = 'Trường Chính trị tỉnh Nghệ An';
/** Regional venues (khu vực) used for classes nearer the communes; rooms named as there. */
const REGIONAL: Record<string, string> = {
  'Quỳnh Lưu': 'Trung tâm Hội nghị xã Quỳnh Lưu (khu vực phía Bắc), tỉnh Nghệ An',
  'Đô Lương': 'Trung tâm Hội nghị xã Đô Lương (khu vực Trung tâm), tỉnh Nghệ An',
  'Con Cuông': 'Trung tâm Hội nghị xã Con Cuông (khu vực miền Tây), tỉnh Nghệ An',
};

/** Monday of each class and where it is held: [date, regional centre or null for the school]. */
const WEEKS: [string, keyof typeof REGIONAL | null][] = [
  ['2026-02-23', null],
  ['2026-03-09', null],
  ['2026-03-16', 'Quỳnh Lưu'],
  ['2026-03-23', null],
  ['2026-05-11', null],
  ['2026-05-18', 'Đô Lương'],
  ['2026-05-25', null],
  ['2026-06-08', null],
  ['2026-06-15', 'Con Cuông'],
  ['2026-06-22', null],
  ['2026-07-06', null],
  ['2026-07-13', null],
  ['2026-07-20', 'Quỳnh Lưu'],
  ['2026-08-10', null],
  ['2026-08-17', null],
  ['2026-08-24', 'Đô Lương'],
  ['2026-09-14', null],
  ['2026-09-21', null],
  ['2026-09-28', 'Con Cuông'],
  ['2026-10-12', null],
  ['2026-10-19', null],
  ['2026-11-09', null],
  ['2026-11-16', 'Quỳnh Lưu'],
  ['2026-11-30', null],
  ['2026-12-07', null],
  ['2026-12-14', 'Đô Lương'],
];

/** Seats rotate through 60-70 (the scheme's band). */
const CAPACITIES = [70, 65, 60, 70, 68, 62, 70, 66];

const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};

export const NGHE_AN_2026_PLAN_CLASSES: ClassSeed[] = WEEKS.map(([monday, region], i) => {
  const n = i + 5;
  // Before April the school lecturer TS. Nguyễn Văn Thắng is preparing the first classes; he teaches from May.
  const withSchool = monday >= '2026-05-01';
  const lecturers = [
    ...(withSchool ? [{ email: L2, kind: 'SCHOOL' as const }] : []),
    { email: L3, kind: 'VISITING' as const },
    { email: L4, kind: 'CONCURRENT' as const },
  ];
  return {
    code: `NA-2026-KH${String(n).padStart(2, '0')}`,
    title: `${TITLE} (lớp ${n})`,
    programCode: 'NA-2026-XA',
    startDate: monday,
    endDate: addDays(monday, 4),
    venue: region ? REGIONAL[region]! : SCHOOL,
    deliveryFormat: 'BLENDED',
    capacity: CAPACITIES[i % CAPACITIES.length]!,
    lecturers,
    teachers: lecturers.map((l) => l.email),
    room: region ? 'Hội trường' : i % 2 ? 'Hội trường B' : 'Phòng 301',
  };
});

/** Targets of the plan: 28-32 classes a year in Nghệ An, 2026-2030. */
export const NGHE_AN_PLAN_TARGET = { programCode: 'NA-2026-XA', provinceCode: '40', years: [2026, 2027, 2028, 2029, 2030], minClasses: 28, maxClasses: 32 } as const;

/**
 * Demo nominations: Quỳnh Lưu's quota in the first December class, two pending nominations and one approved (and
 * enrolled); Diễn Châu and Đô Lương get quotas too, so the quotas of the class add up to its capacity.
 */
export const DEMO_NOMINATIONS = {
  classCode: 'NA-2026-KH29',
  quotas: [
    { commune: 'Quỳnh Lưu', quota: 5 },
    { commune: 'Diễn Châu', quota: 35 },
    { commune: 'Đô Lương', quota: 30 },
  ],
  commune: 'Quỳnh Lưu',
  pending: 2,
  approved: 1,
  note: 'Cán bộ mới được bầu, chưa qua bồi dưỡng theo chương trình 2026.',
} as const;
