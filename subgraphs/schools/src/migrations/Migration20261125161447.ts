import { Migration } from '@mikro-orm/migrations';

export class Migration20261125161447 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "qualification" as enum ('NONE', 'FOERDER', 'HAUPT', 'HAUPT_QUALI', 'REAL', 'REAL_QUALI', 'FHR', 'ABITUR');`);
    this.addSql(`create type "orientation_kind" as enum ('POTENZIALANALYSE', 'INTERNSHIP');`);
    this.addSql(`create type "school_type" as enum ('HAUPTSCHULE', 'REALSCHULE', 'MITTELSTUFENSCHULE', 'GYMNASIUM', 'GESAMTSCHULE', 'FOERDERSCHULE', 'BERUFSSCHULE', 'BERUFSFACHSCHULE', 'FOS', 'BERUFLICHES_GYMNASIUM');`);
    this.addSql(`create table "leaver" ("id" serial primary key, "pseudonym" text not null, "school_id" text not null, "cohort_year" smallint not null, "leaving_date" date not null, "qualification" "qualification" not null);`);
    this.addSql(`create index "leaver_pseudonym_index" on "leaver" ("pseudonym");`);
    this.addSql(`create index "leaver_school_id_index" on "leaver" ("school_id");`);
    this.addSql(`create index "leaver_cohort_year_index" on "leaver" ("cohort_year");`);
    this.addSql(`alter table "leaver" add constraint "leaver_pseudonym_cohort_year_unique" unique ("pseudonym", "cohort_year");`);

    this.addSql(`create table "orientation_activity" ("id" text not null, "pseudonym" text not null, "kind" "orientation_kind" not null, "date" date not null, "company_id" text null, "occupation_kldb" text null, "weeks" smallint null, constraint "orientation_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "orientation_activity_pseudonym_index" on "orientation_activity" ("pseudonym");`);

    this.addSql(`create table "school" ("id" text not null, "name" text not null, "type" "school_type" not null, "district_code" text not null, constraint "school_pkey" primary key ("id"));`);
    this.addSql(`create index "school_district_code_index" on "school" ("district_code");`);
  }

}
