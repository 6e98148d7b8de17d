#!/usr/bin/env bash
# The master-data benchmark: MasterDataBenchmark (src/test/java/.../bench/) runs in-process
# against the real services on the MariaDB server at 127.0.0.1:3306 (root, no password), in a
# fresh schema console_mdbench_<time> that Liquibase builds with the demo seeds and the benchmark
# fills to 100,000 organisations and 1,000 stations; the schema is dropped at the end.
# Prints the results, appends them to docs/benchmarks.md and writes bench/results/masterdata.json.
#
# Environment: MDBENCH_ORGS (100000), MDBENCH_STATIONS (1000), MDBENCH_IMPORT_ROWS (10000),
# MDBENCH_REPETITIONS (measured loads of each list, 50), MDBENCH_WARMUP (10), RECORD=0 (neither
# append nor write the results file), NOTE (a remark for the record, e.g. "machine busy"),
# DB_PORT (the MariaDB server's port on 127.0.0.1, 3306), OFFLINE=1 (Maven offline).
set -euo pipefail
cd "$(dirname "$0")/.."

record=${RECORD:-1}
db_port=${DB_PORT:-3306}
note=${NOTE:-}
schema="console_mdbench_$(date +%s)"
out=target/mdbench
command_line="bench/run-masterdata.sh"
for v in MDBENCH_ORGS MDBENCH_STATIONS MDBENCH_IMPORT_ROWS MDBENCH_REPETITIONS MDBENCH_WARMUP DB_PORT; do
  [ -z "${!v:-}" ] || command_line="$v=${!v} $command_line"
done
maven_flags=(-q)
[ "${OFFLINE:-0}" != 1 ] || maven_flags+=(-o)

log() { printf '== %s\n' "$*" >&2; }
sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$db_port" -uroot -N -e "$1"; }

if ! mariadb-admin --protocol=tcp -h127.0.0.1 -P"$db_port" -uroot ping >/dev/null 2>&1; then
  echo "No MariaDB server on 127.0.0.1:$db_port for user root without a password" >&2
  exit 1
fi
# The benchmark creates and drops the schema itself; this is for a run that is interrupted.
trap 'sql "DROP DATABASE IF EXISTS \`$schema\`" >/dev/null 2>&1 || true' EXIT

commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- src pom.xml || commit="$commit with uncommitted changes"
rm -rf "$out"
mkdir -p "$out"

log "Benchmark in schema $schema (Maven's output: $out/maven.log)"
if ! MDBENCH_SERVER="jdbc:mariadb://127.0.0.1:$db_port/" MDBENCH_SCHEMA=$schema MDBENCH_OUT=$out MDBENCH_COMMAND="$command_line" MDBENCH_NOTE="$note" \
    MDBENCH_COMMIT="$commit" \
    ./mvnw "${maven_flags[@]}" verify -DskipUnitTests=true -Dit.test=MasterDataBenchmark \
      -Dfailsafe.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true >"$out/maven.log" 2>&1; then
  tail -n 60 "$out/maven.log" >&2
  echo "The benchmark failed; see $out/maven.log" >&2
  exit 1
fi

cat "$out/report.md"
if [ "$record" = 1 ]; then
  mkdir -p bench/results
  cp "$out/masterdata.json" bench/results/masterdata.json
  # Newest record last, above the marker that ends this benchmark's section.
  marker='<!-- master-data results end -->'
  grep -qF "$marker" docs/benchmarks.md || { echo "No '$marker' in docs/benchmarks.md" >&2; exit 1; }
  awk -v marker="$marker" -v report="$out/report.md" '
    index($0, marker) == 1 { while ((getline line < report) > 0) print line; print "" }
    { print }' docs/benchmarks.md >"$out/benchmarks.md"
  mv "$out/benchmarks.md" docs/benchmarks.md
  log "Appended to docs/benchmarks.md; headline numbers in bench/results/masterdata.json"
fi
