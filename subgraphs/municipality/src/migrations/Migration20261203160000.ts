import { Migration } from '@mikro-orm/migrations';

/**
 * The youth welfare office's category YOUTH_WELFARE_MEASURES. The type is made anew instead of
 * `alter type … add value`: migrations run in one transaction, and PostgreSQL refuses a value
 * added in the same transaction to the update below.
 *
 * Consents that released CASE_WORK released the youth-welfare measures with it (the consent form
 * named them under case work), so they go on releasing them under the new category: the move
 * neither widens nor narrows what a young person agreed to. The office's own rule may narrow it
 * further (purposes, see docs/partners.md).
 */
export class Migration20261203160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "data_category" rename to "data_category_before_youth_welfare";`);
    this.addSql(`create type "data_category" as enum ('RESIDENCE', 'CASE_WORK', 'YOUTH_WELFARE_MEASURES', 'SCHOOL_CAREER', 'GUIDANCE', 'APPLICATIONS', 'BENEFITS', 'TRAINING');`);
    this.addSql(`alter table "consent" alter column "categories" type "data_category"[] using "categories"::text[]::"data_category"[];`);
    this.addSql(`drop type "data_category_before_youth_welfare";`);
    this.addSql(`update "consent" set "categories" = array_append("categories", 'YOUTH_WELFARE_MEASURES') where 'CASE_WORK' = any("categories") and not 'YOUTH_WELFARE_MEASURES' = any("categories");`);
  }

}
