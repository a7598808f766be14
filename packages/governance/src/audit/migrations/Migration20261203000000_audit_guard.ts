import { Migration } from '@mikro-orm/migrations';

/*
 * The database, not the subgraph, decides where and when an audit entry goes (SECURITY.md, 5).
 *
 * The subgraph's role may INSERT into audit_entry, and sha256 is public: before this migration it
 * could insert an entry chained correctly onto the head with any time, any action (a RETENTION
 * record), or an id below the head's, and verification called the trail intact. The trigger below
 * is the owner's; a role that does not own the table can neither drop nor disable it. It takes the
 * chain lock itself and refuses every row that is not the next link at the database's own time, and
 * the owner-only records (RETENTION, WITNESS) from anyone but the owner. It stamps who wrote each row.
 *
 * The three functions are SECURITY DEFINER so that another partner's witness job (SECURITY.md, 5)
 * can be given EXECUTE on them and nothing else: they answer ids, hashes and times, never content.
 * Changing the content and hash of a row is what the chain detects; the trigger does not recompute
 * hashes (that would mean a second canonical JSON in SQL): a wrong one is a visible break.
 */
const GUARD = `
create function audit_entry_guard() returns trigger language plpgsql set search_path = pg_catalog, public as $$
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

// The newest entry that is not a WITNESS record: witnessing a head that moved only by the other
// partners' own witness rounds would make every round write again, forever, on an idle hub.
const HEAD = `
create function audit_head() returns jsonb language sql stable security definer set search_path = pg_catalog, public as $$
  select jsonb_build_object('id', e.id, 'hash', e.hash, 'at', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    from public.audit_entry e where e.action <> 'WITNESS' order by e.id desc limit 1
$$`;

const LOOKUP = `
create function audit_lookup(ids bigint[]) returns jsonb language sql stable security definer set search_path = pg_catalog, public as $$
  with found as (select e.id, e.hash from public.audit_entry e where e.id = any(ids))
  select jsonb_build_object(
    'firstId', (select min(e.id) from public.audit_entry e),
    -- Only when an id is gone: the search for the newest RETENTION entry may walk back a long way.
    'retainedBefore', case when (select count(*) from found) < (select count(distinct i) from unnest(ids) as i)
                           then (select r.detail->>'olderThan' from public.audit_entry r where r.action = 'RETENTION' order by r.id desc limit 1) end,
    'hashes', coalesce((select jsonb_object_agg(f.id::text, f.hash) from found f), '{}'::jsonb))
$$`;

// A scan of the trail's WITNESS rows (no index of their own, which MikroORM's schema diff would not
// know): run by verify and once per witness round, never on a request.
const WITNESSES = `
create function audit_witnesses() returns jsonb language sql stable security definer set search_path = pg_catalog, public as $$
  select coalesce(jsonb_agg(w order by w->>'partner'), '[]'::jsonb) from (
    select distinct on (e.detail->>'witnessed')
           jsonb_build_object('entryId', e.id, 'at', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                              'partner', e.detail->>'witnessed', 'headId', (e.detail->>'headId')::bigint,
                              'headHash', e.detail->>'headHash', 'headAt', e.detail->>'headAt') as w
      from public.audit_entry e
     where e.action = 'WITNESS' and e.written_by is not null
     order by e.detail->>'witnessed', e.id desc) as newest
$$`;

export class Migration20261203000000_audit_guard extends Migration {
  override async up(): Promise<void> {
    // Null for the entries written before this migration: who wrote them was never recorded.
    this.addSql(`alter table "audit_entry" add column "written_by" text null;`);
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('READ', 'CHANGE', 'IMPORT', 'RETENTION', 'WITNESS'));`);
    this.addSql(GUARD);
    this.addSql(`create trigger audit_entry_guard before insert on audit_entry for each row execute function audit_entry_guard();`);
    for (const fn of [HEAD, LOOKUP, WITNESSES]) this.addSql(fn);
    // Granted by name (grantRuntimeAccess, or the operator for a witness role), not to everyone.
    this.addSql(`revoke execute on function audit_head(), audit_lookup(bigint[]), audit_witnesses() from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists audit_head(), audit_lookup(bigint[]), audit_witnesses();`);
    this.addSql(`drop trigger if exists audit_entry_guard on audit_entry;`);
    this.addSql(`drop function if exists audit_entry_guard();`);
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('READ', 'CHANGE', 'IMPORT', 'RETENTION'));`);
    this.addSql(`alter table "audit_entry" drop column "written_by";`);
  }
}
