import { Migration } from '@mikro-orm/migrations';

export class Migration20261125170348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "leaving_class_entry" ("id" serial primary key, "pseudonym" text not null, "school_id" text not null, "cohort_year" smallint not null, "expected_leaving_date" date not null);`);
    this.addSql(`create index "leaving_class_entry_pseudonym_index" on "leaving_class_entry" ("pseudonym");`);
    this.addSql(`alter table "leaving_class_entry" add constraint "leaving_class_entry_pseudonym_cohort_year_unique" unique ("pseudonym", "cohort_year");`);
    // An installation seeded before the leaving-class list existed gets the entries the seeder now
    // writes: every leaver was on a list, expected to leave the day they left.
    this.addSql(`insert into "leaving_class_entry" ("pseudonym", "school_id", "cohort_year", "expected_leaving_date") select "pseudonym", "school_id", "cohort_year", "leaving_date" from "leaver";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leaving_class_entry" cascade;`);
  }

}
