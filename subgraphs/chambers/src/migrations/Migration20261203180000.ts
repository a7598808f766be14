import { Migration } from '@mikro-orm/migrations';

export class Migration20261203180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "recognised_occupation" ("kldb" text not null, "title" text not null, "chamber" "chamber" not null, "duration_months" smallint not null, constraint "recognised_occupation_pkey" primary key ("kldb", "title"));`);
    // Until now the register held one occupation per code, the one its title names.
    this.addSql(`insert into "recognised_occupation" ("kldb", "title", "chamber", "duration_months") select "kldb", "title", "chamber", "duration_months" from "occupation";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recognised_occupation" cascade;`);
  }

}
