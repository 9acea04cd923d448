import { ClassLecturer, ClassSession, TrainingClass } from '../classes/class.entity';
import type { DeliveryFormat, LecturerKind, SessionMode } from '../classes/class.enums';
import type { Program, ProgramTopic } from '../programs/program.entity';
import type { User } from '../users/user.entity';
import { type ClassSeed, demoTimetable } from './demo-data/classes';

/**
 * A demo class entity from its seed: lecturers and the timetable built by `demoTimetable` from the program's topics
 * (in position order). `user` resolves a lecturer's email to their account. The caller persists it.
 */
export function buildDemoClass(seed: ClassSeed, program: Program, topics: ProgramTopic[], user: (email: string) => User): TrainingClass {
  const ordered = [...topics].sort((a, b) => a.position - b.position);
  const c = new TrainingClass({ program, code: seed.code, title: seed.title, startDate: seed.startDate, endDate: seed.endDate });
  c.venue = seed.venue;
  c.deliveryFormat = seed.deliveryFormat as DeliveryFormat;
  c.capacity = seed.capacity;
  for (const l of seed.lecturers) c.lecturers.add(new ClassLecturer(c, user(l.email), l.kind as LecturerKind));
  for (const s of demoTimetable(seed, ordered.map((t) => t.kind))) {
    const session = new ClassSession({
      trainingClass: c,
      topic: ordered[s.topicIndex]!,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      mode: s.mode as SessionMode,
      lecturer: user(s.teacher),
    });
    session.room = s.room;
    c.sessions.add(session);
  }
  return c;
}
