#!/usr/bin/env bash
# The big screen's benchmarks, on the production jar and the MariaDB server at 127.0.0.1:3306
# (root, no password), each part on a console of its own with a fresh schema. Writes the
# headline figures to bench/results/latest.json and appends the tables to docs/benchmarks.md.
# See bench/README.md.
#
#   bench/run-all.sh                    # every part: latency heap ingest jsheap capacity
#   bench/run-all.sh heap ingest        # some parts (their figures replace those in latest.json)
#
# Parts and their settings (environment):
#   latency   LATENCY_LEVELS ("50 200 500"), VISITS (150), RATE (5), PROBES (2), STOMP (= the level), HOLD (0)
#   heap      HEAP_LEVELS ("100 500"), HEAP_HEARTBEAT (10 s), HEAP_SWEEP_MS (5000)
#   ingest    INGEST_SECONDS (30), INGEST_WARMUP (60), INGEST_THREADS (8), INGEST_BATCH_THREADS (4),
#             INGEST_BATCH_SIZE (1000), INGEST_MODES ("single,batch"), INGEST_RATE_LIMIT ("": the default, raised and said so if it refused
#             requests; "default": never raised; a number: requests/s per key from the start)
#   jsheap    JSHEAP_MINUTES (30), JSHEAP_SAMPLE_SECONDS (300), JSHEAP_WARMUP (60 s)
#   capacity  CAPACITY_STEP (250), CAPACITY_START (the step), CAPACITY_CAP (2000), CAPACITY_PROBES (0),
#             CAPACITY_VISITS (= VISITS); STOMP and RATE as for latency
# All: PORT (18090), STARTUP_TIMEOUT (600 s), REBUILD=1 (rebuild the production jar), RECORD=0 (do not
# append to docs/benchmarks.md), NOTE (a remark for the record), RESULTS_DIR (bench/results),
# CONSOLE_JAVA_OPTS (JVM options for the console, e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

all_parts=(latency heap ingest jsheap capacity)
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=("${all_parts[@]}")
for p in "${parts[@]}"; do
  [[ " ${all_parts[*]} " == *" $p "* ]] || { echo "unknown part '$p'; the parts: ${all_parts[*]}" >&2; exit 64; }
done
runs() { [[ " ${parts[*]} " == *" $1 "* ]]; }

visits=${VISITS:-150}
rate=${RATE:-5}
probes=${PROBES:-2}
hold=${HOLD:-0}
record=${RECORD:-1}
note=${NOTE:-}
results_dir=${RESULTS_DIR:-bench/results}
# the command as given, with the settings that were set (bench/run-latency.sh passes its own)
command_line=${COMMAND:-}
if [ -z "$command_line" ]; then
  command_line=$(echo "bench/run-all.sh $*" | sed 's/ *$//')
  for v in LATENCY_LEVELS VISITS RATE PROBES STOMP HOLD HEAP_LEVELS HEAP_HEARTBEAT HEAP_SWEEP_MS INGEST_SECONDS \
    INGEST_WARMUP INGEST_THREADS INGEST_BATCH_THREADS INGEST_BATCH_SIZE INGEST_MODES INGEST_RATE_LIMIT JSHEAP_MINUTES \
    JSHEAP_SAMPLE_SECONDS JSHEAP_WARMUP CAPACITY_STEP CAPACITY_START CAPACITY_CAP CAPACITY_PROBES CAPACITY_VISITS; do
    case "${!v:-}" in
      "") ;;
      *" "*) command_line="$v=\"${!v}\" $command_line" ;;
      *) command_line="$v=${!v} $command_line" ;;
    esac
  done
fi

