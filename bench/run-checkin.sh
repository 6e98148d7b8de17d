#!/usr/bin/env bash
# The stations' check-in page (扫码签到, /s/<code>) on Chromium's Slow 3G profile: the bytes
# transferred on a first load (target: at most 150 KB) and the time until it is interactive
# (target: within 2 s), and the same for the check-in and its thank-you page. The production jar
# on the MariaDB server at 127.0.0.1:3306 (root, no password), a fresh schema with the demo data.
# See bench/README.md and docs/benchmarks.md, "The check-in page on Slow 3G".
#
#   bench/run-checkin.sh                 # 5 runs at RS001
#
# Environment: CHECKIN_RUNS (5), CHECKIN_STATION (RS001), CHECKIN_LATENCY_MS (400),
# CHECKIN_KBIT (400, down and up), PORT (18090), STARTUP_TIMEOUT (600 s), REBUILD=1 (rebuild the
# production jar), RECORD=0 (do not append to docs/benchmarks.md), NOTE (a remark for the record).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

runs=${CHECKIN_RUNS:-5}
station=${CHECKIN_STATION:-RS001}
command_line="bench/run-checkin.sh"
for v in CHECKIN_RUNS CHECKIN_STATION CHECKIN_LATENCY_MS CHECKIN_KBIT; do
  [ -z "${!v:-}" ] || command_line="$v=${!v} $command_line"
done

check_prerequisites 1
build
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- src pom.xml || commit="$commit with uncommitted changes"
out=$(mktemp -d)
start_console checkin "$out/console.log"
java -jar "$bench_jar" checkin --base "http://127.0.0.1:$port" --runs "$runs" --station "$station" \
  --latency-ms "${CHECKIN_LATENCY_MS:-400}" --kbit "${CHECKIN_KBIT:-400}" | tee "$out/checkin.txt"
stop_console

if [ "${RECORD:-1}" != 0 ]; then
  {
    printf '\n#### %s%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "${NOTE:+ — $NOTE}"
    printf -- '- Command: `%s`; commit %s\n' "$command_line" "$commit"
    machine_line
    sed -n '/^Slow 3G/,$p' "$out/checkin.txt" | sed '1s/^/- /; 1s/$/\n/'
  } >> docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
