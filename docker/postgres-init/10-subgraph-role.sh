#!/bin/sh
# Runs once, when the partner's database is created. POSTGRES_USER owns the database and runs the
# migrations (migrate-<partner>), which then grant the subgraph's own login role, made here, the
# partner's tables and the audit trail to append and read only (SECURITY.md, 5). The role's
# password comes from a secret file (SUBGRAPH_PASSWORD_FILE), like the owner's.
set -eu
password=$(cat "$SUBGRAPH_PASSWORD_FILE")
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set role="$SUBGRAPH_ROLE" --set password="$password" --set db="$POSTGRES_DB" <<'SQL'
create role :"role" login password :'password';
revoke connect, temporary on database :"db" from public;
grant connect on database :"db" to :"role";
SQL
