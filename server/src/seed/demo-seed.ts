import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../common/auth/auth-user';
import { foldVietnamese } from '../common/text';
import { Commune } from '../geo/commune.entity';
import { Province } from '../geo/province.entity';
import { Official, officialSearchText } from '../officials/official.entity';
import { User } from '../users/user.entity';
import { hashPassword } from '../users/users.service';
import { Program, ProgramTopic, TargetGroup } from '../programs/program.entity';
import type { TopicKind } from '../programs/program.enums';
import { TrainingClass } from '../classes/class.entity';
import {
  DEMO_CLASSES,
  DEMO_COORDINATOR_COMMUNE,
  DEMO_LECTURERS,
  DEMO_PROGRAMS,
  demoProvinces,
  generateOfficials,
  seed000CourseCommuneNames,
} from './demo-data';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { seedLiveDemo, seedLiveDemoClass } from './demo-data/live-demo';
import { seedNgheAn2026Plan } from './nghean-2026-plan.seed';
import { buildDemoClass } from './demo-class';
import { seedDakLakEnrolments } from './daklak-2025-enrolments.seed';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_LOGINS = [
  { email: 'admin@demo.local', role: Role.ADMIN, displayName: 'Quản trị Sở Nội vụ Nghệ An' },
  { email: 'lecturer@demo.local', role: Role.LECTURER, displayName: 'ThS. Trần Thị Minh Hà (Trường Chính trị tỉnh Nghệ An)' },
  { email: 'trainee@demo.local', role: Role.TRAINEE, displayName: '' },
  { email: 'coordinator@demo.local', role: Role.COORDINATOR, displayName: 'Ban Thường vụ Đảng ủy xã Quỳnh Lưu' },
] as const;

export interface SeedResult {
  seeded: boolean;
  provinces: number;
  communes: number;
  officials: number;
  users: number;
  programs: number;
  classes: number;
  enrollments: number;
  ms: number;
}

const CHUNK = 1000;

/**
 * Loads the demo data, each part in its own transaction and only when it is missing, so a database seeded by an
 * older version gains the newer parts: (1) Nghệ An, Đắk Lắk and Quảng Ninh communes, 8,624 Nghệ An officials with
 * the scheme's distributions and the four demo accounts; (2) the four demo training programs; (3) the demo classes
 * with their timetables and the extra lecturer accounts. Deterministic.
 */
export async function seedDemo(em: EntityManager): Promise<SeedResult> {
  const started = Date.now();
  const directory = await seedDirectory(em);
  const programs = await seedPrograms(em);
  const classes = await seedClasses(em);
  const enrollments = await seedEnrollments(em);
  // The second demo trainee (live classes): see ./demo-data/live-demo.ts.
  const liveDemoUsers = await seedLiveDemo(em, DEMO_PASSWORD);
  // The live demo class with a session open now (attendance, check-in QR, live room).
  const liveDemoClass = await seedLiveDemoClass(em);
  // The rest of the Nghệ An 2026 plan (30 classes), its yearly targets and demo nominations: see ./nghean-2026-plan.seed.ts.
  const plan = await seedNgheAn2026Plan(em);
  // The party secretaries of Đắk Lắk's 102 communes in their course of 18-22/8/2025: see ./daklak-2025-enrolments.seed.ts.
  const dakLak = await seedDakLakEnrolments(em);
  return {
    ...directory,
    programs,
    classes: classes + plan.classes,
    enrollments: enrollments + plan.enrollments + dakLak,
    seeded: directory.seeded || programs > 0 || classes > 0 || enrollments > 0 || liveDemoUsers > 0 || liveDemoClass > 0 || plan.classes > 0 || dakLak > 0,
    ms: Date.now() - started,
  };
}

/** The demo enrolments: 60 Nghệ An officials in NA-2026-L01 and a full NA-2025-TH-L01 with a short waitlist. */
export const DEMO_ENROLLMENTS = { na2026: { code: 'NA-2026-L01', count: 60 }, na2025: { code: 'NA-2025-TH-L01', waitlisted: 5 } } as const;

/**
 * Enrols demo officials, unless either demo class already has an enrolment: 60 Nghệ An officials (the demo trainee
 * among them) in NA-2026-L01, and officials of the 26 seed-000 communes in NA-2025-TH-L01 up to its capacity plus a
 * few on the waitlist. Officials are picked by a hash of their name, birth date and commune code, so the choice is
 * the same on every fresh database. Returns how many enrolments were added.
 */
