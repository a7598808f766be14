import { Migration } from '@mikro-orm/migrations';

export class Migration20261125161449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "case_outcome" as enum ('APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'DROPPED_OUT', 'MOVED_AWAY', 'OTHER');`);
    this.addSql(`create type "welfare_measure" as enum ('JUGENDWERKSTATT');`);
    this.addSql(`create table "district" ("code" text not null, "name" text not null, "population" int not null, "under25" int not null, "unemployment_rate" double precision not null, "sgb2rate" double precision not null, "foreign_share" double precision not null, "single_parent_share" double precision not null, constraint "district_pkey" primary key ("code"));`);

    this.addSql(`create table "transition_case" ("id" text not null, "pseudonym" text not null, "school_id" text not null, "manager" text not null, "opened_on" date not null, "closed_on" date null, "outcome" "case_outcome" null, constraint "transition_case_pkey" primary key ("id"));`);
    this.addSql(`create index "transition_case_pseudonym_index" on "transition_case" ("pseudonym");`);

    this.addSql(`create table "transition_manager_school" ("school_id" text not null, "managers" smallint not null, constraint "transition_manager_school_pkey" primary key ("school_id"));`);

    this.addSql(`create table "welfare_participation" ("id" text not null, "pseudonym" text not null, "measure" "welfare_measure" not null, "start" date not null, "end" date null, constraint "welfare_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "welfare_participation_pseudonym_index" on "welfare_participation" ("pseudonym");`);

    this.addSql(`create table "youth" ("pseudonym" text not null, "district_code" text null, "registered_on" date not null, constraint "youth_pkey" primary key ("pseudonym"));`);
    this.addSql(`create index "youth_district_code_index" on "youth" ("district_code");`);
  }

}
