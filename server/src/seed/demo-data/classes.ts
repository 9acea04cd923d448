/**
 * Demo classes (lớp) and the lecturers who teach them: the Đắk Lắk secretaries course, the Nghệ An two-day course at
 * Quỳnh Lưu and the first weeks of the Nghệ An 2026 plan. Pure data: timetables are built from a program's topics by
 * `demoTimetable`, in half-days of the province's time (UTC+7, no daylight saving).
 */

export type LecturerKindSeed = 'SCHOOL' | 'VISITING' | 'CONCURRENT';
export type SessionModeSeed = 'ROOM' | 'ONLINE' | 'BOTH';

/** Extra lecturer accounts (the demo password); lecturer@demo.local, the main one, is created with the other logins. */
export const DEMO_LECTURERS = [
  { email: 'lecturer2@demo.local', displayName: 'TS. Nguyễn Văn Thắng (Trường Chính trị tỉnh Nghệ An)' },
  { email: 'lecturer3@demo.local', displayName: 'ThS. Lê Thị Thu Hương (Sở Nội vụ Nghệ An)' },
  { email: 'lecturer4@demo.local', displayName: 'Phan Văn Hùng (Phó Bí thư Thường trực Đảng ủy xã Diễn Châu)' },
  { email: 'lecturer5@demo.local', displayName: 'TS. Y Khoa Niê (Trường Chính trị tỉnh Đắk Lắk)' },
] as const;

export interface ClassSeed {
  code: string;
  title: string;
  programCode: string;
  startDate: string;
  endDate: string;
  venue: string;
  deliveryFormat: 'IN_PERSON' | 'ONLINE' | 'BLENDED';
  capacity: number;
  /** Assigned lecturers (emails) and their kind. */
  lecturers: { email: string; kind: LecturerKindSeed }[];
  /** Who teaches topic i: teachers[i % length]. */
  teachers: string[];
  room: string;
  /** Half-day slots used, in topic order (0 = day 1 morning, 1 = day 1 afternoon, …); one per topic. */
  slots?: number[];
  /** Explicit local times instead of half-day slots, one per topic. */
  times?: { date: string; from: string; to: string }[];
}

const MAIN = 'lecturer@demo.local';
const [L2, L3, L4, L5] = DEMO_LECTURERS.map((l) => l.email);
const NA_SCHOOL = 'Trường Chính trị tỉnh Nghệ An';
const NA_2026_TITLE = 'Lớp bồi dưỡng kiến thức, kỹ năng mới cho cán bộ, công chức cấp xã năm 2026';

