import { Migration } from '@mikro-orm/migrations';

/*
 * ALTERNATIVE splits into the BA's two categories, which the ANR and EQI count differently:
 * ALTERNATIVE_SEARCHING (Bewerber mit Alternative zum 30.09., still searching: extended demand)
 * and OTHER_FORMER (andere ehemalige Bewerber, gave up the search). A stored ALTERNATIVE does not
 * say which; it becomes OTHER_FORMER, the category that adds nothing to the demand, so that no
 * figure claims a search nobody reported. The BA's next delivery of the year corrects it.
 * The type is rebuilt rather than extended: PostgreSQL cannot drop an enum value, and a left-over
 * ALTERNATIVE would let old rows in again.
 */
export class Migration20261203125421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "applicant_outcome" rename to "applicant_outcome_old";`);
    this.addSql(`create type "applicant_outcome" as enum ('PLACED', 'ALTERNATIVE_SEARCHING', 'OTHER_FORMER', 'UNPLACED', 'UNKNOWN');`);
    this.addSql(`alter table "applicant" alter column "outcome" type "applicant_outcome" using (case "outcome"::text when 'ALTERNATIVE' then 'OTHER_FORMER' else "outcome"::text end)::"applicant_outcome";`);
    this.addSql(`drop type "applicant_outcome_old";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter type "applicant_outcome" rename to "applicant_outcome_new";`);
    this.addSql(`create type "applicant_outcome" as enum ('PLACED', 'ALTERNATIVE', 'UNPLACED', 'UNKNOWN');`);
    this.addSql(`alter table "applicant" alter column "outcome" type "applicant_outcome" using (case when "outcome"::text in ('ALTERNATIVE_SEARCHING', 'OTHER_FORMER') then 'ALTERNATIVE' else "outcome"::text end)::"applicant_outcome";`);
    this.addSql(`drop type "applicant_outcome_new";`);
  }

}
