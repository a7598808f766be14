import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "consent" add column "cohort_year" smallint null;`);

    this.addSql(`alter table "youth" add column "sex" text null, add column "nationality_group" text null, add column "birth_year" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consent" drop column "cohort_year";`);

    this.addSql(`alter table "youth" drop column "sex", drop column "nationality_group", drop column "birth_year";`);
  }

}
