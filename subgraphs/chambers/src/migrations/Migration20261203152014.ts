import { Migration } from '@mikro-orm/migrations';

export class Migration20261203152014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "company_occupation" add column "withdrawn_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "company_occupation" drop column "withdrawn_on";`);
  }

}
