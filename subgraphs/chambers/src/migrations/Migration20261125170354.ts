import { Migration } from '@mikro-orm/migrations';

export class Migration20261125170354 extends Migration {

  override async up(): Promise<void> {
    // Filled before it turns NOT NULL, so that an installation with contracts migrates: until now the
    // contract id was the register number (the generator numbers contracts once).
    this.addSql(`alter table "training_contract" add column "register_number" text null;`);
    this.addSql(`update "training_contract" set "register_number" = "id";`);
    this.addSql(`alter table "training_contract" alter column "register_number" set not null;`);
    this.addSql(`alter table "training_contract" add constraint "training_contract_register_number_unique" unique ("register_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_contract" drop constraint "training_contract_register_number_unique";`);
    this.addSql(`alter table "training_contract" drop column "register_number";`);
  }

}
