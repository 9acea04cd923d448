import { Migration } from '@mikro-orm/migrations';

/** Live attendance: join/leave intervals written by the media service as they happen. */
export class Migration20261122030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "live_attendance_interval" ("id" uuid not null default gen_random_uuid(), "class_session_id" uuid not null, "user_id" uuid not null, "role" varchar(20) not null, "connection_id" varchar(64) not null, "joined_at" timestamptz not null, "last_seen_at" timestamptz not null, "left_at" timestamptz null, constraint "live_attendance_interval_pkey" primary key ("id"));`);
    this.addSql(`alter table "live_attendance_interval" add constraint "live_attendance_interval_connection_id_unique" unique ("connection_id");`);
    this.addSql(`create index "live_attendance_interval_class_session_id_user_id_index" on "live_attendance_interval" ("class_session_id", "user_id");`);
    // The heartbeat and the stale-interval reaper only look at open rows.
    this.addSql(`create index "live_attendance_interval_open_index" on "live_attendance_interval" ("last_seen_at") where "left_at" is null;`);
    this.addSql(`alter table "live_attendance_interval" add constraint "live_attendance_interval_class_session_id_foreign" foreign key ("class_session_id") references "class_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_attendance_interval" add constraint "live_attendance_interval_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_attendance_interval" add constraint "live_attendance_interval_order_check" check ("left_at" is null or "left_at" >= "joined_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "live_attendance_interval" cascade;`);
  }

}
