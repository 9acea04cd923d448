import { Migration } from '@mikro-orm/migrations';

/** Enrolment: an official's seat or waitlist place in a class. */
export class Migration20261122022150 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enrollment_status" as enum ('ENROLLED', 'WAITLISTED', 'WITHDRAWN');`);
    this.addSql(`create table "enrollment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_class_id" uuid not null, "official_id" uuid not null, "status" "enrollment_status" not null, "waitlist_position" int null, "enrolled_at" timestamptz null, "withdrawn_at" timestamptz null, "requested_at" timestamptz not null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_official_id_index" on "enrollment" ("official_id");`);
    this.addSql(`create index "enrollment_training_class_id_status_waitlist_position_index" on "enrollment" ("training_class_id", "status", "waitlist_position");`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_training_class_id_official_id_unique" unique ("training_class_id", "official_id");`);

    this.addSql(`alter table "enrollment" add constraint "enrollment_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "enrollment" add constraint "enrollment_official_id_foreign" foreign key ("official_id") references "official" ("id") on update cascade on delete cascade;`);

    // The service keeps these too; the check keeps bad rows out whatever writes them.
    this.addSql(`alter table "enrollment" add constraint "enrollment_waitlist_check" check (("status" = 'WAITLISTED') = ("waitlist_position" is not null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop type "enrollment_status";`);
  }

}