async function seedEnrollments(em: EntityManager): Promise<number> {
  const codes = [DEMO_ENROLLMENTS.na2026.code, DEMO_ENROLLMENTS.na2025.code];
  const classes = await em.find(TrainingClass, { code: { $in: codes } });
  if (classes.length !== codes.length) return 0;
  if ((await em.count(Enrollment, { trainingClass: { $in: classes } })) > 0) return 0;
  const trainee = await em.findOne(User, { email: DEMO_LOGINS[2].email });
  const pick = async (communeNames: string[] | null, limit: number, exclude: string[]): Promise<string[]> => {
    const rows: { id: string }[] = await em.execute(
      `select o.id from official o join commune c on c.id = o.commune_id join province p on p.id = c.province_id
        where p.code = '40' and o.active ${communeNames ? 'and c.name in (?)' : ''} and not (o.id in (?))
        order by md5(o.full_name || coalesce(o.date_of_birth::text, '') || c.code), o.sort_key limit ?`,
      [...(communeNames ? [communeNames] : []), exclude.length ? exclude : ['00000000-0000-0000-0000-000000000000'], limit],
    );
    return rows.map((r) => r.id);
  };
  const traineeOfficial = trainee?.official?.id;
  const na2026 = [...(traineeOfficial ? [traineeOfficial] : [])];
  na2026.push(...(await pick(null, DEMO_ENROLLMENTS.na2026.count - na2026.length, na2026)));
  const thClass = classes.find((c) => c.code === DEMO_ENROLLMENTS.na2025.code)!;
  const na2025 = await pick(seed000CourseCommuneNames(), thClass.capacity + DEMO_ENROLLMENTS.na2025.waitlisted, []);
  return em.transactional(async (tx) => {
    const start = Date.parse('2026-01-05T01:00:00Z');
    let added = 0;
    const enrol = (code: string, ids: string[]) => {
      const c = tx.merge(classes.find((x) => x.code === code)!);
      ids.forEach((id, i) => {
        const seated = i < c.capacity;
        const e = new Enrollment(c, tx.getReference(Official, id), seated ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED);
        e.requestedAt = new Date(start + i * 60_000);
        if (seated) e.enrolledAt = e.requestedAt;
        else e.waitlistPosition = i - c.capacity + 1;
        tx.persist(e);
        added++;
      });
    };
    enrol(DEMO_ENROLLMENTS.na2026.code, na2026);
    enrol(DEMO_ENROLLMENTS.na2025.code, na2025);
    await tx.flush();
    return added;
  });
}

/**
 * The demo classes, their lecturers and timetables, unless one of their codes is already taken; missing lecturer
 * accounts are added (demo password). Needs the demo programs and the main lecturer; returns how many classes were added.
 */
async function seedClasses(em: EntityManager): Promise<number> {
  if ((await em.count(TrainingClass, { code: { $in: DEMO_CLASSES.map((c) => c.code) } })) > 0) return 0;
  const programs = await em.find(Program, { code: { $in: DEMO_CLASSES.map((c) => c.programCode) } }, { populate: ['topics'] });
  const emails = [DEMO_LOGINS[1].email, ...DEMO_LECTURERS.map((l) => l.email)];
  const existing = await em.find(User, { email: { $in: emails } });
  const missing = DEMO_LECTURERS.filter((l) => !existing.some((u) => u.email === l.email));
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  return em.transactional(async (tx) => {
    const users = new Map(existing.map((u) => [u.email, tx.merge(u)]));
    missing.forEach((l, i) => {
      const u = new User(l.email, hashes[i]!, Role.LECTURER, l.displayName);
      tx.persist(u);
      users.set(l.email, u);
    });
    const user = (email: string) => {
      const u = users.get(email);
      if (!u) throw new Error(`Demo class lecturer ${email} is missing`);
      return u;
    };
    for (const seed of DEMO_CLASSES) {
      const program = programs.find((p) => p.code === seed.programCode);
      if (!program) throw new Error(`Demo class ${seed.code} names unknown program ${seed.programCode}`);
      const c = buildDemoClass(seed, tx.merge(program), program.topics.getItems(), user);
      tx.persist(c);
    }
    await tx.flush();
    return DEMO_CLASSES.length;
  });
}

/** The demo training programs, unless one of their codes is already taken; returns how many were added. */
async function seedPrograms(em: EntityManager): Promise<number> {
  if ((await em.count(Program, { code: { $in: DEMO_PROGRAMS.map((p) => p.code) } })) > 0) return 0;
  return em.transactional(async (tx) => {
    const programs = DEMO_PROGRAMS.map(demoProgram);
    tx.persist(programs);
    await tx.flush();
    return programs.length;
  });
}

