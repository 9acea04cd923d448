import { Migration } from '@mikro-orm/migrations';

export class Migration20261122003220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "commune_kind" as enum ('COMMUNE', 'WARD', 'SPECIAL_ZONE');`);
    this.addSql(`create type "gender" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "bloc" as enum ('PARTY', 'FRONT', 'GOVERNMENT', 'MILITARY');`);
    this.addSql(`create type "position" as enum ('PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'PARTY_BUILDING_HEAD', 'PARTY_BUILDING_DEPUTY_HEAD', 'PARTY_OFFICE_CHIEF', 'PARTY_OFFICE_DEPUTY_CHIEF', 'INSPECTION_COMMITTEE_CHAIR', 'INSPECTION_COMMITTEE_VICE_CHAIR', 'PEOPLES_COUNCIL_CHAIR', 'PEOPLES_COUNCIL_VICE_CHAIR', 'PEOPLES_COUNCIL_BOARD_HEAD', 'PEOPLES_COMMITTEE_CHAIR', 'PEOPLES_COMMITTEE_VICE_CHAIR', 'DIVISION_HEAD', 'DIVISION_DEPUTY_HEAD', 'FRONT_CHAIR', 'FRONT_VICE_CHAIR', 'MASS_ORGANISATION_HEAD', 'MASS_ORGANISATION_DEPUTY_HEAD', 'MILITARY_COMMANDER', 'MILITARY_DEPUTY_COMMANDER', 'SPECIALIST');`);
    this.addSql(`create type "professional_level" as enum ('DOCTORATE', 'MASTER', 'BACHELOR', 'COLLEGE_OR_VOCATIONAL', 'ELEMENTARY_OR_NONE');`);
    this.addSql(`create type "political_theory_level" as enum ('ADVANCED', 'INTERMEDIATE', 'ELEMENTARY', 'NONE');`);
    this.addSql(`create type "state_management_level" as enum ('SENIOR_PRINCIPAL_SPECIALIST', 'PRINCIPAL_SPECIALIST', 'SPECIALIST', 'NONE');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'LECTURER', 'TRAINEE', 'COORDINATOR');`);
    this.addSql(`create table "province" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(10) not null, "name" varchar(100) not null, constraint "province_pkey" primary key ("id"));`);
    this.addSql(`alter table "province" add constraint "province_code_unique" unique ("code");`);

    this.addSql(`create table "commune" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(10) not null, "name" varchar(100) not null, "kind" "commune_kind" not null, "province_id" uuid not null, "hardship_area" boolean not null default false, constraint "commune_pkey" primary key ("id"));`);
    this.addSql(`alter table "commune" add constraint "commune_code_unique" unique ("code");`);
    this.addSql(`create index "commune_province_id_name_index" on "commune" ("province_id", "name");`);

    this.addSql(`create table "official" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "full_name" varchar(200) not null, "sort_key" varchar(200) not null, "search_text" text not null, "date_of_birth" date null, "gender" "gender" not null, "ethnicity" varchar(50) not null, "hardship_area" boolean not null default false, "commune_id" uuid not null, "bloc" "bloc" not null, "position" "position" not null, "professional_level" "professional_level" null, "political_theory_level" "political_theory_level" null, "state_management_level" "state_management_level" null, "phone" varchar(20) null, "email" varchar(254) null, "active" boolean not null default true, constraint "official_pkey" primary key ("id"));`);
    this.addSql(`create index "official_sort_idx" on "official" ("sort_key", "id");`);
    this.addSql(`create index "official_commune_sort_idx" on "official" ("commune_id", "sort_key", "id");`);

    this.addSql(`create table "user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "password_hash" varchar(255) not null, "role" "role" not null, "display_name" varchar(200) not null, "commune_id" uuid null, "official_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "user_pkey" primary key ("id"));`);
    this.addSql(`alter table "user" add constraint "user_email_unique" unique ("email");`);
    this.addSql(`alter table "user" add constraint "user_official_id_unique" unique ("official_id");`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "family" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_index" on "refresh_token" ("family");`);

    this.addSql(`alter table "commune" add constraint "commune_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`);

    this.addSql(`alter table "official" add constraint "official_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade;`);

    this.addSql(`alter table "user" add constraint "user_commune_id_foreign" foreign key ("commune_id") references "commune" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "user" add constraint "user_official_id_foreign" foreign key ("official_id") references "official" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`);
  }

}
