import { Migration } from '@mikro-orm/migrations';

export class Migration20261203151641 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "youth_welfare_record" ("id" text not null, "pseudonym" text not null, "recorded_on" date not null, constraint "youth_welfare_record_pkey" primary key ("id"));`);
    this.addSql(`create index "youth_welfare_record_pseudonym_index" on "youth_welfare_record" ("pseudonym");`);
  }

}
