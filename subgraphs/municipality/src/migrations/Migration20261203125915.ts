import { Migration } from '@mikro-orm/migrations';

export class Migration20261203125915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "transition_manager" ("handle" text not null, "school_id" text not null, constraint "transition_manager_pkey" primary key ("handle"));`);
    this.addSql(`create index "transition_manager_school_id_index" on "transition_manager" ("school_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transition_manager" cascade;`);
  }

}
