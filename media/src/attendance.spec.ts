import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgAttendance } from './attendance';
import { Peer } from './peer';
import { claims, FakeSocket, silentLogger } from './test/helpers';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore — the launcher's plain ESM helper (embedded PostgreSQL unless DATABASE_URL)
import { dropDatabase, resolveDatabase, withDatabase } from '../../server/scripts/db.mjs';

/**
 * Against a real PostgreSQL: DATABASE_URL's server when set (e.g. postgres://postgres@127.0.0.1:5432/test, as the
 * server specs use), else an embedded cluster of its own (`.data/pg-media`); each run makes and drops its own
 * database. The table is the one of migration Migration20261122030000 without its foreign keys (this database has no
 * users or sessions).
 */
describe(PgAttendance.name, () => {
  const dbName = `gd_media_attendance_${process.pid}_${Date.now()}`;
  let url: string;
  let db: Client;
  let database: { url: string; stop: () => Promise<void> };

  beforeAll(async () => {
    database = await resolveDatabase({ name: dbName, fresh: true, cluster: 'pg-media', port: Number(process.env.GD_MEDIA_PG_PORT ?? 54332) });
    url = database.url;
    db = new Client({ connectionString: url });
    await db.connect();
    await db.query(`create table live_attendance_interval (
      id uuid not null default gen_random_uuid() primary key, class_session_id uuid not null, user_id uuid not null,
      role varchar(20) not null, connection_id varchar(64) not null unique, joined_at timestamptz not null,
      last_seen_at timestamptz not null, left_at timestamptz null, check (left_at is null or left_at >= joined_at))`);
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    if (!database) return;
    await dropDatabase(withDatabase(url, 'postgres'), dbName).catch(() => undefined);
    await database.stop();
  }, 60_000);

  const peer = async (socketId: string, sub = randomUUID(), sid = randomUUID()) =>
    Peer.create({ socket: new FakeSocket(socketId).asLiveSocket(), claims: claims({ sub, sid, role: 'TRAINEE' }), logger: silentLogger });
  const row = async (connectionId: string) =>
    (await db.query('select *, extract(epoch from last_seen_at) as seen from live_attendance_interval where connection_id = $1', [connectionId])).rows[0];

  it('opens an interval on join, refreshes it on heartbeat and closes it on leave', async () => {
    const sut = new PgAttendance({ databaseUrl: url, logger: silentLogger, heartbeatMs: 3_600_000, reapMs: 3_600_000 });
    const p = await peer('sock-a');
    sut.opened(p);
    await expect.poll(() => row('sock-a')).toMatchObject({ user_id: p.userId, class_session_id: p.sessionId, role: 'TRAINEE', left_at: null });
    const first = Number((await row('sock-a')).seen);
    await new Promise((r) => setTimeout(r, 20));
    await sut.heartbeat();
    expect(Number((await row('sock-a')).seen)).toBeGreaterThan(first);
    sut.closed(p);
    await expect.poll(async () => (await row('sock-a')).left_at).toBeInstanceOf(Date);
    await sut.stop();
  });

  it('closes the open intervals of a stopped process, and the reaper closes stale ones at their last heartbeat', async () => {
    const sut = new PgAttendance({ databaseUrl: url, logger: silentLogger, heartbeatMs: 3_600_000, reapMs: 3_600_000 });
    const p = await peer('sock-b');
    sut.opened(p);
    await expect.poll(() => row('sock-b')).toBeTruthy();
    await db.query(
      `insert into live_attendance_interval (class_session_id, user_id, role, connection_id, joined_at, last_seen_at)
       values ($1, $2, 'TRAINEE', 'sock-dead', now() - interval '10 minutes', now() - interval '2 minutes')`,
      [randomUUID(), randomUUID()],
    );
    await sut.reap();
    const dead = await row('sock-dead');
    expect(dead.left_at).toEqual(dead.last_seen_at);
    expect((await row('sock-b')).left_at).toBeNull();
    await sut.stop();
    expect((await row('sock-b')).left_at).toBeInstanceOf(Date);
  });

  it('logs and carries on when the database refuses a write', async () => {
    const sut = new PgAttendance({ databaseUrl: url, logger: silentLogger, heartbeatMs: 3_600_000, reapMs: 3_600_000 });
    // Not a uuid: the insert fails; nothing throws to the caller.
    const p = await Peer.create({ socket: new FakeSocket('sock-c').asLiveSocket(), claims: claims({ sid: 'not-a-uuid' }), logger: silentLogger });
    expect(() => sut.opened(p)).not.toThrow();
    await sut.heartbeat();
    expect(await row('sock-c')).toBeUndefined();
    await sut.stop();
  });
});
