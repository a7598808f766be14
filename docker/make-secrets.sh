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
for p in municipality schools employment chambers; do
  keep "$p-db-password" "$(random)"
  keep "$p-owner-db-password" "$(random)"
  keep "$p-signing-secret" "$(random)$(random)"
  keep "$p-database-url" "postgres://$p:$(cat "$dir/$p-db-password")@db-$p:5432/$p"
  keep "$p-owner-database-url" "postgres://${p}_owner:$(cat "$dir/$p-owner-db-password")@db-$p:5432/$p"
done
echo "secrets in $dir"
