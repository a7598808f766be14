import { Migration } from '@mikro-orm/migrations';

/**
 * The youth-welfare measures now belong to the youth welfare office's own database. Their table is
 * dropped here only once it is empty: `npm run move -- welfare-measures` copies every row to the
 * office, checks that the office holds each one unchanged, and only then deletes it here. While a
 * row is left, this migration fails and the municipality keeps its data (docs/partners.md).
 */
export class Migration20261203160100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`do $$
declare
  left_over bigint;
begin
  if to_regclass('welfare_participation') is not null then
    select count(*) into left_over from "welfare_participation";
    if left_over > 0 then
      raise exception 'welfare_participation still holds % rows that the youth welfare office has not taken over; run npm run move -- welfare-measures first (docs/partners.md)', left_over
        using errcode = 'P0001';
    end if;
  end if;
end $$;`);
    this.addSql(`drop table if exists "welfare_participation";`);
    this.addSql(`drop type if exists "welfare_measure";`);
  }

}
