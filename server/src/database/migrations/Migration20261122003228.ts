import { Migration } from '@mikro-orm/migrations';

/** Directory search: trigram indexes for diacritics-insensitive LIKE '%word%' on the folded search text. */
export class Migration20261122003228 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create index "official_name_trgm_idx" on "official" using gin ("sort_key" gin_trgm_ops);');
    this.addSql('create index "official_search_trgm_idx" on "official" using gin ("search_text" gin_trgm_ops);');
    this.addSql('create index "official_active_sort_idx" on "official" ("sort_key", "id") where "active";');
    // Narrow enough for index-only counts of any filter combination (the directory shows a total on every page).
    this.addSql(
      'create index "official_filter_cover_idx" on "official" ("active", "bloc", "political_theory_level", "professional_level", "state_management_level", "position", "gender", "hardship_area", "commune_id");',
    );
    this.addSql(`alter table "user" add constraint "user_coordinator_commune_check" check ("role" <> 'COORDINATOR' or "commune_id" is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "user" drop constraint "user_coordinator_commune_check";');
    this.addSql('drop index "official_filter_cover_idx";');
    this.addSql('drop index "official_active_sort_idx";');
    this.addSql('drop index "official_search_trgm_idx";');
    this.addSql('drop index "official_name_trgm_idx";');
  }
}
