import { Migration } from '@mikro-orm/migrations';

/** Classes (lớp), their lecturers and timetables. */
export class Migration20261122014853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "delivery_format" as enum ('IN_PERSON', 'ONLINE', 'BLENDED');`);
    this.addSql(`create type "session_mode" as enum ('ROOM', 'ONLINE', 'BOTH');`);
    this.addSql(`create type "lecturer_kind" as enum ('SCHOOL', 'VISITING', 'CONCURRENT');`);
    this.addSql(`create table "training_class" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "program_id" uuid not null, "code" varchar(30) not null, "title" varchar(300) not null, "start_date" date not null, "end_date" date not null, "venue" varchar(300) not null default 'Trường Chính trị tỉnh Nghệ An', "delivery_format" "delivery_format" not null default 'BLENDED', "capacity" smallint not null default 70, constraint "training_class_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_class" add constraint "training_class_code_unique" unique ("code");`);
    this.addSql(`create index "training_class_start_date_index" on "training_class" ("start_date");`);

    this.addSql(`create table "class_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_class_id" uuid not null, "topic_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "mode" "session_mode" not null, "room" varchar(100) null, "lecturer_id" uuid not null, constraint "class_session_pkey" primary key ("id"));`);
    this.addSql(`create index "class_session_room_starts_at_index" on "class_session" ("room", "starts_at");`);
    this.addSql(`create index "class_session_lecturer_id_starts_at_index" on "class_session" ("lecturer_id", "starts_at");`);

    this.addSql(`create table "class_lecturer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_class_id" uuid not null, "user_id" uuid not null, "kind" "lecturer_kind" not null, constraint "class_lecturer_pkey" primary key ("id"));`);
    this.addSql(`create index "class_lecturer_user_id_index" on "class_lecturer" ("user_id");`);
    this.addSql(`alter table "class_lecturer" add constraint "class_lecturer_training_class_id_user_id_unique" unique ("training_class_id", "user_id");`);

    this.addSql(`alter table "training_class" add constraint "training_class_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "class_session" add constraint "class_session_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_session" add constraint "class_session_topic_id_foreign" foreign key ("topic_id") references "program_topic" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "class_session" add constraint "class_session_lecturer_id_foreign" foreign key ("lecturer_id") references "user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "class_lecturer" add constraint "class_lecturer_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "class_lecturer" add constraint "class_lecturer_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete restrict;`);

    // The service validates these too; the checks keep bad rows out whatever writes them.
    this.addSql(`alter table "training_class" add constraint "training_class_dates_check" check ("end_date" >= "start_date");`);
    this.addSql(`alter table "training_class" add constraint "training_class_capacity_check" check ("capacity" between 1 and 500);`);
    this.addSql(`alter table "class_session" add constraint "class_session_times_check" check ("ends_at" > "starts_at" and "ends_at" <= "starts_at" + interval '10 hours');`);
    this.addSql(`alter table "class_session" add constraint "class_session_room_check" check ("mode" = 'ONLINE' or "room" is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "class_session" drop constraint "class_session_training_class_id_foreign";`);

    this.addSql(`alter table "class_lecturer" drop constraint "class_lecturer_training_class_id_foreign";`);

    this.addSql(`drop table if exists "training_class" cascade;`);

    this.addSql(`drop table if exists "class_session" cascade;`);

    this.addSql(`drop table if exists "class_lecturer" cascade;`);

    this.addSql(`drop type "delivery_format";`);
    this.addSql(`drop type "session_mode";`);
    this.addSql(`drop type "lecturer_kind";`);
  }

}
