#!/usr/bin/env bash
# Event-to-screen latency of the big screen: the production jar on the MariaDB server at
# 127.0.0.1:3306, N synthetic Vaadin push sessions, N STOMP subscribers and 2 real Chromium
# screens, one level after another. See bench/README.md.
#
#   bench/run-latency.sh              # 50, 200 and 500 sessions
#   bench/run-latency.sh 10 20        # other levels
#
# Environment: VISITS (measured visits per level, 150), RATE (visits/s, 5), PROBES (2),
# STOMP (STOMP subscribers per level; default = the level), HOLD (idle seconds before the
# first visit, 0), PORT (18090), STARTUP_TIMEOUT (seconds, 600), REBUILD=1 (rebuild the production jar), RECORD=0 (do not
# append to docs/benchmarks.md), NOTE (a line for the record, e.g. "preliminary").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(50 200 500)
visits=${VISITS:-150}
rate=${RATE:-5}
probes=${PROBES:-2}
hold=${HOLD:-0}
port=${PORT:-18090}
record=${RECORD:-1}
note=${NOTE:-}
command_line=$(echo "bench/run-latency.sh $*" | sed 's/ *$//')
for v in VISITS RATE PROBES STOMP HOLD; do
  [ -z "${!v:-}" ] || command_line="$v=${!v} $command_line"
done

sql() { mariadb --protocol=tcp -h127.0.0.1 -uroot -N -e "$1"; }
log() { printf '== %s\n' "$*" >&2; }

jar_pid=""
schema=""
results=$(mktemp -d /tmp/console-bench.XXXXXX)
stop_jar() {
  if [ -n "$jar_pid" ] && kill -0 "$jar_pid" 2>/dev/null; then
    kill "$jar_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$jar_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$jar_pid" 2>/dev/null || true
  fi
  jar_pid=""
}
drop_schema() {
  [ -z "$schema" ] || sql "DROP DATABASE IF EXISTS \`$schema\`" || true
  schema=""
}
cleanup() { stop_jar; drop_schema; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Prerequisites
command -v mariadb >/dev/null || { echo "needs the mariadb client and a MariaDB server on 127.0.0.1:3306" >&2; exit 1; }
sql "SELECT 1" >/dev/null || { echo "no MariaDB server on 127.0.0.1:3306 (root, no password)" >&2; exit 1; }
if [ "$probes" -gt 0 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  echo "the Chromium probes need Debian's chromium and chromium-driver (or PROBES=0)" >&2; exit 1
fi

# --- The production jar and the load generator
jar=$(ls target/social-work-console-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ -n "$jar" ] && ! unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null | grep -q '"productionMode" *: *true'; then
  log "$jar is not a production build"; jar=""
fi
if [ -z "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  log "Building the production jar"
  ./mvnw -q -B -Pproduction clean package -DskipTests
  jar=$(ls target/social-work-console-*.jar | grep -v -- '-plain' | head -1)
fi
log "Building the load generator"
./mvnw -q -B -f bench/pom.xml package
bench_jar=bench/target/console-bench.jar

for level in "${levels[@]}"; do
  schema="console_bench_$(date +%s)_$level"
  sql "CREATE DATABASE \`$schema\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  log "Level $level: starting the console on schema $schema"
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$schema" SPRING_DATASOURCE_USERNAME=root \
    SPRING_DATASOURCE_PASSWORD= CONSOLE_ADMIN_PASSWORD=bench-only-password \
    java -jar "$jar" --server.port="$port" --spring.liquibase.contexts=demo \
      --console.simulator.enabled=false \
      >"$results/console-$level.log" 2>&1 &
  jar_pid=$!
  up=0
  for _ in $(seq 1 "${STARTUP_TIMEOUT:-600}"); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
    kill -0 "$jar_pid" 2>/dev/null || break
    sleep 1
  done
  [ "$up" = 1 ] || { echo "the console did not come up; its log:" >&2; tail -40 "$results/console-$level.log" >&2; exit 1; }
  ! grep -qi 'simulator on' "$results/console-$level.log" || { echo "the simulator is on" >&2; exit 1; }

  log "Level $level: $level push sessions, ${STOMP:-$level} STOMP subscribers, $probes Chromium probes, $visits visits at $rate/s"
  java -Xss512k -jar "$bench_jar" --base "http://127.0.0.1:$port" --sessions "$level" --stomp "${STOMP:-$level}" \
    --probes "$probes" --visits "$visits" --rate "$rate" --hold "$hold" --server-pid "$jar_pid" \
    --result-file "$results/results.tsv" 2>&1 | tee "$results/bench-$level.log" >&2 \
    || log "Level $level: the generator reported missed visits or failed clients (see above)"
  stop_jar
  drop_schema
done

# --- The table, printed and recorded
touch "$results/results.tsv"
table=$(awk -F'\t' '
  BEGIN {
    print "| sessions | client | samples | missed | p50 ms | p99 ms | max ms |"
    print "|---:|---|---:|---:|---:|---:|---:|"
  }
  $1 == "row" { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8 }
' "$results/results.tsv")
ratios=$(awk -F'\t' '
  BEGIN {
    print "| sessions | push ÷ STOMP p50 | push ÷ STOMP p99 | push p99 ≤ 250 ms | ratios ≤ 3× | server RSS MB | heap used MB | frames per push session |"
    print "|---:|---:|---:|---|---|---:|---:|---:|"
  }
  $1 == "level" { printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9 }
' "$results/results.tsv")
printf '\n%s\n\n%s\n' "$table" "$ratios"

if [ "$record" = 1 ]; then
  {
    printf '\n#### %s%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "${note:+ — $note}"
    printf -- '- Command: `%s`\n' "$command_line"
    printf -- '- Jar: `%s`, commit `%s`\n' "$(basename "$jar")" "$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    printf -- '- Machine: %s cores (`nproc`), %s GiB memory (`free -g`), %s; Java %s\n' "$(nproc)" \
      "$(free -g | awk '/^Mem:/ {print $2}')" "$(uname -sr)" "$(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')"
    printf -- '- The load generator, the Chromium probes, the console and MariaDB all ran on this one machine.\n'
    printf -- '- %s measured visits per level at %s/s after warm-up; load average at the end: %s\n\n' "$visits" "$rate" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%s\n\n%s\n' "$table" "$ratios"
  } >>docs/benchmarks.md
  log "Appended to docs/benchmarks.md"
fi
log "Logs: $results"
