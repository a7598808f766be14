import { Migration } from '@mikro-orm/migrations';
import { panelDataVersionSql } from '@kassel-hub/governance';

/* The data version the monitoring panel's row cache is keyed by, bumped by every write to the tables the panel read uses. */
export class Migration20261203190000 extends Migration {

  override async up(): Promise<void> {
    for (const sql of panelDataVersionSql(['leaver'])) this.addSql(sql);
  }

}
