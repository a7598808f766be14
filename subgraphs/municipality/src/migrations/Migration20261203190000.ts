import { Migration } from '@mikro-orm/migrations';
import { panelDataVersionSql } from '@kassel-hub/governance';

/* The data version the joined monitoring panel is kept by, bumped by every write to the city's tables the join reads. */
export class Migration20261203190000 extends Migration {

  override async up(): Promise<void> {
    for (const sql of panelDataVersionSql(['youth', 'transition_case'])) this.addSql(sql);
  }

}
