#!/usr/bin/env bash
# Start-up benchmark: how long Payara Micro takes to serve Relais, and how much memory it holds
# then, compared with a minimal "hello" WAR on the same server (benchmarks/hello); also measured,
# "shell" (benchmarks/shell): the Jakarta EE containers Relais uses (CDI, JPA on a JTA data
# source, JAX-RS, Jakarta Security) with no application in them, to show what they alone take.
#
#   benchmarks/startup.sh                 # from the repository root; RUNS=3 by default
#   RUNS=5 benchmarks/startup.sh
#   SKIP_BUILD=true benchmarks/startup.sh # reuse target/relais.war and the two baselines' WARs
#   JVM_OPTS= benchmarks/startup.sh       # the JVM's defaults (JIT, collector) instead of the run command's options
#   DEPLOY_FORM=war benchmarks/startup.sh # deploy the .war files instead of their exploded directories
#
# The build rewrites target/: do not run it while another Maven build works in the same tree.
#
# For each run and each WAR: a fresh temporary directory, then
#   java -Xmx512m $JVM_OPTS -jar payara-micro.jar --deploy <app> --contextroot / --port <free port> --nocluster
# where <app> is the WAR's exploded directory, as the run command deploys it (pom.xml, profile
# "run": Payara then neither copies nor unpacks the archive), or the .war file with DEPLOY_FORM=war.
# (Relais also gets -Drelais.data-dir=<fresh dir> -Drelais.demo=true, so it migrates its H2
# database and loads the demo content, as on a first start; then Relais is started a second time on
# the same data directory, as after Ctrl-C and the run command again: the database is migrated
# already and the demo content is not loaded twice). Measured: the wall time from the
# process start to the first HTTP 200 on / (polled every 100 ms, at most STARTUP_TIMEOUT=180 s),
# the resident memory (VmRSS) of the java process right after that first 200, and the CPU time it
# had used by then (user + system; less sensitive than wall time to other work on the machine).
# JVM_OPTS defaults to the options the run command (pom.xml, profile "run") gives the JVM beyond
# its heap, and applies to both WARs alike. The server is
# then stopped and the directory deleted. Runs alternate hello / Relais so that a busy moment of
# the machine does not fall on one side only; the medians are appended to benchmarks/results.md.
# The script only talks to 127.0.0.1 (Payara Micro has no bind-address option: during a run it
# listens on all interfaces, as does its embedded Hazelcast, which starts even with --nocluster but
# joins nothing). A server still running when the script ends, however it ends, is stopped.
set -euo pipefail
export LC_ALL=C  # decimal points in $EPOCHREALTIME, awk and sort

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${RUNS:-3}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-180}"
SKIP_BUILD="${SKIP_BUILD:-false}"
JAVA="${JAVA:-java}"
PAYARA_VERSION="6.2025.10"
PAYARA_JAR="${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}"
RELAIS_WAR="$ROOT/target/relais.war"
HELLO_WAR="$ROOT/benchmarks/hello/target/hello.war"
SHELL_WAR="$ROOT/benchmarks/shell/target/shell.war"
RESULTS="$ROOT/benchmarks/results.md"
DEPLOY_FORM="${DEPLOY_FORM:-exploded}"
HEAP="-Xmx512m"
JVM_OPTS="${JVM_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
CLOCK_TICKS="$(getconf CLK_TCK)"

if ! [[ "$RUNS" =~ ^[1-9][0-9]?$ ]]; then
  echo "RUNS must be a number between 1 and 99 (got '$RUNS')" >&2
  exit 2
fi
if [[ "$DEPLOY_FORM" != exploded && "$DEPLOY_FORM" != war ]]; then
  echo "DEPLOY_FORM must be exploded or war (got '$DEPLOY_FORM')" >&2
  exit 2
fi
if ! [[ "$STARTUP_TIMEOUT" =~ ^[1-9][0-9]{0,3}$ ]]; then
  echo "STARTUP_TIMEOUT must be a number of seconds (got '$STARTUP_TIMEOUT')" >&2
  exit 2
fi
for tool in curl awk mvn "$JAVA"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed" >&2; exit 2; }
done

# --- clean-up of whatever is running when the script ends (normally or not) -------------------
SERVER_PID=""
RUN_DIR=""
DATA_DIR=""  # Relais's data directory, kept from its first start to its restart
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
  if [[ -n "$RUN_DIR" && -d "$RUN_DIR" ]]; then rm -rf "$RUN_DIR"; fi
  RUN_DIR=""
}
cleanup_all() {
  cleanup
  if [[ -n "$DATA_DIR" && -d "$DATA_DIR" ]]; then rm -rf "$DATA_DIR"; fi
  DATA_DIR=""
}
trap cleanup_all EXIT
trap 'exit 130' INT TERM

