import { Migration } from '@mikro-orm/migrations';

/*
 * The erweiterter Hauptschulabschluss (§13 HSchG) ranks between the qualifying Hauptschulabschluss and
 * the Realschulabschluss; placed there in the type, so that ordering by qualification stays by level.
 * No down(): PostgreSQL cannot drop an enum value.
 */
export class Migration20261203130822 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "qualification" add value if not exists 'HAUPT_ERWEITERT' after 'HAUPT_QUALI';`);
  }

}
