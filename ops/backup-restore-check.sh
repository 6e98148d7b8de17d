#!/usr/bin/env bash
# Backs up a console database with mariadb-dump, restores the dump into a scratch database on the
# same server and checks that every table holds the same number of rows in both; then drops the
# scratch database. CI runs it on the database the tests have just filled; operators can run it
# on a copy to try their own backups (docs/OPERATIONS.md).
#
#   ops/backup-restore-check.sh SCHEMA [mariadb client options…]
#   e.g. ops/backup-restore-check.sh console --protocol=tcp -h127.0.0.1 -uroot
set -euo pipefail

schema=${1:?usage: ops/backup-restore-check.sh SCHEMA [mariadb client options…]}
shift
client=("$@")
restored="${schema}_restore_check"
dump=$(mktemp --suffix=.sql)
trap 'rm -f "$dump"; mariadb "${client[@]}" -e "DROP DATABASE IF EXISTS \`$restored\`" >/dev/null 2>&1 || true' EXIT

counts() {
  local db=$1
  mariadb "${client[@]}" -N -B -e "SELECT table_name FROM information_schema.tables
      WHERE table_schema = '$db' AND table_type = 'BASE TABLE' ORDER BY table_name" |
    while read -r table; do
      printf '%s %s\n' "$table" "$(mariadb "${client[@]}" -N -B -e "SELECT COUNT(*) FROM \`$db\`.\`$table\`")"
    done
}

# One consistent snapshot without locking the tables the console writes (InnoDB).
mariadb-dump "${client[@]}" --single-transaction --routines --triggers --events \
  --default-character-set=utf8mb4 "$schema" >"$dump"
echo "backup: $(wc -c <"$dump") bytes from $schema"

mariadb "${client[@]}" -e "DROP DATABASE IF EXISTS \`$restored\`;
  CREATE DATABASE \`$restored\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mariadb "${client[@]}" --default-character-set=utf8mb4 "$restored" <"$dump"

before=$(counts "$schema")
after=$(counts "$restored")
tables=$(printf '%s\n' "$before" | grep -c . || true)
if [ "$tables" -eq 0 ]; then
  echo "backup check: $schema has no tables" >&2
  exit 1
fi
if [ "$before" != "$after" ]; then
  echo "backup check: the restored copy differs from $schema" >&2
  diff <(printf '%s\n' "$before") <(printf '%s\n' "$after") >&2 || true
  exit 1
fi
rows=$(printf '%s\n' "$before" | awk '{ sum += $2 } END { print sum }')
echo "restore: $tables tables, $rows rows, the same counts in $restored as in $schema"
