#!/bin/sh
# Makes the files the production overlay turns into Kubernetes Secrets (overlays/production/secrets/,
# never committed): per partner the two database passwords, the two database URLs built from them
# (the CloudNativePG read-write service of the partner's namespace) and the signing secret the
# gateway shares with that partner's subgraph, plus the backup store's credentials, which come
# from the environment (BACKUP_ACCESS_KEY_ID, BACKUP_ACCESS_SECRET_KEY). Existing files are kept,
# so running it again changes nothing. Usage: sh deploy/kubernetes/make-secrets.sh
set -eu
dir=$(dirname "$0")/overlays/production/secrets
mkdir -p "$dir"
chmod 700 "$dir"
umask 077
random() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n'; }
keep() { [ -s "$1" ] || printf '%s' "$2" > "$1"; }
if [ ! -s "$dir/backup-access-key-id" ] || [ ! -s "$dir/backup-access-secret-key" ]; then
  : "${BACKUP_ACCESS_KEY_ID:?set BACKUP_ACCESS_KEY_ID (the backup object store's credentials)}"
  : "${BACKUP_ACCESS_SECRET_KEY:?set BACKUP_ACCESS_SECRET_KEY}"
  keep "$dir/backup-access-key-id" "$BACKUP_ACCESS_KEY_ID"
  keep "$dir/backup-access-secret-key" "$BACKUP_ACCESS_SECRET_KEY"
fi
# One partner: partner <name> <database> <owner role> <serving role>.
partner() {
  p=$1 db=$2 owner=$3 role=$4
  mkdir -p "$dir/$p"
  keep "$dir/$p/db-password" "$(random)"
  keep "$dir/$p/owner-db-password" "$(random)"
  keep "$dir/$p/signing-secret" "$(random)$(random)"
  host="db-rw.hub-$p.svc.cluster.local:5432"
  keep "$dir/$p/database-url" "postgres://$role:$(cat "$dir/$p/db-password")@$host/$db"
  keep "$dir/$p/owner-database-url" "postgres://$owner:$(cat "$dir/$p/owner-db-password")@$host/$db"
}
# >>> generated: partners (npm run generate)
partner municipality municipality municipality_owner municipality
partner schools schools schools_owner schools
partner employment employment employment_owner employment
partner chambers chambers chambers_owner chambers
partner youthwelfare youthwelfare youthwelfare_owner youthwelfare
# <<< generated: partners
# The gateway's own small database, for the rate-limit buckets its replicas share.
mkdir -p "$dir/gateway"
keep "$dir/gateway/rate-limit-db-password" "$(random)"
keep "$dir/gateway/rate-limit-database-url" "postgres://gateway:$(cat "$dir/gateway/rate-limit-db-password")@rate-limit-db-rw.hub-gateway.svc.cluster.local:5432/gateway"
echo "secrets in $dir"
