import { Migration } from '@mikro-orm/migrations';

export class Migration20261125165155 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "next_step" as enum ('APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY');`);
    this.addSql(`create table "statutory_objection" ("pseudonym" text not null, "release" text not null, "objected_at" timestamptz not null, "recorded_by" text not null, constraint "statutory_objection_pkey" primary key ("pseudonym", "release"));`);

    this.addSql(`alter table "leaver" add column "next_step" "next_step" null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "statutory_objection" cascade;`);

    this.addSql(`alter table "leaver" drop column "next_step";`);

    this.addSql(`drop type "next_step";`);
  }

}
