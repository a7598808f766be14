import { Migration } from '@mikro-orm/migrations';

export class Migration20261203151641 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "welfare_measure" as enum ('JUGENDWERKSTATT', 'SOCIAL_PEDAGOGICAL_SUPPORT', 'SUPPORTED_YOUTH_HOUSING');`);
    this.addSql(`create table "welfare_participation" ("id" text not null, "pseudonym" text not null, "measure" "welfare_measure" not null, "start" date not null, "end" date null, constraint "welfare_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "welfare_participation_pseudonym_index" on "welfare_participation" ("pseudonym");`);
  }

}
