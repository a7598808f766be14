import { Migration } from '@mikro-orm/migrations';

export class Migration20261125161718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "chamber" as enum ('IHK', 'HWK');`);
    this.addSql(`create type "termination_reason" as enum ('BY_TRAINEE', 'BY_EMPLOYER', 'MUTUAL', 'OTHER');`);
    this.addSql(`create table "company" ("id" text not null, "name" text not null, "chamber" "chamber" not null, "district_code" text not null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`create index "company_district_code_index" on "company" ("district_code");`);

    this.addSql(`create table "company_occupation" ("company_id" text not null, "occupation_kldb" text not null, constraint "company_occupation_pkey" primary key ("company_id", "occupation_kldb"));`);

    this.addSql(`create table "occupation" ("kldb" text not null, "title" text not null, "chamber" "chamber" not null, "duration_months" smallint not null, constraint "occupation_pkey" primary key ("kldb"));`);

    this.addSql(`create table "training_contract" ("id" text not null, "pseudonym" text not null, "company_id" text not null, "occupation_kldb" text not null, "chamber" "chamber" not null, "start_date" date not null, "planned_end_date" date not null, "terminated_on" date null, "termination_reason" "termination_reason" null, constraint "training_contract_pkey" primary key ("id"));`);
    this.addSql(`create index "training_contract_pseudonym_index" on "training_contract" ("pseudonym");`);
    this.addSql(`create index "training_contract_company_id_index" on "training_contract" ("company_id");`);
    this.addSql(`create index "training_contract_occupation_kldb_index" on "training_contract" ("occupation_kldb");`);
  }

}
