import { Migration } from '@mikro-orm/migrations';

export class Migration20261125163334 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "data_category" as enum ('RESIDENCE', 'CASE_WORK', 'SCHOOL_CAREER', 'GUIDANCE', 'APPLICATIONS', 'BENEFITS', 'TRAINING');`);
    this.addSql(`create type "consent_giver" as enum ('YOUNG_PERSON', 'GUARDIAN');`);
    this.addSql(`create table "consent" ("id" uuid not null, "pseudonym" text not null, "purpose" text not null, "recipients" text[] not null, "categories" "data_category"[] not null, "valid_from" date not null, "valid_until" date not null, "given_by" "consent_giver" not null, "age_at_consent" smallint not null, "recorded_at" timestamptz not null, "recorded_by" text not null, "withdrawn_at" timestamptz null, "withdrawn_by" text null, constraint "consent_pkey" primary key ("id"));`);
    this.addSql(`create index "consent_pseudonym_index" on "consent" ("pseudonym");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent" cascade;`);

    this.addSql(`drop type "data_category";`);
    this.addSql(`drop type "consent_giver";`);
  }

}
