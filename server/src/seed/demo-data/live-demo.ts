import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../common/auth/auth-user';
import { Official } from '../../officials/official.entity';
import { User } from '../../users/user.entity';
import { hashPassword } from '../../users/users.service';

/**
 * A second demo trainee, so a live class can be shown (and tested) with two trainees in the room next to the
 * lecturer: `trainee2@demo.local` (demo password) is the directory record of another official with a seat in
 * NA-2026-L01, the class lecturer@demo.local teaches and trainee@demo.local attends. Its theory sessions are
 * taught in the room and streamed (mode BOTH), so they can be joined online.
 */
export const LIVE_DEMO_TRAINEE = { email: 'trainee2@demo.local', classCode: 'NA-2026-L01' } as const;

/** Adds the second demo trainee unless it exists or the class has no enrolment yet; returns how many users were added. */
export async function seedLiveDemo(em: EntityManager, password: string): Promise<number> {
  if ((await em.count(User, { email: LIVE_DEMO_TRAINEE.email })) > 0) return 0;
  // The first enrolled official of the class (in sort order) who has no account yet: the same one on every fresh database.
  const rows: { id: string; full_name: string }[] = await em.execute(
    `select o.id, o.full_name from enrollment e
       join training_class c on c.id = e.training_class_id
       join official o on o.id = e.official_id
      where c.code = ? and e.status = 'ENROLLED' and not exists (select 1 from "user" u where u.official_id = o.id)
      order by o.sort_key, o.id limit 1`,
    [LIVE_DEMO_TRAINEE.classCode],
  );
  const official = rows[0];
  if (!official) return 0;
  const hash = await hashPassword(password);
  return em.transactional(async (tx) => {
    const user = new User(LIVE_DEMO_TRAINEE.email, hash, Role.TRAINEE, official.full_name);
    user.official = tx.getReference(Official, official.id);
    tx.persist(user);
    await tx.flush();
    return 1;
  });
}

/**
 * The demo live class (attendance, check-in QR, live room): one session that is open whenever the demo data was
 * (re)loaded, taught by lecturer@demo.local, with trainee@demo.local, trainee2@demo.local and a few more officials of
 * NA-2026-L01 holding a seat. Deterministic apart from the date anchor: the session runs from one hour before the
 * seed time to eight hours after it (rounded down to 5 minutes).
 */
export const LIVE_DEMO_CLASS = {
  code: 'NA-2026-TT01',
  title: 'Lớp trực tuyến minh hoạ: chính quyền địa phương 2 cấp',
  programCode: 'NA-2026-XA',
  venue: 'Trường Chính trị tỉnh Nghệ An',
  room: 'Phòng học trực tuyến',
  lecturer: 'lecturer@demo.local',
  /** Officials of NA-2026-L01 with a seat, besides the two demo trainees. */
  extraTrainees: 10,
  capacity: 30,
} as const;

/** The open window of the live demo session around `now`. */
export function liveDemoWindow(now: Date): { startsAt: Date; endsAt: Date } {
  const anchor = Math.floor(now.getTime() / 300_000) * 300_000;
  return { startsAt: new Date(anchor - 3_600_000), endsAt: new Date(anchor + 8 * 3_600_000) };
}

/**
 * Adds the live demo class unless it exists; when it exists but its session has ended (a database seeded on an
 * earlier day), moves the session to the current window so `npm start` always shows an open live session.
 * Returns 1 when something changed.
 */
export async function seedLiveDemoClass(em: EntityManager, now = new Date()): Promise<number> {
  const { startsAt, endsAt } = liveDemoWindow(now);
  const local = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
  const existing: { id: string; session_id: string | null; ends_at: Date | null }[] = await em.execute(
    `select c.id, s.id as session_id, s.ends_at from training_class c left join class_session s on s.training_class_id = c.id
      where c.code = ? order by s.starts_at limit 1`,
    [LIVE_DEMO_CLASS.code],
  );
  if (existing[0]) {
    const row = existing[0];
    if (!row.session_id || (row.ends_at && new Date(row.ends_at).getTime() > now.getTime())) return 0;
    await em.execute(`update class_session set starts_at = ?, ends_at = ? where id = ?`, [startsAt, endsAt, row.session_id]);
    await em.execute(`update training_class set start_date = ?, end_date = ? where id = ?`, [local(startsAt), local(endsAt), row.id]);
    return 1;
  }
  const [program] = await em.execute<{ id: string }[]>(`select id from program where code = ?`, [LIVE_DEMO_CLASS.programCode]);
  const [topic] = program
    ? await em.execute<{ id: string }[]>(`select id from program_topic where program_id = ? and kind = 'THEORY' order by position limit 1`, [program.id])
    : [];
  const [lecturer] = await em.execute<{ id: string }[]>(`select id from "user" where email = ?`, [LIVE_DEMO_CLASS.lecturer]);
  if (!program || !topic || !lecturer) return 0;
  // The demo trainees first, then the first officials of NA-2026-L01 in name order: the same on every fresh database.
  const officials: { id: string }[] = await em.execute(
    `select o.id from enrollment e join training_class c on c.id = e.training_class_id join official o on o.id = e.official_id
      left join "user" u on u.official_id = o.id
      where c.code = 'NA-2026-L01' and e.status = 'ENROLLED'
      order by (u.email in ('trainee@demo.local', ?)) is not true, o.sort_key, o.id limit ?`,
    [LIVE_DEMO_TRAINEE.email, LIVE_DEMO_CLASS.extraTrainees + 2],
  );
  return em.transactional(async (tx) => {
    const classId = crypto.randomUUID();
    await tx.execute(
      `insert into training_class (id, program_id, code, title, start_date, end_date, venue, delivery_format, capacity)
       values (?, ?, ?, ?, ?, ?, ?, 'BLENDED', ?)`,
      [classId, program.id, LIVE_DEMO_CLASS.code, LIVE_DEMO_CLASS.title, local(startsAt), local(endsAt), LIVE_DEMO_CLASS.venue, LIVE_DEMO_CLASS.capacity],
    );
    await tx.execute(`insert into class_lecturer (id, training_class_id, user_id, kind) values (?, ?, ?, 'SCHOOL')`, [
      crypto.randomUUID(),
      classId,
      lecturer.id,
    ]);
    await tx.execute(
      `insert into class_session (id, training_class_id, topic_id, starts_at, ends_at, mode, room, lecturer_id) values (?, ?, ?, ?, ?, 'BOTH', ?, ?)`,
      [crypto.randomUUID(), classId, topic.id, startsAt, endsAt, LIVE_DEMO_CLASS.room, lecturer.id],
    );
    for (const o of officials) {
      await tx.execute(
        `insert into enrollment (id, training_class_id, official_id, status, enrolled_at, requested_at) values (?, ?, ?, 'ENROLLED', ?, ?)`,
        [crypto.randomUUID(), classId, o.id, startsAt, startsAt],
      );
    }
    return 1;
  });
}
