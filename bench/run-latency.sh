#!/usr/bin/env bash
# Event-to-screen latency of the big screen alone: the latency part of bench/run-all.sh (the
# production jar on the MariaDB server at 127.0.0.1:3306, N synthetic Vaadin push sessions,
# N STOMP subscribers and 2 real Chromium screens, one level after another). See bench/README.md.
#
#   bench/run-latency.sh              # 50, 200 and 500 sessions
#   bench/run-latency.sh 10 20        # other levels
#
# Environment: VISITS (measured visits per level, 150), RATE (visits/s, 5), PROBES (2),
# STOMP (STOMP subscribers per level; default = the level), HOLD (idle seconds before the
# first visit, 0), PORT (18090), STARTUP_TIMEOUT (seconds, 600), REBUILD=1 (rebuild the
# production jar), RECORD=0 (do not append to docs/benchmarks.md), NOTE (a line for the
# record, e.g. "preliminary"), RESULTS_DIR (bench/results; latest.json there gets the
# latency figures).
set -euo pipefail
cd "$(dirname "$0")/.."
command_line=$(echo "bench/run-latency.sh $*" | sed 's/ *$//')
for v in VISITS RATE PROBES STOMP HOLD; do
  [ -z "${!v:-}" ] || command_line="$v=${!v} $command_line"
done
levels="$*"
LATENCY_LEVELS="${levels:-50 200 500}" COMMAND="$command_line" exec bench/run-all.sh latency
