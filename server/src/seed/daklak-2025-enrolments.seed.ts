import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingClass } from '../classes/class.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment.enums';
import { Official } from '../officials/official.entity';
import { Position } from '../officials/official.enums';

/** The Đắk Lắk secretaries course of 18-22/8/2025 (seed 001) and when its list was drawn up. */
export const DAK_LAK_COURSE = { code: 'DL-2025-L01', provinceCode: '66', listedAt: '2025-08-11T01:00:00Z' } as const;

/**
 * Seats the Đắk Lắk course: the party secretary (bí thư Đảng ủy) of each of the province's 102 communes and wards,
 * one per unit, in commune-code order, unless the class is missing or already has an enrolment. Returns how many
 * enrolments were added.
 */
export async function seedDakLakEnrolments(em: EntityManager): Promise<number> {
  const cls = await em.findOne(TrainingClass, { code: DAK_LAK_COURSE.code });
  if (!cls || (await em.count(Enrollment, { trainingClass: cls })) > 0) return 0;
  const rows: { id: string }[] = await em.execute(
    `select distinct on (c.code) o.id from official o join commune c on c.id = o.commune_id join province p on p.id = c.province_id
      where p.code = ? and o.active and o.position = ? order by c.code, o.sort_key, o.id`,
    [DAK_LAK_COURSE.provinceCode, Position.PARTY_SECRETARY],
  );
  const start = Date.parse(DAK_LAK_COURSE.listedAt);
  return em.transactional(async (tx) => {
    const c = tx.merge(cls);
    rows.slice(0, c.capacity).forEach((r, i) => {
      const e = new Enrollment(c, tx.getReference(Official, r.id), EnrollmentStatus.ENROLLED);
      e.requestedAt = new Date(start + i * 60_000);
      e.enrolledAt = e.requestedAt;
      tx.persist(e);
    });
    await tx.flush();
    return Math.min(rows.length, c.capacity);
  });
}
