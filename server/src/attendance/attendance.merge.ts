/**
 * How presence in a session is counted, in one place (pure, no I/O):
 *  - each live connection (media service) is a stretch from `joinedAt` to `leftAt`; a row still open ends now while
 *    its heartbeat is fresh, and at its last heartbeat (`lastSeenAt`) once that is stale (the media process died);
 *  - a QR check-in in the classroom counts as presence in the room from the check-in to the session's end, or to now
 *    while the session is under way (a measurement, not a projection of the rest of the session);
 *  - every stretch is clipped to the session's start and end, and their union is counted (overlaps once);
 *  - present means at least `minPresencePercent` of the session's length, decided once the session has ended: while it
 *    is under way the result is `inProgress` (neither present nor absent; `percent` is of the time elapsed so far);
 *  - the latest correction wins, even while the session is under way: its `present`, and its `minutes` when given.
 */

/**
 * An open live interval whose heartbeat is older than this has ended at its last heartbeat: the same rule as the media
 * service's reaper (`STALE_AFTER_SECONDS` in media/src/attendance.ts, heartbeats every 15 s), applied here too so a
 * row the reaper has not closed yet is not counted up to now.
 */
export const STALE_HEARTBEAT_MS = 60_000;

export type AttendanceSource = 'LIVE' | 'IN_ROOM' | 'CORRECTED';

export interface Span {
  from: Date;
  to: Date;
  source: 'LIVE' | 'IN_ROOM';
}

export interface LiveRow {
  joinedAt: Date;
  lastSeenAt: Date;
  leftAt: Date | null;
}

export interface CorrectionInput {
  present: boolean;
  minutes: number | null;
}

export interface MergeInput {
  startsAt: Date;
  endsAt: Date;
  live: LiveRow[];
  checkedInAt: Date | null;
  /** The latest correction, if any. */
  correction: CorrectionInput | null;
  minPresencePercent: number;
  now: Date;
}

export interface MergeResult {
  /** Whole minutes present (rounded down). */
  minutes: number;
  /** Percent of the session's length (rounded down); while `inProgress`, percent of the time elapsed so far. */
  percent: number;
  /** Present, as measured once the session has ended or as corrected; always false while `inProgress`. */
  present: boolean;
  /**
   * The session is under way and no correction decided the row: `minutes` count up to now and `present` is not decided
   * yet, so aggregates count the row neither as present nor as absent.
   */
  inProgress: boolean;
  sources: AttendanceSource[];
  /** The stretches counted, clipped to the session, in time order (they may overlap each other). */
  spans: Span[];
}

const ms = (d: Date) => d.getTime();

/** Where an open or closed live row ends. */
export function liveEnd(row: LiveRow, now: Date): Date {
  if (row.leftAt) return row.leftAt;
  return ms(now) - ms(row.lastSeenAt) > STALE_HEARTBEAT_MS ? row.lastSeenAt : now;
}

/** Total length in ms of the union of the spans. */
export function unionMs(spans: { from: Date; to: Date }[]): number {
  const sorted = spans.map((s) => [ms(s.from), ms(s.to)] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curFrom = -Infinity;
  let curTo = -Infinity;
  for (const [a, b] of sorted) {
    if (a > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = a;
      curTo = b;
    } else if (b > curTo) curTo = b;
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

export function mergeAttendance(input: MergeInput): MergeResult {
  const start = ms(input.startsAt);
  const end = ms(input.endsAt);
  const clip = (from: Date, to: Date, source: Span['source']): Span | null => {
    const a = Math.max(start, ms(from));
    const b = Math.min(end, ms(to));
    return b > a ? { from: new Date(a), to: new Date(b), source } : null;
  };
  const spans: Span[] = [];
  for (const row of input.live) {
    const s = clip(row.joinedAt, liveEnd(row, input.now), 'LIVE');
    if (s) spans.push(s);
  }
  if (input.checkedInAt) {
    // Up to now: clipped to the end once the session is over, and nothing before it has started.
    const s = clip(input.checkedInAt, input.now, 'IN_ROOM');
    if (s) spans.push(s);
  }
  spans.sort((a, b) => ms(a.from) - ms(b.from));
  const length = Math.max(1, end - start);
  const measuredMs = unionMs(spans);
  const sources: AttendanceSource[] = [];
  if (spans.some((s) => s.source === 'LIVE')) sources.push('LIVE');
  if (spans.some((s) => s.source === 'IN_ROOM')) sources.push('IN_ROOM');
  const c = input.correction;
  const presentMs = c && c.minutes != null ? Math.min(c.minutes * 60_000, length) : measuredMs;
  if (c) sources.push('CORRECTED');
  const now = ms(input.now);
  const inProgress = !c && now >= start && now < end;
  const of = inProgress ? Math.max(1, now - start) : length;
  return {
    minutes: Math.floor(presentMs / 60_000),
    percent: Math.floor((presentMs * 100) / of),
    // Compared exactly, so 79.9 % is not rounded up to present.
    present: c ? c.present : !inProgress && presentMs * 100 >= input.minPresencePercent * length,
    inProgress,
    sources,
    spans,
  };
}