# the commit the jar and the generator are built from: taken before the build, not at the end,
# so that a commit made while a long run goes on is not named for it
commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
if [ -n "$(git status --porcelain -- src frontend seeds pom.xml bench/src bench/pom.xml 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes to the code)"
fi

needs_chromium=0
if runs jsheap || { runs latency && [ "$probes" -gt 0 ]; } || { runs capacity && [ "${CAPACITY_PROBES:-0}" -gt 0 ]; }; then
  needs_chromium=1
fi
check_prerequisites "$needs_chromium"
build
mkdir -p "$results_dir"
run="$results_dir/run-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$run"
log "Parts: ${parts[*]}; results and logs in $run"

# latency_level LEVEL TSV PROBES VISITS: one level on a console of its own.
latency_level() {
  local level=$1 tsv=$2 level_probes=$3 level_visits=$4
  start_console "level$level" "$run/console-$level.log"
  log "Level $level: $level push sessions, ${STOMP:-$level} STOMP subscribers, $level_probes Chromium probes, $level_visits visits at $rate/s"
  java -Xss512k -jar "$bench_jar" latency --base "http://127.0.0.1:$port" --sessions "$level" --stomp "${STOMP:-$level}" \
    --probes "$level_probes" --visits "$level_visits" --rate "$rate" --hold "$hold" --server-pid "$jar_pid" \
    --result-file "$tsv" 2>&1 | tee "$run/bench-$level.log" >&2 \
    || log "Level $level: the generator reported missed visits or failed clients (see above)"
  stop_console
}

# --- 1. Event-to-screen latency
if runs latency; then
  read -r -a levels <<<"${LATENCY_LEVELS:-50 200 500}"
  for level in "${levels[@]}"; do
    latency_level "$level" "$run/latency.tsv" "$probes" "$visits"
  done
fi

# --- 2. Live heap per open big screen
if runs heap; then
  heartbeat=${HEAP_HEARTBEAT:-10}
  sweep_ms=${HEAP_SWEEP_MS:-5000}
  start_console heap "$run/console-heap.log" --vaadin.heartbeatInterval="$heartbeat" \
    --console.dashboard.abandoned-screen-check-ms="$sweep_ms"
  java -Xss512k -jar "$bench_jar" heap --base "http://127.0.0.1:$port" --server-pid "$jar_pid" \
    --levels "$(echo "${HEAP_LEVELS:-100 500}" | tr ' ' ',')" --sweep-seconds $(( (sweep_ms + 999) / 1000 )) \
    --json-out "$run/heap.json" 2>&1 | tee "$run/bench-heap.log" >&2 \
    || log "Heap: the screens did not all survive, or the server did not return to its baseline (see above)"
  stop_console
fi

# --- 3. Ingestion throughput
ingest_once() { # ingest_once RATE_LIMIT_TEXT [console arguments...]
  local limit_text=$1
  shift
  start_console ingest "$run/console-ingest.log" "$@"
  local stations
  stations=$(open_stations)
  log "Ingestion over $(echo "$stations" | tr ',' '\n' | wc -l) open stations, rate limit $limit_text"
  java -jar "$bench_jar" ingest --base "http://127.0.0.1:$port" --stations "$stations" --schema "$schema" \
    --seconds "${INGEST_SECONDS:-30}" --warmup-seconds "${INGEST_WARMUP:-60}" --threads "${INGEST_THREADS:-8}" \
    --batch-threads "${INGEST_BATCH_THREADS:-4}" --batch-size "${INGEST_BATCH_SIZE:-1000}" --modes "${INGEST_MODES:-single,batch}" \
    --rate-limit "$limit_text" --json-out "$run/ingest.json" 2>&1 | tee -a "$run/bench-ingest.log" >&2 \
    || log "Ingestion: failed requests, a replay that stored, or a database count unlike the reported one (see above)"
  stop_console
}
if runs ingest; then
  default_limit="the console's default (20 requests/s and 20 visits/s per station, bursts 40 and 5000)"
  case "${INGEST_RATE_LIMIT:-}" in
    "" | default)
      ingest_once "$default_limit"
      if [ -z "${INGEST_RATE_LIMIT:-}" ] && grep -Eq '"rateLimited" : [1-9]' "$run/ingest.json" 2>/dev/null; then
        refused=$(grep -Eo '"rateLimited" : [0-9]+' "$run/ingest.json" | awk '{ n += $3 } END { print n }')
        log "Ingestion: the default rate limit refused $refused requests, so it bounded the figure; measuring again with a raised limit"
        mv "$run/ingest.json" "$run/ingest-default-limit.json"
        ingest_once "RAISED to 10000 requests/s and visits/s per station (bursts 20000): with the default (20/s, bursts 40 and 5000) $refused requests were refused" \
          --console.api.rate-limit.per-second=10000 --console.api.rate-limit.burst=20000 \
          --console.api.visit-allowance.per-second=10000 --console.api.visit-allowance.burst=20000
      fi
      ;;
    *)
      ingest_once "SET to $INGEST_RATE_LIMIT requests/s and visits/s per station (bursts $((INGEST_RATE_LIMIT * 2)), visits at least 1000) by INGEST_RATE_LIMIT; the default is 20/s, bursts 40 and 5000" \
        --console.api.rate-limit.per-second="$INGEST_RATE_LIMIT" --console.api.rate-limit.burst=$((INGEST_RATE_LIMIT * 2)) \
        --console.api.visit-allowance.per-second="$INGEST_RATE_LIMIT" \
        --console.api.visit-allowance.burst=$(( INGEST_RATE_LIMIT * 2 > 1000 ? INGEST_RATE_LIMIT * 2 : 1000 ))
      ;;
  esac
