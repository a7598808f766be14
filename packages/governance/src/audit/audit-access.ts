import type { OwnerQuery } from '@kassel-hub/kit';

/**
 * Refuses to serve when the grants cannot hold: the subgraph's role is a superuser, owns the
 * database or its schema (whose owner may drop any table in it), owns the audit trail (a database
 * it owned before, never handed over), may still change or delete entries, or the owner's guard
 * trigger is missing or disabled (the role could then append out of order). Run by the owner
 * after the kit's `grantRuntimeAccess`; a misconfiguration would otherwise pass unnoticed.
 */
export async function assertAuditAppendOnly(query: OwnerQuery, runtimeRole: string): Promise<void> {
  const [row] = await query<{ superuser: boolean; database: boolean; schema: boolean; table: boolean; writable: boolean; guarded: boolean }>(
    `select r.rolsuper as superuser,
            exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_entry_guard' and t.tgenabled = 'O') as guarded,
            d.datdba = r.oid as database,
            pg_has_role(r.oid, n.nspowner, 'MEMBER') as schema,
            c.relowner = r.oid as table,
            has_table_privilege(r.oid, c.oid, 'UPDATE') or has_table_privilege(r.oid, c.oid, 'DELETE') or has_table_privilege(r.oid, c.oid, 'TRUNCATE') as writable
       from pg_roles r, pg_database d, pg_namespace n, pg_class c
      where r.rolname = ? and d.datname = current_database() and n.nspname = 'public' and c.oid = 'public.audit_entry'::regclass`,
    [runtimeRole],
  );
  const handOver = `(hand it over: ALTER DATABASE … OWNER TO <owner> and REASSIGN OWNED BY ${runtimeRole} TO <owner>, as a superuser)`;
  const problem = !row
    ? `the role ${runtimeRole} or the table audit_entry does not exist`
    : row.superuser
      ? `${runtimeRole} is a superuser`
      : row.database || row.schema || row.table
        ? `${runtimeRole} owns the ${row.table ? 'table audit_entry' : row.database ? 'database' : 'schema public'} ${handOver}`
        : row.writable
          ? `${runtimeRole} may still change or delete audit entries`
          : !row.guarded
            ? 'the trigger audit_entry_guard, which keeps entries in order and owner records to the owner, is missing or disabled'
            : null;
  if (problem) throw new Error(`DATABASE_URL's role must only append to the audit trail, but ${problem}`);
}
