import { Migration } from '@mikro-orm/migrations';

/** Attendance: QR check-ins in the classroom and the append-only log of corrections. */
export class Migration20261122030830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attendance_checkin" ("id" uuid not null default gen_random_uuid(), "class_session_id" uuid not null, "user_id" uuid not null, "checked_in_at" timestamptz not null, constraint "attendance_checkin_pkey" primary key ("id"));`);
    this.addSql(`alter table "attendance_checkin" add constraint "attendance_checkin_class_session_id_user_id_unique" unique ("class_session_id", "user_id");`);
    this.addSql(`alter table "attendance_checkin" add constraint "attendance_checkin_class_session_id_foreign" foreign key ("class_session_id") references "class_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance_checkin" add constraint "attendance_checkin_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "attendance_correction" ("id" uuid not null default gen_random_uuid(), "class_session_id" uuid not null, "official_id" uuid not null, "present" boolean not null, "minutes" int null, "reason" text not null, "corrected_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "attendance_correction_pkey" primary key ("id"));`);
    this.addSql(`create index "attendance_correction_class_session_id_official_id_created_at_index" on "attendance_correction" ("class_session_id", "official_id", "created_at");`);
    this.addSql(`alter table "attendance_correction" add constraint "attendance_correction_class_session_id_foreign" foreign key ("class_session_id") references "class_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance_correction" add constraint "attendance_correction_official_id_foreign" foreign key ("official_id") references "official" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance_correction" add constraint "attendance_correction_corrected_by_id_foreign" foreign key ("corrected_by_id") references "user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "attendance_correction" add constraint "attendance_correction_reason_check" check (char_length(btrim("reason")) >= 5);`);
    this.addSql(`alter table "attendance_correction" add constraint "attendance_correction_minutes_check" check ("minutes" is null or "minutes" >= 0);`);
    // The corrections are an audit log: a new correction is a new row; rows go only with their session (cascade).
    this.addSql(`create function "attendance_correction_no_update"() returns trigger language plpgsql as $$ begin raise exception 'attendance_correction rows are append-only'; end $$;`);
    this.addSql(`create trigger "attendance_correction_append_only" before update on "attendance_correction" for each row execute function "attendance_correction_no_update"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attendance_correction" cascade;`);
    this.addSql(`drop function if exists "attendance_correction_no_update"();`);
    this.addSql(`drop table if exists "attendance_checkin" cascade;`);
  }

}
