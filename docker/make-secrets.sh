#!/bin/sh
# Makes the secret files compose mounts (docker/secrets/, never committed): per partner the two
# database passwords, the two database URLs built from them, and the gateway's signing secret.
# Existing files are kept, so running it again changes nothing. Usage: sh docker/make-secrets.sh
set -eu
dir=$(dirname "$0")/secrets
mkdir -p "$dir"
chmod 700 "$dir"
umask 077
random() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n'; }
keep() { [ -s "$dir/$1" ] || printf '%s' "$2" > "$dir/$1"; }
# One partner: partner <name> <database> <owner role> <serving role>.
partner() {
  p=$1 db=$2 owner=$3 role=$4
  keep "$p-db-password" "$(random)"
  keep "$p-owner-db-password" "$(random)"
  keep "$p-signing-secret" "$(random)$(random)"
  keep "$p-database-url" "postgres://$role:$(cat "$dir/$p-db-password")@db-$p:5432/$db"
  keep "$p-owner-database-url" "postgres://$owner:$(cat "$dir/$p-owner-db-password")@db-$p:5432/$db"
}
# >>> generated: partners (npm run generate)
partner municipality municipality municipality_owner municipality
partner schools schools schools_owner schools
partner employment employment employment_owner employment
partner chambers chambers chambers_owner chambers
partner youthwelfare youthwelfare youthwelfare_owner youthwelfare
# <<< generated: partners
echo "secrets in $dir"