async function seedDirectory(em: EntityManager): Promise<Omit<SeedResult, 'programs' | 'classes' | 'enrollments'>> {
  const started = Date.now();
  if ((await em.count(User, { email: DEMO_LOGINS[0].email })) > 0) {
    return { seeded: false, provinces: 0, communes: 0, officials: 0, users: 0, ms: Date.now() - started };
  }
  const provinces = demoProvinces();
  const officials = generateOfficials(provinces);
  const hashes = await Promise.all(DEMO_LOGINS.map(() => hashPassword(DEMO_PASSWORD)));

  const result = await em.transactional(async (tx) => {
    const communeIds = new Map<string, string>();
    const provinceRows: Province[] = [];
    const communeRows: Commune[] = [];
    for (const p of provinces) {
      const province = new Province(p.code, p.name);
      provinceRows.push(province);
      for (const c of p.communes) {
        const commune = new Commune(province, c.code, c.name, c.kind);
        commune.hardshipArea = c.hardship;
        communeRows.push(commune);
        communeIds.set(c.code, commune.id);
      }
    }
    await tx.insertMany(Province, provinceRows.map((p) => ({ id: p.id, code: p.code, name: p.name })));
    await tx.insertMany(
      Commune,
      communeRows.map((c) => ({ id: c.id, code: c.code, name: c.name, kind: c.kind, hardshipArea: c.hardshipArea, province: c.province.id })),
    );

    const rows = officials.map((o) => {
      const communeId = communeIds.get(o.communeCode);
      if (!communeId) throw new Error(`Demo official ${o.fullName} names unknown commune ${o.communeCode}`);
      return {
        id: crypto.randomUUID(),
        fullName: o.fullName,
        sortKey: foldVietnamese(o.fullName),
        searchText: officialSearchText(o.fullName, o.phone, o.email),
        dateOfBirth: o.dateOfBirth,
        gender: o.gender,
        ethnicity: o.ethnicity,
        hardshipArea: o.hardshipArea,
        commune: communeId,
        bloc: o.bloc,
        position: o.position,
        professionalLevel: o.professionalLevel,
        politicalTheoryLevel: o.politicalTheoryLevel,
        stateManagementLevel: o.stateManagementLevel,
        phone: o.phone,
        email: o.email,
      };
    });
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insertMany(Official, rows.slice(i, i + CHUNK));

    const coordinatorProvince = provinces.find((p) => p.code === DEMO_COORDINATOR_COMMUNE.provinceCode)!;
    const coordinatorCommune = coordinatorProvince.communes.find((c) => c.name === DEMO_COORDINATOR_COMMUNE.name)!;
    const coordinatorCommuneId = communeIds.get(coordinatorCommune.code)!;
    // The demo trainee is a specialist of the coordinator's commune, so both demo roles see the same place.
    const traineeIndex = officials.findIndex((o) => o.communeCode === coordinatorCommune.code && o.position === 'SPECIALIST');
    const trainee = rows[traineeIndex];

    const users = DEMO_LOGINS.map((l, i) => {
      const u = new User(l.email, hashes[i], l.role, l.role === Role.TRAINEE ? trainee.fullName : l.displayName);
      if (l.role === Role.COORDINATOR) u.commune = tx.getReference(Commune, coordinatorCommuneId);
      if (l.role === Role.TRAINEE) u.official = tx.getReference(Official, trainee.id);
      return u;
    });
    tx.persist(users);
    await tx.flush();
    return {
      seeded: true,
      provinces: provinceRows.length,
      communes: communeRows.length,
      officials: rows.length,
      users: users.length,
      ms: 0,
    };
  });
  // Fresh statistics and visibility map after a bulk load: the directory's counts are index-only scans, which
  // otherwise visit the heap for every row until autovacuum gets round to it. (This needs the load's commit
  // flushed: under synchronous_commit=off VACUUM cannot yet mark those pages all-visible.)
  await em.getConnection().execute('vacuum analyze province, commune, official, "user"');
  return { ...result, ms: Date.now() - started };
}

function demoProgram(seed: (typeof DEMO_PROGRAMS)[number]): Program {
  const p = new Program({ code: seed.code, title: seed.title, startYear: seed.startYear, endYear: seed.endYear });
  p.description = seed.description;
  p.targetGroups = seed.targetGroups.map((g) => new TargetGroup(g.code, g.name));
  seed.topics.forEach((t, position) => {
    const topic = new ProgramTopic({ program: p, position, title: t.title, kind: t.kind as TopicKind, hours: t.hours });
    topic.targetGroupCodes = t.groups ?? [];
    p.topics.add(topic);
  });
  return p;
}
