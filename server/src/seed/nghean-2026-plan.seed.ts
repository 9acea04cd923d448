import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingClass } from '../classes/class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { Commune } from '../geo/commune.entity';
import { Province } from '../geo/province.entity';
import { Nomination, NominationQuota } from '../nominations/nomination.entity';
import { NominationStatus } from '../nominations/nomination.enums';
import { Official } from '../officials/official.entity';
import { PlanTarget } from '../planning/plan-target.entity';
import { Program } from '../programs/program.entity';
import { User } from '../users/user.entity';
import { buildDemoClass } from './demo-class';
import { DEMO_NOMINATIONS, NGHE_AN_2026_PLAN_CLASSES, NGHE_AN_PLAN_TARGET } from './demo-data/nghean-2026-plan';

/**
 * The rest of the Nghệ An 2026 plan (classes with timetables), its yearly targets and the demo nominations of
 * Quỳnh Lưu, each part only when missing. Needs the demo programs, lecturers and directory; deterministic (officials
 * are picked by name order). Returns how many classes were added.
 */
export async function seedNgheAn2026Plan(em: EntityManager): Promise<{ classes: number; enrollments: number }> {
  const program = await em.findOne(Program, { code: NGHE_AN_PLAN_TARGET.programCode }, { populate: ['topics'] });
  const province = await em.findOne(Province, { code: NGHE_AN_PLAN_TARGET.provinceCode });
  if (!program || !province) return { classes: 0, enrollments: 0 };
  let classes = 0;
  let enrollments = 0;
  await em.transactional(async (tx) => {
    if ((await tx.count(PlanTarget, { program })) === 0) {
      for (const year of NGHE_AN_PLAN_TARGET.years) {
        tx.persist(new PlanTarget({ program: tx.merge(program), province: tx.merge(province), year, minClasses: NGHE_AN_PLAN_TARGET.minClasses, maxClasses: NGHE_AN_PLAN_TARGET.maxClasses }));
      }
    }
    if ((await tx.count(TrainingClass, { code: { $in: NGHE_AN_2026_PLAN_CLASSES.map((c) => c.code) } })) === 0) {
      const emails = [...new Set(NGHE_AN_2026_PLAN_CLASSES.flatMap((c) => c.lecturers.map((l) => l.email)))];
      const users = new Map((await tx.find(User, { email: { $in: emails } })).map((u) => [u.email, u]));
      const user = (email: string) => {
        const u = users.get(email);
        if (!u) throw new Error(`Plan class lecturer ${email} is missing`);
        return u;
      };
      const topics = tx.merge(program).topics.getItems();
      for (const seed of NGHE_AN_2026_PLAN_CLASSES) {
        const c = buildDemoClass(seed, tx.merge(program), topics, user);
        tx.persist(c);
        classes++;
      }
    }
    await tx.flush();
    enrollments = await seedNominations(tx);
  });
  return { classes, enrollments };
}

async function seedNominations(tx: EntityManager): Promise<number> {
  const cls = await tx.findOne(TrainingClass, { code: DEMO_NOMINATIONS.classCode });
  if (!cls || (await tx.count(NominationQuota, { trainingClass: cls })) > 0) return 0;
  const communes = await tx.find(Commune, { name: { $in: DEMO_NOMINATIONS.quotas.map((q) => q.commune) }, province: { code: NGHE_AN_PLAN_TARGET.provinceCode } });
  const commune = (name: string) => communes.find((c) => c.name === name)!;
  for (const q of DEMO_NOMINATIONS.quotas) if (communes.some((c) => c.name === q.commune)) tx.persist(new NominationQuota(cls, commune(q.commune), q.quota));
  const home = commune(DEMO_NOMINATIONS.commune);
  const [coordinator, admin] = await Promise.all([tx.findOne(User, { email: 'coordinator@demo.local' }), tx.findOne(User, { email: 'admin@demo.local' })]);
  // Officials of the commune with no class yet, in name order.
  const ids: { id: string }[] = await tx.execute(
    `select o.id from official o where o.commune_id = ? and o.active
        and not exists (select 1 from enrollment e where e.official_id = o.id)
      order by o.sort_key, o.id limit ?`,
    [home.id, DEMO_NOMINATIONS.pending + DEMO_NOMINATIONS.approved],
  );
  const found = await tx.find(Official, { id: { $in: ids.map((r) => r.id) } });
  const officials = ids.map((r) => found.find((o) => o.id === r.id)!);
  const at = Date.parse('2026-11-10T02:00:00Z');
  let enrolled = 0;
  officials.forEach((o, i) => {
    const n = new Nomination(cls, o, home);
    n.note = DEMO_NOMINATIONS.note;
    n.nominatedBy = coordinator;
    n.nominatedAt = new Date(at + i * 60_000);
    if (i < DEMO_NOMINATIONS.approved) {
      n.status = NominationStatus.APPROVED;
      n.decidedBy = admin;
      n.decidedAt = new Date(at + 86_400_000);
      const e = new Enrollment(cls, o, EnrollmentStatus.ENROLLED);
      e.requestedAt = n.decidedAt;
      e.enrolledAt = n.decidedAt;
      tx.persist(e);
      enrolled++;
    }
    tx.persist(n);
  });
  await tx.flush();
  return enrolled;
}
