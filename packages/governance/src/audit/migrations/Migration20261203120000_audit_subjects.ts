import { Migration } from '@mikro-orm/migrations';

/**
 * A request's reads of one field set become one READ entry naming every young person concerned
 * (`pseudonyms`) with each one's legal basis (`legal_bases`), instead of one entry per person. The
 * entries written before keep their shape and their hashes: the new columns are null there, and the
 * hash leaves null arrays out (audit-hash.ts). Kept what MikroORM derives from AuditEntry.
 */
export class Migration20261203120000_audit_subjects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "pseudonyms" text[] null, add column "legal_bases" text[] null;`);
    // "Who saw pseudonym X" stays an index lookup: `pseudonyms @> array[X]` through this index.
    this.addSql(`create index "audit_entry_pseudonyms_index" on "audit_entry" using gin ("pseudonyms");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_entry_pseudonyms_index";`);
    this.addSql(`alter table "audit_entry" drop column "legal_bases", drop column "pseudonyms";`);
  }
}