log() { printf '[startup.sh] %s\n' "$*" >&2; }

# --- build ---------------------------------------------------------------------------------------
if [[ "$SKIP_BUILD" != "true" ]]; then
  # The format check (Spotless) is skipped: it says nothing about start-up and belongs to the
  # test build; a pending formatting fix must not stop a measurement.
  log "building target/relais.war"
  mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true package
  log "building benchmarks/hello/target/hello.war"
  (cd benchmarks/hello && mvn -B -q -Dstyle.color=never -DskipTests package)
  log "building benchmarks/shell/target/shell.war"
  (cd benchmarks/shell && mvn -B -q -Dstyle.color=never -DskipTests package)
fi
for war in "$RELAIS_WAR" "$HELLO_WAR" "$SHELL_WAR"; do
  [[ -f "$war" ]] || { echo "missing $war (run without SKIP_BUILD=true)" >&2; exit 1; }
  [[ -d "${war%.war}" ]] || { echo "missing ${war%.war}/ (run without SKIP_BUILD=true)" >&2; exit 1; }
done
# What --deploy gets: the exploded directory the WAR plugin leaves beside each .war, or the .war.
deployed() { if [[ "$DEPLOY_FORM" == war ]]; then echo "$1"; else echo "${1%.war}"; fi; }
if [[ ! -f "$PAYARA_JAR" ]]; then
  log "fetching Payara Micro $PAYARA_VERSION into the local Maven repository"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
    -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
fi

# --- helpers -------------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2
  return 1
}

load1() { cut -d' ' -f1 /proc/loadavg; }

MAX_LOAD="$(load1)"
note_load() {
  MAX_LOAD="$(awk -v a="$MAX_LOAD" -v b="$(load1)" 'BEGIN { print (b > a) ? b : a }')"
}

# median of the numbers given as arguments
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure <name> <war> [relais <data dir>]: sets MEASURED_TIME (s) and MEASURED_RSS (MB); runs in this shell
# (not in a subshell) so that the EXIT trap knows the server to stop.
MEASURED_TIME=""
MEASURED_RSS=""
MEASURED_CPU=""
measure() {
  local name="$1" war="$2" kind="${3:-}" data_dir="${4:-}"
  local port t0 t1="" code rss_kb="" cpu_ticks=""
  local jvm_opts=("$HEAP") extra_opts=()
  read -ra extra_opts <<<"$JVM_OPTS"
  jvm_opts+=("${extra_opts[@]}")
  RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/relais-startup.XXXXXX")"
  if [[ "$kind" == relais ]]; then
    jvm_opts+=("-Drelais.data-dir=$data_dir" "-Drelais.demo=true")
  fi
  port="$(free_port)"
  t0="$EPOCHREALTIME"
  "$JAVA" "${jvm_opts[@]}" -jar "$PAYARA_JAR" \
    --deploy "$war" --contextroot / --port "$port" --nocluster \
    --rootdir "$RUN_DIR/payara" >"$RUN_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 $(( STARTUP_TIMEOUT * 10 ))); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)"
    if [[ "$code" == "200" ]]; then
      t1="$EPOCHREALTIME"
      rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")"
      cpu_ticks="$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")"
      break
    fi
    sleep 0.1
  done
  if [[ -z "$t1" ]]; then
    log "$name did not answer 200 on / within ${STARTUP_TIMEOUT}s; end of its log:"
    tail -n 40 "$RUN_DIR/server.log" >&2 || true
    cleanup
    return 1
  fi
  cleanup
  MEASURED_TIME="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
  MEASURED_RSS="$(awk -v r="$rss_kb" 'BEGIN { printf "%.0f", r / 1024 }')"
  MEASURED_CPU="$(awk -v t="$cpu_ticks" -v hz="$CLOCK_TICKS" 'BEGIN { printf "%.1f", t / hz }')"
}