fi

# --- 4. Browser JS heap over a long run
if runs jsheap; then
  start_console jsheap "$run/console-jsheap.log"
  java -jar "$bench_jar" jsheap --base "http://127.0.0.1:$port" --stations "$(open_stations)" --minutes "${JSHEAP_MINUTES:-30}" \
    --sample-seconds "${JSHEAP_SAMPLE_SECONDS:-300}" --warmup-seconds "${JSHEAP_WARMUP:-60}" \
    --json-out "$run/jsheap.json" 2>&1 | tee "$run/bench-jsheap.log" >&2 \
    || log "JS heap: the page reloaded, the screen fell behind, or visits failed (see above)"
  stop_console
fi

# --- 5. Sessions held before push p99 passes 1 s
level_holds() { # level_holds LEVEL TSV: push p99 ≤ 1000 ms, nothing missed, no client failed
  awk -F'\t' -v l="$1" '
    $1 == "row" && $2 == l && $3 ~ /^Vaadin push/ { p99 = $7; missed = $5; seen = 1 }
    $1 == "level" && $2 == l { failures = $10; done = 1 }
    END { exit !(seen && done && p99 ~ /^[0-9.]+$/ && p99 + 0 <= 1000 && missed == 0 && failures + 0 == 0) }
  ' "$2"
}
if runs capacity; then
  step=${CAPACITY_STEP:-250}
  level=${CAPACITY_START:-$step}
  cap=${CAPACITY_CAP:-2000}
  touch "$run/capacity.tsv"
  while [ "$level" -le "$cap" ]; do
    latency_level "$level" "$run/capacity.tsv" "${CAPACITY_PROBES:-0}" "${CAPACITY_VISITS:-$visits}"
    if ! level_holds "$level" "$run/capacity.tsv"; then
      log "Capacity: $level sessions did not hold (push p99 over 1 s, missed visits or failed clients)"
      break
    fi
    level=$((level + step))
  done
fi

# --- The figures, the tables and the record
java -jar "$bench_jar" summary --dir "$run" --latest "$results_dir/latest.json" --commit "$commit" \
  --command "$command_line" --markdown-out "$run/summary.md" >/dev/null
latency_tables=""
if [ -s "$run/latency.tsv" ]; then
  latency_tables=$(awk -F'\t' '
    BEGIN {
      print "| sessions | client | samples | missed | p50 ms | p99 ms | max ms |"
      print "|---:|---|---:|---:|---:|---:|---:|"
    }
    $1 == "row" { printf "| %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8 }
  ' "$run/latency.tsv")
  latency_tables="$latency_tables

$(awk -F'\t' '
    BEGIN {
      print "| sessions | push ÷ STOMP p50 | push ÷ STOMP p99 | push p99 ≤ 250 ms | ratios ≤ 3× | server RSS MB | heap used MB | frames per push session |"
      print "|---:|---:|---:|---|---|---:|---:|---:|"
    }
    $1 == "level" { printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9 }
  ' "$run/latency.tsv")"
fi
printf '\n%s\n\n%s\n' "$latency_tables" "$(cat "$run/summary.md")"
log "Headline figures: $results_dir/latest.json"

if [ "$record" = 1 ]; then
  {
    printf '\n#### %s%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "${note:+ — $note}"
    printf -- '- Command: `%s`%s\n' "$command_line" "$([ "$port" = 18090 ] || echo " (with \`PORT=$port\`)")"
    printf -- '- Parts: %s\n' "${parts[*]}"
    printf -- '- Jar: `%s`, commit `%s`\n' "$(basename "$jar")" "$commit"
    machine_line
    printf -- '- The load generator, the Chromium screens, the console and MariaDB all ran on this one machine; load average at the end: %s\n' \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
    runs latency && printf -- '- Latency: %s measured visits per level at %s/s after warm-up\n' "$visits" "$rate"
    printf '\n'
    [ -z "$latency_tables" ] || printf '%s\n\n' "$latency_tables"
    cat "$run/summary.md"
  } >>docs/benchmarks.md
  log "Appended to docs/benchmarks.md"
fi
log "Logs: $run"
