#!/usr/bin/env bash
# A wall screen's CPU: one headless Chromium shows the stations' page (/screen?page=stations) of the
# production jar while visits are posted at RATE a second; the CPU of Chromium's processes over
# SECONDS, after WARMUP seconds. See bench/README.md ("cpu").
#
#   bench/run-screen-cpu.sh                      # RATE=2 SECONDS=120 WARMUP=30
#   JAR=/path/to/other.jar bench/run-screen-cpu.sh   # another build, e.g. the one before a change
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
check_prerequisites 1
build
run="bench/results/cpu-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run"
start_console cpu "$run/console.log"
java -jar "$bench_jar" cpu --base "http://127.0.0.1:$port" --stations "$(open_stations)" --rate "${RATE:-2}" \
  --seconds "${SECONDS_MEASURED:-120}" --warmup-seconds "${WARMUP:-30}" | tee "$run/cpu.txt"