# --- runs ----------------------------------------------------------------------------------------
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
hello_times=(); hello_rss=(); relais_times=(); relais_rss=(); hello_cpu=(); relais_cpu=()
restart_times=(); restart_rss=(); restart_cpu=()
shell_times=(); shell_rss=(); shell_cpu=()
for run in $(seq 1 "$RUNS"); do
  note_load
  measure hello "$(deployed "$HELLO_WAR")" || exit 1
  hello_times+=("$MEASURED_TIME"); hello_rss+=("$MEASURED_RSS"); hello_cpu+=("$MEASURED_CPU")
  log "run $run/$RUNS hello:  $MEASURED_TIME s, $MEASURED_RSS MB, CPU $MEASURED_CPU s"
  note_load
  measure shell "$(deployed "$SHELL_WAR")" || exit 1
  shell_times+=("$MEASURED_TIME"); shell_rss+=("$MEASURED_RSS"); shell_cpu+=("$MEASURED_CPU")
  log "run $run/$RUNS shell:  $MEASURED_TIME s, $MEASURED_RSS MB, CPU $MEASURED_CPU s"
  note_load
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/relais-startup-data.XXXXXX")"
  measure Relais "$(deployed "$RELAIS_WAR")" relais "$DATA_DIR" || exit 1
  relais_times+=("$MEASURED_TIME"); relais_rss+=("$MEASURED_RSS"); relais_cpu+=("$MEASURED_CPU")
  log "run $run/$RUNS Relais: $MEASURED_TIME s, $MEASURED_RSS MB, CPU $MEASURED_CPU s"
  note_load
  measure "Relais restart" "$(deployed "$RELAIS_WAR")" relais "$DATA_DIR" || exit 1
  restart_times+=("$MEASURED_TIME"); restart_rss+=("$MEASURED_RSS"); restart_cpu+=("$MEASURED_CPU")
  log "run $run/$RUNS Relais restart: $MEASURED_TIME s, $MEASURED_RSS MB, CPU $MEASURED_CPU s"
  cleanup_all
done
note_load
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

H_T="$(median "${hello_times[@]}")"; H_R="$(median "${hello_rss[@]}")"
R_T="$(median "${relais_times[@]}")"; R_R="$(median "${relais_rss[@]}")"
H_C="$(median "${hello_cpu[@]}")"; R_C="$(median "${relais_cpu[@]}")"
S_T="$(median "${restart_times[@]}")"; S_R="$(median "${restart_rss[@]}")"
S_C="$(median "${restart_cpu[@]}")"
B_T="$(median "${shell_times[@]}")"; B_R="$(median "${shell_rss[@]}")"
B_C="$(median "${shell_cpu[@]}")"
RATIO_B="$(awk -v a="$B_T" -v b="$H_T" 'BEGIN { printf "%.2f", a / b }')"
RATIO_BR="$(awk -v a="$B_R" -v b="$H_R" 'BEGIN { printf "%.2f", a / b }')"
# What the 1.5 x goal leaves to Relais's own start once the containers (shell) have started.
LEFT_T="$(awk -v h="$H_T" -v b="$B_T" 'BEGIN { printf "%.2f", 1.5 * h - b }')"
RATIO_S="$(awk -v a="$S_T" -v b="$H_T" 'BEGIN { printf "%.2f", a / b }')"
RATIO_SR="$(awk -v a="$S_R" -v b="$H_R" 'BEGIN { printf "%.2f", a / b }')"
RATIO_C="$(awk -v a="$R_C" -v b="$H_C" 'BEGIN { printf "%.2f", a / b }')"
RATIO_T="$(awk -v a="$R_T" -v b="$H_T" 'BEGIN { printf "%.2f", a / b }')"
RATIO_R="$(awk -v a="$R_R" -v b="$H_R" 'BEGIN { printf "%.2f", a / b }')"
verdict() { awk -v x="$1" -v max="$2" 'BEGIN { print (x <= max) ? "PASS" : "FAIL" }'; }
GOAL_T="$(verdict "$RATIO_T" 1.5)"
GOAL_R="$(verdict "$RATIO_R" 2.0)"
fmt() { printf '%s' "$*" | sed 's/ /, /g'; }
size_of() {
  du -k "$1" | awk '{ if ($1 < 1024) printf "%d KB", $1; else printf "%.1f MB", $1 / 1024 }'
}
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -n 1)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null | head -n 1)" ]]; then
  COMMIT="$COMMIT (with uncommitted changes)"
fi
SHARED="$(awk -v m="$MAX_LOAD" 'BEGIN { print (m > 1.5) ? "yes" : "no" }')"

# --- results.md ----------------------------------------------------------------------------------
if [[ ! -f "$RESULTS" ]]; then
  cat >"$RESULTS" <<'EOF'
# Start-up benchmark

Written by `benchmarks/startup.sh`; each run appends a dated section below, newest last.

