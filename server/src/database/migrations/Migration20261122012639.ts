import { Migration } from '@mikro-orm/migrations';

/** Training programs (chương trình bồi dưỡng) and their topics (chuyên đề). */
export class Migration20261122012639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "topic_kind" as enum ('THEORY', 'PRACTICE', 'CASE_EXERCISE', 'ROLE_PLAY', 'FIELD_TRIP', 'REFLECTION_ESSAY');`);
    this.addSql(`create table "program" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(30) not null, "title" varchar(300) not null, "start_year" smallint not null, "end_year" smallint not null, "description" text null, "practice_threshold_percent" smallint not null default 70, "target_groups" jsonb not null, constraint "program_pkey" primary key ("id"));`);
    this.addSql(`alter table "program" add constraint "program_code_unique" unique ("code");`);

    this.addSql(`create table "program_topic" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "program_id" uuid not null, "position" smallint not null, "title" varchar(300) not null, "kind" "topic_kind" not null, "hours" numeric(5,1) not null, "target_group_codes" text[] not null default '{}', constraint "program_topic_pkey" primary key ("id"));`);
    this.addSql(`create index "program_topic_program_id_position_index" on "program_topic" ("program_id", "position");`);

    this.addSql(`alter table "program_topic" add constraint "program_topic_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);

    // The service validates these too; the checks keep bad rows out whatever writes them.
    this.addSql(`alter table "program" add constraint "program_years_check" check ("end_year" >= "start_year");`);
    this.addSql(`alter table "program" add constraint "program_threshold_check" check ("practice_threshold_percent" between 0 and 100);`);
    this.addSql(`alter table "program_topic" add constraint "program_topic_hours_check" check ("hours" > 0 and "hours" <= 200);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "program_topic" drop constraint "program_topic_program_id_foreign";`);

    this.addSql(`drop table if exists "program" cascade;`);

    this.addSql(`drop table if exists "program_topic" cascade;`);

    this.addSql(`drop type "topic_kind";`);
  }

}
