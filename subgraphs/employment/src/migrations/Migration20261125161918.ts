import { Migration } from '@mikro-orm/migrations';

export class Migration20261125161918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "applicant_outcome" as enum ('PLACED', 'ALTERNATIVE', 'UNPLACED', 'UNKNOWN');`);
    this.addSql(`create type "guidance_channel" as enum ('IN_PERSON', 'PHONE', 'VIDEO', 'SCHOOL_CONSULTATION_HOUR');`);
    this.addSql(`create type "labour_market_indicator" as enum ('UNEMPLOYMENT_RATE', 'YOUTH_UNEMPLOYMENT_RATE');`);
    this.addSql(`create type "legal_scope" as enum ('TOTAL', 'SGB_III', 'SGB_II');`);
    this.addSql(`create type "employment_measure" as enum ('BVB', 'EQ', 'ASA_FLEX', 'BUEA');`);
    this.addSql(`create table "applicant" ("id" text not null, "pseudonym" text not null, "report_year" smallint not null, "registered_on" date not null, "target_kldb" text not null, "outcome" "applicant_outcome" not null, constraint "applicant_pkey" primary key ("id"));`);
    this.addSql(`create index "applicant_pseudonym_index" on "applicant" ("pseudonym");`);
    this.addSql(`create index "applicant_report_year_index" on "applicant" ("report_year");`);

    this.addSql(`create table "guidance_contact" ("id" text not null, "pseudonym" text not null, "date" date not null, "channel" "guidance_channel" not null, "wish_kldb" text null, "school_id" text null, "note" text null, constraint "guidance_contact_pkey" primary key ("id"));`);
    this.addSql(`create index "guidance_contact_pseudonym_index" on "guidance_contact" ("pseudonym");`);

    this.addSql(`create table "labour_market_figure" ("id" serial primary key, "period" text not null, "indicator" "labour_market_indicator" not null, "scope" "legal_scope" not null, "value" double precision not null, "source" text not null);`);
    this.addSql(`alter table "labour_market_figure" add constraint "labour_market_figure_period_indicator_scope_unique" unique ("period", "indicator", "scope");`);

    this.addSql(`create table "measure_participation" ("id" text not null, "pseudonym" text not null, "measure" "employment_measure" not null, "start" date not null, "end" date null, constraint "measure_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "measure_participation_pseudonym_index" on "measure_participation" ("pseudonym");`);

    this.addSql(`create table "sgb2_household" ("pseudonym" text not null, constraint "sgb2_household_pkey" primary key ("pseudonym"));`);

    this.addSql(`create table "vacancy" ("id" text not null, "company_id" text not null, "occupation_kldb" text not null, "report_year" smallint not null, "reported_on" date not null, "places" int not null, "filled" int not null, constraint "vacancy_pkey" primary key ("id"));`);
    this.addSql(`create index "vacancy_company_id_index" on "vacancy" ("company_id");`);
    this.addSql(`create index "vacancy_occupation_kldb_index" on "vacancy" ("occupation_kldb");`);
    this.addSql(`create index "vacancy_report_year_index" on "vacancy" ("report_year");`);
  }

}