What is measured: Payara Micro 6.2025.10 started with `java -Xmx512m -jar payara-micro.jar
--deploy <war> --contextroot / --port <free port> --nocluster`, once with Relais
(`target/relais.war`, with `-Drelais.data-dir=<fresh empty dir> -Drelais.demo=true`, so every run
is a first start: Flyway migrates a new H2 database and the demo content is loaded) and once with
the smallest JAX-RS WAR (`benchmarks/hello`). **Time** is the wall time from the process start to
the first HTTP 200 on `/`; **RSS** is the java process's resident memory (`VmRSS`) read right
after that first 200. Runs alternate hello / Relais; the table gives medians.

Goals: Relais ready in **≤ 1.5 × the hello time**, with an RSS of **≤ 2 × the hello RSS**.
Figures taken while other builds ran on the machine (load average above 1.5) are marked so:
read them as an upper bound.
EOF
fi

{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') — $RUNS runs, commit $COMMIT"
  echo
  echo "| WAR | size | median time to first 200 (s) | median RSS (MB) | median CPU (s) | runs: time (s) | runs: RSS (MB) | runs: CPU (s) |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| hello | $(size_of "$HELLO_WAR") | $H_T | $H_R | $H_C | $(fmt "${hello_times[*]}") | $(fmt "${hello_rss[*]}") | $(fmt "${hello_cpu[*]}") |"
  echo "| Relais | $(size_of "$RELAIS_WAR") | $R_T | $R_R | $R_C | $(fmt "${relais_times[*]}") | $(fmt "${relais_rss[*]}") | $(fmt "${relais_cpu[*]}") |"
  echo "| **ratio Relais / hello** | | **$RATIO_T** | **$RATIO_R** | $RATIO_C | | | |"
  echo "| Relais, restarted on its data | | $S_T | $S_R | $S_C | $(fmt "${restart_times[*]}") | $(fmt "${restart_rss[*]}") | $(fmt "${restart_cpu[*]}") |"
  echo "| ratio restart / hello | | $RATIO_S | $RATIO_SR | | | | |"
  echo "| shell: the same containers, no application | $(size_of "$SHELL_WAR") | $B_T | $B_R | $B_C | $(fmt "${shell_times[*]}") | $(fmt "${shell_rss[*]}") | $(fmt "${shell_cpu[*]}") |"
  echo "| ratio shell / hello | | $RATIO_B | $RATIO_BR | | | | |"
  echo
  echo "- Start time ≤ 1.5 × hello: **$GOAL_T** ($RATIO_T ×)"
  echo "- RSS ≤ 2 × hello: **$GOAL_R** ($RATIO_R ×)"
  echo "- The goals are judged on the first start, which the run command makes on a fresh clone." \
    "The restart (the same data directory, a second start: no migration to apply, no demo content" \
    "to load) takes $RATIO_S × hello's time."
  echo "- The Jakarta EE containers that Relais uses, started with no application in them" \
    "(\`benchmarks/shell\`: CDI, JPA on a JTA data source, JAX-RS, Jakarta Security, one query)," \
    "take $RATIO_B × hello's time: of the 1.5 × goal ($(awk -v h="$H_T" 'BEGIN { printf "%.2f", 1.5 * h }') s)," \
    "they leave $LEFT_T s to everything Relais itself does at start-up."
  echo "- Machine: $(nproc) cores, $(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, \`$JAVA_VERSION\`;" \
    "load average (1/5/15 min) $LOAD_BEFORE before, $LOAD_AFTER after, highest 1-min value seen $MAX_LOAD."
  if [[ "$SHARED" == "yes" ]]; then
    echo "- **Shared machine**: the load average went above 1.5 during the runs (other builds were" \
      "running), so these times are pessimistic and noisier than on an idle machine."
  fi
  echo "- Command: \`$([[ "$SKIP_BUILD" == true ]] && echo "SKIP_BUILD=true ")RUNS=$RUNS benchmarks/startup.sh\`; each server: \`$JAVA $HEAP${JVM_OPTS:+ $JVM_OPTS} [-Drelais.data-dir=<tmp>/data -Drelais.demo=true] -jar payara-micro-$PAYARA_VERSION.jar --deploy $([[ "$DEPLOY_FORM" == war ]] && echo "<app>.war" || echo "<app>/ (the exploded WAR)") --contextroot / --port <free port> --nocluster --rootdir <tmp>/payara\`."
} >>"$RESULTS"

log "hello ${H_T} s / ${H_R} MB; shell ${B_T} s / ${B_R} MB; Relais ${R_T} s / ${R_R} MB (restart ${S_T} s / ${S_R} MB); ratios ${RATIO_T} (time, $GOAL_T) and ${RATIO_R} (RSS, $GOAL_R)"
log "appended to ${RESULTS#"$ROOT"/}"
