import { Migration } from '@mikro-orm/migrations';

export class Migration20261125170351 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "applicant" add constraint "applicant_pseudonym_report_year_unique" unique ("pseudonym", "report_year");`);

    this.addSql(`alter table "vacancy" add constraint "vacancy_company_id_occupation_kldb_report_year_unique" unique ("company_id", "occupation_kldb", "report_year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "applicant" drop constraint "applicant_pseudonym_report_year_unique";`);

    this.addSql(`alter table "vacancy" drop constraint "vacancy_company_id_occupation_kldb_report_year_unique";`);
  }

}
