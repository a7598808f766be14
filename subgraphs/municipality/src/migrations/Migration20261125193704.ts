import { Migration } from '@mikro-orm/migrations';

export class Migration20261125193704 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "consent_monitoring_panel_index" on "consent" ("cohort_year", "pseudonym");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "consent_monitoring_panel_index";`);
  }

}