export const DEMO_CLASSES: ClassSeed[] = [
  {
    code: 'DL-2025-L01',
    title: 'Lớp bồi dưỡng bí thư, phó bí thư Đảng ủy xã, phường tỉnh Đắk Lắk năm 2025',
    programCode: 'DL-2025-BT',
    startDate: '2025-08-18',
    endDate: '2025-08-22',
    venue: 'Trường Chính trị tỉnh Đắk Lắk',
    deliveryFormat: 'IN_PERSON',
    // One secretary or deputy from each of the 102 communes and wards: more than the 60-70 rule, so it warns.
    capacity: 102,
    lecturers: [{ email: L5!, kind: 'SCHOOL' }],
    teachers: [L5!],
    room: 'Hội trường lớn',
    // 7 topics over 5 days: mornings and some afternoons.
    slots: [0, 1, 2, 4, 5, 7, 8],
  },
  {
    code: 'NA-2025-TH-L01',
    title: 'Tập huấn chính quyền địa phương 2 cấp tại xã Quỳnh Lưu',
    programCode: 'NA-2025-TH',
    startDate: '2025-09-18',
    endDate: '2025-09-19',
    venue: 'UBND xã Quỳnh Lưu, tỉnh Nghệ An',
    deliveryFormat: 'IN_PERSON',
    // About 150 officials of 27 communes: far over 60-70, so it warns.
    capacity: 150,
    lecturers: [
      { email: L3!, kind: 'VISITING' },
      { email: MAIN, kind: 'SCHOOL' },
    ],
    teachers: [L3!, L3!, MAIN, L3!, MAIN],
    room: 'Hội trường UBND xã',
    times: [
      { date: '2025-09-18', from: '07:30', to: '10:30' },
      { date: '2025-09-18', from: '13:30', to: '17:00' },
      { date: '2025-09-19', from: '07:30', to: '10:30' },
      { date: '2025-09-19', from: '13:30', to: '15:00' },
      { date: '2025-09-19', from: '15:15', to: '17:00' },
    ],
  },
  // The first weeks of the 2026 plan: L02 and L03 run in parallel, in different rooms with different teachers.
  {
    code: 'NA-2026-L01',
    title: `${NA_2026_TITLE} (lớp 1)`,
    programCode: 'NA-2026-XA',
    startDate: '2026-04-06',
    endDate: '2026-04-10',
    venue: NA_SCHOOL,
    deliveryFormat: 'BLENDED',
    capacity: 70,
    lecturers: [
      { email: MAIN, kind: 'SCHOOL' },
      { email: L2!, kind: 'SCHOOL' },
      { email: L3!, kind: 'VISITING' },
      { email: L4!, kind: 'CONCURRENT' },
    ],
    teachers: [MAIN, L2!, L3!, L4!],
    room: 'Hội trường A',
  },
  {
    code: 'NA-2026-L02',
    title: `${NA_2026_TITLE} (lớp 2)`,
    programCode: 'NA-2026-XA',
    startDate: '2026-04-13',
    endDate: '2026-04-17',
    venue: NA_SCHOOL,
    deliveryFormat: 'BLENDED',
    capacity: 70,
    lecturers: [
      { email: MAIN, kind: 'SCHOOL' },
      { email: L3!, kind: 'VISITING' },
    ],
    teachers: [MAIN, L3!],
    room: 'Phòng 201',
  },
  {
    code: 'NA-2026-L03',
    title: `${NA_2026_TITLE} (lớp 3)`,
    programCode: 'NA-2026-XA',
    startDate: '2026-04-13',
    endDate: '2026-04-17',
    venue: NA_SCHOOL,
    deliveryFormat: 'BLENDED',
    capacity: 65,
    // The main lecturer is assigned too but teaches in L02 this week (an admin adding her here meets the clash).
    lecturers: [
      { email: L2!, kind: 'SCHOOL' },
      { email: L4!, kind: 'CONCURRENT' },
      { email: MAIN, kind: 'SCHOOL' },
    ],
    teachers: [L2!, L4!],
    room: 'Hội trường A',
  },
  {
    code: 'NA-2026-L04',
    title: `${NA_2026_TITLE} (lớp 4)`,
    programCode: 'NA-2026-XA',
    startDate: '2026-04-20',
    endDate: '2026-04-24',
    venue: NA_SCHOOL,
    deliveryFormat: 'BLENDED',
    capacity: 60,
    lecturers: [
      { email: MAIN, kind: 'SCHOOL' },
      { email: L2!, kind: 'SCHOOL' },
      { email: L4!, kind: 'CONCURRENT' },
    ],
    teachers: [L2!, MAIN, L4!],
    room: 'Phòng 201',
  },
];

const HALF_DAYS = [
  { from: '07:30', to: '11:30' },
  { from: '13:30', to: '17:00' },
] as const;

const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

export interface SessionSeed {
  topicIndex: number;
  startsAt: Date;
  endsAt: Date;
  mode: SessionModeSeed;
  room: string | null;
  teacher: string;
}

/**
 * The timetable of a demo class: topic i in its own half-day (07:30-11:30 or 13:30-17:00), or at the given times.
 * Theory is taught in the room and streamed (BOTH) in blended classes; the reflection essay is written online.
 */
export function demoTimetable(c: ClassSeed, topicKinds: string[]): SessionSeed[] {
  return topicKinds.map((kind, i) => {
    let date: string;
    let from: string;
    let to: string;
    if (c.times) ({ date, from, to } = c.times[i]!);
    else {
      const slot = c.slots?.[i] ?? i;
      date = addDays(c.startDate, Math.floor(slot / 2));
      ({ from, to } = HALF_DAYS[slot % 2]!);
    }
    const mode: SessionModeSeed =
      c.deliveryFormat !== 'BLENDED' ? 'ROOM' : kind === 'REFLECTION_ESSAY' ? 'ONLINE' : kind === 'THEORY' ? 'BOTH' : 'ROOM';
    return {
      topicIndex: i,
      startsAt: at(date, from),
      endsAt: at(date, to),
      mode,
      room: mode === 'ONLINE' ? null : c.room,
      teacher: c.teachers[i % c.teachers.length]!,
    };
  });
}
