import { describe, expect, it } from 'vitest';
import { mergeAttendance, type MergeInput, unionMs } from './attendance.merge';

const at = (hhmm: string) => new Date(`2026-04-06T${hhmm}:00+07:00`);
/** A 120-minute session from 09:00 to 11:00, 80 % needed, looked at from 12:00. */
const base: MergeInput = { startsAt: at('09:00'), endsAt: at('11:00'), live: [], checkedInAt: null, correction: null, minPresencePercent: 80, now: at('12:00') };
const live = (from: string, to: string | null, lastSeen = to ?? from) => ({ joinedAt: at(from), leftAt: to ? at(to) : null, lastSeenAt: at(lastSeen) });

describe('mergeAttendance', () => {
  it('clips live intervals to the session and counts overlaps once', () => {
    const r = mergeAttendance({ ...base, live: [live('08:30', '09:30'), live('09:15', '10:00'), live('10:50', '11:40')] });
    // 09:00-10:00 and 10:50-11:00.
    expect(r).toMatchObject({ minutes: 70, percent: 58, present: false, sources: ['LIVE'] });
    expect(r.spans[0]).toEqual({ from: at('09:00'), to: at('09:30'), source: 'LIVE' });
  });

  it('ends an open row at its last heartbeat once stale, and now while fresh', () => {
    expect(mergeAttendance({ ...base, live: [live('09:00', null, '09:50')] }).minutes).toBe(50);
    const during = { ...base, now: at('10:30') };
    expect(mergeAttendance({ ...during, live: [live('09:00', null, '10:29')] }).minutes).toBe(90);
    expect(mergeAttendance({ ...during, live: [live('09:00', null, '10:20')] }).minutes).toBe(80);
  });

  it('counts a QR check-in as presence in the room until the end, overlapping live time once', () => {
    const r = mergeAttendance({ ...base, checkedInAt: at('09:10'), live: [live('09:00', '10:00')] });
    expect(r).toMatchObject({ minutes: 120, percent: 100, present: true, inProgress: false, sources: ['LIVE', 'IN_ROOM'] });
    expect(mergeAttendance({ ...base, checkedInAt: at('09:30') })).toMatchObject({ minutes: 90, percent: 75, present: false, sources: ['IN_ROOM'] });
    // Checked in before the start: the whole session.
    expect(mergeAttendance({ ...base, checkedInAt: at('08:45') }).minutes).toBe(120);
  });

  it('counts a check-in only up to now while the session is under way, and leaves present undecided', () => {
    const r = mergeAttendance({ ...base, now: at('09:40'), checkedInAt: at('09:10') });
    // 30 of the 40 minutes elapsed; not 110 minutes projected to the end, and not absent either.
    expect(r).toMatchObject({ minutes: 30, percent: 75, present: false, inProgress: true, sources: ['IN_ROOM'] });
    expect(r.spans).toEqual([{ from: at('09:10'), to: at('09:40'), source: 'IN_ROOM' }]);
    // Even with every minute so far, nothing is decided before the end.
    expect(mergeAttendance({ ...base, now: at('09:40'), checkedInAt: at('08:50') })).toMatchObject({ minutes: 40, percent: 100, present: false, inProgress: true });
  });

  it('decides a finished session, counting the check-in to the end', () => {
    expect(mergeAttendance({ ...base, now: at('11:00'), checkedInAt: at('09:10') })).toMatchObject({ minutes: 110, percent: 91, present: true, inProgress: false });
    expect(mergeAttendance({ ...base, checkedInAt: at('10:00') })).toMatchObject({ minutes: 60, percent: 50, present: false, inProgress: false });
  });

  it('counts nothing before the session starts', () => {
    expect(mergeAttendance({ ...base, now: at('08:55'), checkedInAt: at('08:50') })).toMatchObject({ minutes: 0, percent: 0, present: false, inProgress: false, spans: [] });
  });

  it('lets a correction decide a session that is still under way', () => {
    const during = { ...base, now: at('09:40'), checkedInAt: at('09:10') };
    expect(mergeAttendance({ ...during, correction: { present: true, minutes: null } })).toMatchObject({
      minutes: 30,
      percent: 25,
      present: true,
      inProgress: false,
      sources: ['IN_ROOM', 'CORRECTED'],
    });
    expect(mergeAttendance({ ...during, correction: { present: false, minutes: 0 } })).toMatchObject({ minutes: 0, present: false, inProgress: false });
  });

  it('is present from exactly the threshold, never by rounding up', () => {
    expect(mergeAttendance({ ...base, live: [live('09:00', '10:36')] })).toMatchObject({ percent: 80, present: true });
    const justUnder = { joinedAt: at('09:00'), leftAt: new Date(at('10:36').getTime() - 1000), lastSeenAt: at('10:35') };
    expect(mergeAttendance({ ...base, live: [justUnder] })).toMatchObject({ percent: 79, present: false });
  });

  it('lets the latest correction win', () => {
    const full = { ...base, checkedInAt: at('09:00') };
    expect(mergeAttendance({ ...full, correction: { present: false, minutes: null } })).toMatchObject({ minutes: 120, present: false, sources: ['IN_ROOM', 'CORRECTED'] });
    expect(mergeAttendance({ ...base, correction: { present: true, minutes: 30 } })).toMatchObject({ minutes: 30, percent: 25, present: true, sources: ['CORRECTED'] });
  });

  it('unions spans in any order', () => {
    const s = (a: string, b: string) => ({ from: at(a), to: at(b) });
    expect(unionMs([s('10:00', '10:30'), s('09:00', '09:20'), s('09:10', '09:40'), s('10:30', '10:45')]) / 60_000).toBe(85);
    expect(unionMs([])).toBe(0);
  });
});
