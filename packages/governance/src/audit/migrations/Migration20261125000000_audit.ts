import { Migration } from '@mikro-orm/migrations';

/**
 * The owner's audit trail (kit/src/audit), part of every partner's database. Kept byte-for-byte
 * what MikroORM derives from AuditEntry, so that a subgraph's generated migration never touches it.
 */
export class Migration20261125000000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "action" text check ("action" in ('READ', 'CHANGE', 'IMPORT', 'RETENTION')) not null, "user" text not null, "partner" text not null, "roles" text not null, "purpose" text null, "case_ref" text null, "legal_basis" text null, "pseudonym" text null, "fields" text[] not null, "detail" jsonb null, "prev_hash" text not null, "hash" text not null);`,
    );
    // Retention cuts by time; a data subject's request for "who saw my data" looks up by pseudonym.
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_pseudonym_index" on "audit_entry" ("pseudonym");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_hash_unique" unique ("hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }
}
