# Shared by bench/run-all.sh and bench/run-latency.sh: the prerequisites, the build, and a
# console on a fresh MariaDB schema. Sourced, not run.

sql() { mariadb --protocol=tcp -h127.0.0.1 -uroot -N -e "$1"; }
log() { printf '== %s\n' "$*" >&2; }

port=${PORT:-18090}
jar=""
bench_jar=bench/target/console-bench.jar
jar_pid=""
schema=""

stop_console() {
  if [ -n "$jar_pid" ] && kill -0 "$jar_pid" 2>/dev/null; then
    kill "$jar_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$jar_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$jar_pid" 2>/dev/null || true
  fi
  jar_pid=""
  [ -z "$schema" ] || sql "DROP DATABASE IF EXISTS \`$schema\`" || true
  schema=""
}
trap stop_console EXIT
trap 'exit 130' INT TERM

# check_prerequisites NEEDS_CHROMIUM(0/1)
check_prerequisites() {
  command -v mariadb >/dev/null || { echo "needs the mariadb client and a MariaDB server on 127.0.0.1:3306" >&2; exit 1; }
  sql "SELECT 1" >/dev/null || { echo "no MariaDB server on 127.0.0.1:3306 (root, no password)" >&2; exit 1; }
  command -v jcmd >/dev/null || { echo "needs jcmd (part of the JDK)" >&2; exit 1; }
  if [ "$1" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
    echo "the Chromium parts need Debian's chromium and chromium-driver (or PROBES=0 and no jsheap part)" >&2; exit 1
  fi
  if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    echo "something already listens on port $port; choose another with PORT=" >&2; exit 1
  fi
}

# build: the production jar (if target/ has none, or REBUILD=1; JAR=path takes that jar instead, e.g.
# one built from the commit before a change) and the load generator.
build() {
  if [ -n "${JAR:-}" ]; then
    jar=$JAR
    log "Using $jar"
    ./mvnw -q -B -f bench/pom.xml package
    return
  fi
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
}

# start_console LABEL LOGFILE [extra console arguments...]: a fresh schema with the demo data,
# the simulator off; sets jar_pid and schema.
start_console() {
  local label=$1 logfile=$2
  shift 2
  schema="console_bench_$(date +%s)_$label"
  sql "CREATE DATABASE \`$schema\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  log "$label: starting the console on schema $schema${*:+ with $*}"
  SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$schema" SPRING_DATASOURCE_USERNAME=root \
    SPRING_DATASOURCE_PASSWORD= CONSOLE_ADMIN_PASSWORD=bench-only-password-1 \
    java ${CONSOLE_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --spring.liquibase.contexts=demo --console.demo.allow-in-production=true \
      --console.simulator.enabled=false --console.security.display-session.max-per-token=100000 "$@" \
      >"$logfile" 2>&1 &
  jar_pid=$!
  local up=0
  for _ in $(seq 1 "${STARTUP_TIMEOUT:-600}"); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=1; break; fi
    kill -0 "$jar_pid" 2>/dev/null || break
    sleep 1
  done
  [ "$up" = 1 ] || { echo "the console did not come up; its log:" >&2; tail -40 "$logfile" >&2; exit 1; }
  ! grep -qi 'simulator on' "$logfile" || { echo "the simulator is on" >&2; exit 1; }
}

# open_stations: the codes of the stations that accept visits, in the running console's schema.
open_stations() {
  sql "SELECT code FROM \`$schema\`.rider_station WHERE status = 'OPEN' ORDER BY code" | paste -sd, -
}

machine_line() {
  printf -- '- Machine: %s cores (`nproc`), %s GiB memory (`free -g`), %s; Java %s\n' "$(nproc)" \
    "$(free -g | awk '/^Mem:/ {print $2}')" "$(uname -sr)" "$(java -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')"
}
