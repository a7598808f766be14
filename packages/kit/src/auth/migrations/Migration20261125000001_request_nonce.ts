import { Migration } from '@mikro-orm/migrations';

/**
 * The nonces of signed requests (kit/src/auth/nonce-store.ts), part of every partner's database so
 * that all replicas of a subgraph refuse a replayed request. Kept byte-for-byte what MikroORM
 * derives from RequestNonce, so that a subgraph's generated migration never touches it.
 */
export class Migration20261125000001_request_nonce extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "request_nonce" ("nonce" text not null, "expires_at" timestamptz not null, constraint "request_nonce_pkey" primary key ("nonce"));`);
    // Expiry deletes by time on every claim; without the index each claim would scan the table.
    this.addSql(`create index "request_nonce_expires_at_index" on "request_nonce" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request_nonce" cascade;`);
  }
}
