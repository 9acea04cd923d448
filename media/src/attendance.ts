import { Pool } from 'pg';
import type { Logger } from './logger';
import type { Peer } from './peer';

/** How often this process refreshes `last_seen_at` of its open intervals. */
export const HEARTBEAT_MS = 15_000;
/** How often any process closes intervals whose process stopped heartbeating. */
export const REAP_MS = 60_000;
/** An open interval not seen for this long belongs to a dead process: it ends at its last heartbeat. */
export const STALE_AFTER_SECONDS = 60;

/** Where the media service writes who was in a live session and when. */
export interface AttendanceRecorder {
  opened(peer: Peer): void;
  closed(peer: Peer): void;
  /** Stops the timers, closes this process's open intervals and releases the pool. */
  stop(): Promise<void>;
}

/** No database configured: attendance is not recorded. */
export const noAttendance: AttendanceRecorder = {
  opened: () => undefined,
  closed: () => undefined,
  stop: async () => undefined,
};

export interface AttendanceOptions {
  databaseUrl: string;
  logger: Logger;
  heartbeatMs?: number;
  reapMs?: number;
  staleAfterSeconds?: number;
}

/**
 * Raw attendance for the API's reports: one `live_attendance_interval` row per connection (socket), opened on join,
 * kept alive by a heartbeat, closed on leave. Rows of a crashed media process are closed by the reaper of any other
 * (or the restarted) process at their last heartbeat. A failing write is logged and never disturbs the call.
 */
export class PgAttendance implements AttendanceRecorder {
  readonly #pool: Pool;
  readonly #logger: Logger;
  /** Connection ids of the intervals this process has open. */
  readonly #open = new Set<string>();
  /** Writes in flight, so stop() can wait for them. */
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #heartbeat: NodeJS.Timeout;
  readonly #reaper: NodeJS.Timeout;
  readonly #staleAfter: number;
  #stopped = false;

  constructor(options: AttendanceOptions) {
    this.#logger = options.logger.child({ component: 'attendance' });
    this.#pool = new Pool({ connectionString: options.databaseUrl, max: 3, idleTimeoutMillis: 30_000, application_name: 'gd-media' });
    this.#pool.on('error', (err) => this.#logger.warn({ err }, 'attendance database connection error'));
    this.#staleAfter = options.staleAfterSeconds ?? STALE_AFTER_SECONDS;
    this.#heartbeat = setInterval(() => void this.heartbeat(), options.heartbeatMs ?? HEARTBEAT_MS);
    this.#reaper = setInterval(() => void this.reap(), options.reapMs ?? REAP_MS);
    this.#heartbeat.unref();
    this.#reaper.unref();
  }

  opened(peer: Peer): void {
    if (this.#stopped) return;
    this.#open.add(peer.connectionId);
    this.#run(
      'open',
      `insert into live_attendance_interval (class_session_id, user_id, role, connection_id, joined_at, last_seen_at)
       values ($1, $2, $3, $4, now(), now()) on conflict (connection_id) do nothing`,
      [peer.sessionId, peer.userId, peer.role, peer.connectionId],
    );
  }

  closed(peer: Peer): void {
    if (!this.#open.delete(peer.connectionId)) return;
    this.#run(
      'close',
      `update live_attendance_interval set left_at = greatest(now(), joined_at), last_seen_at = greatest(now(), joined_at)
        where connection_id = $1 and left_at is null`,
      [peer.connectionId],
    );
  }

  /** Refreshes last_seen_at of this process's open intervals. */
  heartbeat(): Promise<void> {
    if (this.#open.size === 0) return Promise.resolve();
    return this.#run(
      'heartbeat',
      `update live_attendance_interval set last_seen_at = now() where connection_id = any($1::varchar[]) and left_at is null`,
      [[...this.#open]],
    );
  }

  /** Closes intervals whose last heartbeat is older than the stale limit, at that heartbeat. */
  reap(): Promise<void> {
    return this.#run(
      'reap',
      `update live_attendance_interval set left_at = last_seen_at
        where left_at is null and last_seen_at < now() - make_interval(secs => $1)`,
      [this.#staleAfter],
    );
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    clearInterval(this.#heartbeat);
    clearInterval(this.#reaper);
    const open = [...this.#open];
    this.#open.clear();
    if (open.length > 0) {
      void this.#run(
        'close',
        `update live_attendance_interval set left_at = greatest(now(), joined_at), last_seen_at = greatest(now(), joined_at)
          where connection_id = any($1::varchar[]) and left_at is null`,
        [open],
      );
    }
    this.#stopped = true;
    await Promise.allSettled([...this.#inflight]);
    await this.#pool.end().catch(() => undefined);
  }

  /** Runs one statement; failures are logged (the call goes on without its attendance row). */
  #run(what: string, sql: string, params: unknown[]): Promise<void> {
    const p = this.#pool.query(sql, params).then(
      () => undefined,
      (err: unknown) => this.#logger.error({ err, what }, 'attendance write failed'),
    );
    this.#inflight.add(p);
    void p.finally(() => this.#inflight.delete(p));
    return p;
  }
}

export function createAttendance(databaseUrl: string | undefined, logger: Logger): AttendanceRecorder {
  if (!databaseUrl) {
    logger.warn('DATABASE_URL not set: live attendance is not recorded');
    return noAttendance;
  }
  return new PgAttendance({ databaseUrl, logger });
}
