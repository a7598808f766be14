import { Migration } from '@mikro-orm/migrations';

/*
 * The owner's guard (Migration20261203000000_audit_guard) looked up the trail's owner in the
 * catalog for every inserted row; the answer decides only an owner-only record (RETENTION, WITNESS)
 * and the first entry of an empty trail. It is now looked up there only. The rules are unchanged:
 * the same lock, head, link, time and writer checks, in the same order.
 */
const GUARD = `
create or replace function audit_entry_guard() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare
  head record;
  trail_owner name;
begin
  -- The chain lock of appendAudit (AUDIT_LOCK_KEY); re-entrant, so the usual path waits once.
  perform pg_advisory_xact_lock(1801549156);
  select e.id, e.hash, e.at into head from public.audit_entry e order by e.id desc limit 1;
  new.written_by := current_user;
  -- The owner is looked up only where it decides: an owner-only record, or an empty trail.
  if new.action in ('RETENTION', 'WITNESS') or head.id is null then
    trail_owner := (select pg_get_userbyid(relowner) from pg_class where oid = 'public.audit_entry'::regclass);
  end if;
  if new.action in ('RETENTION', 'WITNESS') and current_user <> trail_owner then
    raise exception using errcode = '42501', message = format('only the owner of the audit trail (%s) may write a %s entry', trail_owner, new.action);
  end if;
  if head.id is null then
    -- Empty: a new trail starts at the genesis hash; only the owner's prune may empty it and re-anchor.
    if new.prev_hash <> repeat('0', 64) and current_user <> trail_owner then
      raise exception using errcode = '42501', message = 'the first audit entry must follow the genesis hash';
    end if;
  elsif new.id <= head.id then
    raise exception using errcode = '42501', message = format('audit entry #%s would not be the newest (the head is #%s)', new.id, head.id);
  elsif new.prev_hash <> head.hash then
    raise exception using errcode = '42501', message = format('audit entry #%s does not follow the head #%s', new.id, head.id);
  end if;
  -- The time is the one appendAudit read from this database under the lock (lockChain): not before
  -- the head's, not before this transaction began unless it equals the head's, not in the future.
  if new.at < coalesce(head.at, '-infinity')
     or new.at > greatest(clock_timestamp(), coalesce(head.at, '-infinity'))
     or (new.at < date_trunc('milliseconds', transaction_timestamp()) and new.at is distinct from head.at) then
    raise exception using errcode = '42501', message = format('audit entry #%s does not carry the database''s time', new.id);
  end if;
  return new;
end $$`;

// What the guard migration created, restored on the way down.
const PREVIOUS = `
create or replace function audit_entry_guard() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare
  head record;
  trail_owner name := (select pg_get_userbyid(relowner) from pg_class where oid = 'public.audit_entry'::regclass);
begin
  -- The chain lock of appendAudit (AUDIT_LOCK_KEY); re-entrant, so the usual path waits once.
  perform pg_advisory_xact_lock(1801549156);
  select e.id, e.hash, e.at into head from public.audit_entry e order by e.id desc limit 1;
  new.written_by := current_user;
  if new.action in ('RETENTION', 'WITNESS') and current_user <> trail_owner then
    raise exception using errcode = '42501', message = format('only the owner of the audit trail (%s) may write a %s entry', trail_owner, new.action);
  end if;
  if head.id is null then
    -- Empty: a new trail starts at the genesis hash; only the owner's prune may empty it and re-anchor.
    if new.prev_hash <> repeat('0', 64) and current_user <> trail_owner then
      raise exception using errcode = '42501', message = 'the first audit entry must follow the genesis hash';
    end if;
  elsif new.id <= head.id then
    raise exception using errcode = '42501', message = format('audit entry #%s would not be the newest (the head is #%s)', new.id, head.id);
  elsif new.prev_hash <> head.hash then
    raise exception using errcode = '42501', message = format('audit entry #%s does not follow the head #%s', new.id, head.id);
  end if;
  -- The time is the one appendAudit read from this database under the lock (lockChain): not before
  -- the head's, not before this transaction began unless it equals the head's, not in the future.
  if new.at < coalesce(head.at, '-infinity')
     or new.at > greatest(clock_timestamp(), coalesce(head.at, '-infinity'))
     or (new.at < date_trunc('milliseconds', transaction_timestamp()) and new.at is distinct from head.at) then
    raise exception using errcode = '42501', message = format('audit entry #%s does not carry the database''s time', new.id);
  end if;
  return new;
end $$`;

export class Migration20261203120001_audit_guard_owner extends Migration {
  override async up(): Promise<void> {
    this.addSql(GUARD);
  }

  override async down(): Promise<void> {
    this.addSql(PREVIOUS);
  }
}
