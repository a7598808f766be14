#!/bin/sh
# Runs once, when the partner's database is created. POSTGRES_USER owns the database and runs the
# migrations (the subgraph's OWNER_DATABASE_URL), which then grant the subgraph's own login role,
# made here, the partner's tables and the audit trail to append and read only (SECURITY.md, 5).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set role="$SUBGRAPH_ROLE" --set password="$SUBGRAPH_PASSWORD" --set db="$POSTGRES_DB" <<'SQL'
create role :"role" login password :'password';
revoke connect, temporary on database :"db" from public;
grant connect on database :"db" to :"role";
SQL
