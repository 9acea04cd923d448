import { Migration } from '@mikro-orm/migrations';

/** Bulk enrolment imports: the uploaded file's report and its rows (a staging table for set-based commits). */
export class Migration20261122030504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "import_status" as enum ('ANALYSING', 'READY', 'INVALID', 'FAILED', 'COMMITTING', 'COMMITTED');`);
    this.addSql(`create table "official_import" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "file_name" varchar(255) not null, "format" varchar(10) null, "encoding" varchar(30) null, "status" "import_status" not null default 'ANALYSING', "training_class_id" uuid not null, "created_by" uuid not null, "total_rows" int null, "processed_rows" int not null default 0, "columns" jsonb null, "to_create" int not null default 0, "to_update" int not null default 0, "unchanged" int not null default 0, "to_enrol" int not null default 0, "to_waitlist" int not null default 0, "already_enrolled" int not null default 0, "error_count" int not null default 0, "file_error_code" varchar(60) null, "file_error_message" text null, "committed_at" timestamptz null, constraint "official_import_pkey" primary key ("id"));`);
    this.addSql(`create index "official_import_training_class_id_created_at_index" on "official_import" ("training_class_id", "created_at");`);
    this.addSql(`alter table "official_import" add constraint "official_import_training_class_id_foreign" foreign key ("training_class_id") references "training_class" ("id") on update cascade on delete cascade;`);

    // Rows of an import, normalised; written in batches and read by set-based SQL only (no entity). Unlogged: they are
    // scratch data (a crash empties the table and the commit then asks for the file again), so no WAL is spent on them.
    this.addSql(`create unlogged table "official_import_row" ("import_id" uuid not null, "row_no" int not null, "full_name" varchar(200) null, "name_key" varchar(200) null, "date_of_birth" date null, "gender" "gender" null, "ethnicity" varchar(50) null, "commune_id" uuid null, "commune_name" varchar(200) null, "bloc" "bloc" null, "position" "position" null, "professional_level" "professional_level" null, "political_theory_level" "political_theory_level" null, "state_management_level" "state_management_level" null, "phone" varchar(20) null, "email" varchar(254) null, "hardship_area" boolean null, "errors" jsonb not null default '[]', "error_count" int not null default 0, "official_id" uuid null, "action" varchar(10) null, "enrolment" varchar(20) null, "enrol_rank" int null, constraint "official_import_row_pkey" primary key ("import_id", "row_no"));`);
    this.addSql(`alter table "official_import_row" add constraint "official_import_row_import_id_foreign" foreign key ("import_id") references "official_import" ("id") on update cascade on delete cascade;`);

    // The import's matching key (commune + folded name + date of birth), so re-imports find their officials by index.
    this.addSql(`create index "official_import_key_idx" on "official" ("commune_id", "sort_key", "date_of_birth");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "official_import_key_idx";`);
    this.addSql(`drop table if exists "official_import_row" cascade;`);
    this.addSql(`drop table if exists "official_import" cascade;`);
    this.addSql(`drop type "import_status";`);
  }

}
