import { Migration } from '@mikro-orm/migrations';

/** Nominations (đề cử) with per-commune quotas, and the yearly class targets of the annual plan. */
export class Migration20261122030206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "nomination_status" as enum ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');`);
    this.addSql(`create table "nomination_quota" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_class_id" uuid not null, "commune_id" uuid not null, "quota" smallint not null, constraint "nomination_quota_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_quota_commune_id_index" on "nomination_quota" ("commune_id");`);
    this.addSql(`alter table "nomination_quota" add constraint "nomination_quota_training_class_id_commune_id_unique" unique ("training_class_id", "commune_id");`);
    this.addSql(`alter table "nomination_quota" add constraint "nomination_quota_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination_quota" add constraint "nomination_quota_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination_quota" add constraint "nomination_quota_quota_check" check ("quota" >= 1);`);

    this.addSql(`create table "nomination" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_class_id" uuid not null, "official_id" uuid not null, "commune_id" uuid not null, "status" "nomination_status" not null, "note" varchar(500) null, "nominated_by_id" uuid null, "nominated_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "reject_reason" varchar(500) null, constraint "nomination_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_official_id_index" on "nomination" ("official_id");`);
    this.addSql(`create index "nomination_training_class_id_commune_id_status_index" on "nomination" ("training_class_id", "commune_id", "status");`);
    this.addSql(`alter table "nomination" add constraint "nomination_training_class_id_official_id_unique" unique ("training_class_id", "official_id");`);
    this.addSql(`alter table "nomination" add constraint "nomination_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_official_id_foreign" foreign key ("official_id") references "official" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_nominated_by_id_foreign" foreign key ("nominated_by_id") references "user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "nomination" add constraint "nomination_decided_by_id_foreign" foreign key ("decided_by_id") references "user" ("id") on update cascade on delete set null;`);
    // A rejection always says why.
    this.addSql(`alter table "nomination" add constraint "nomination_reject_reason_check" check (("status" = 'REJECTED') = ("reject_reason" is not null));`);

    this.addSql(`create table "plan_target" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "program_id" uuid not null, "province_id" uuid not null, "year" smallint not null, "min_classes" smallint not null, "max_classes" smallint not null, constraint "plan_target_pkey" primary key ("id"));`);
    this.addSql(`alter table "plan_target" add constraint "plan_target_program_id_year_unique" unique ("program_id", "year");`);
    this.addSql(`alter table "plan_target" add constraint "plan_target_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_target" add constraint "plan_target_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "plan_target" add constraint "plan_target_band_check" check ("min_classes" >= 0 and "max_classes" >= "min_classes");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_target" cascade;`);
    this.addSql(`drop table if exists "nomination" cascade;`);
    this.addSql(`drop table if exists "nomination_quota" cascade;`);
    this.addSql(`drop type "nomination_status";`);
  }

}
