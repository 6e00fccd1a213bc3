#!/usr/bin/env bash
# A bounded soak of each production server Planned starts (JdkHttpServers.start, PlannedJetty.start)
# on loopback: 250 keep-alive clients for 60 s, with a light probe before and after. Reports, per
# server, failed requests, unexpected 5xx, p99 latency before/during/after, and the server's
# threads, open descriptors and heap after a full GC before and after. Writes the "Soak" section
# of bench/RESULTS.md (between the soak markers, replaced on each run) and keeps its raw figures in
# bench/results-soak/. See bench/README.md.
#
# SOAK_SECONDS (60), SOAK_CLIENTS (250), SOAK_THINK_MILLIS (1000), SOAK_PORT (18090) change the run;
# SOAK_SERVERS ("jdk jetty") picks the servers, SOAK_SERVER_OPTS adds options to the servers' JVM. SOAK_QUICK=1 runs each step for 3 s, to try the
# script out, and leaves RESULTS.md alone (the section is in bench/target/soak/section.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/target/soak
PORT=${SOAK_PORT:-18090}
SOAK_SECONDS=${SOAK_SECONDS:-60}
CLIENTS=${SOAK_CLIENTS:-250}
THINK=${SOAK_THINK_MILLIS:-1000}
PROBE_THINK=10
SERVERS=(${SOAK_SERVERS:-jdk jetty})
QUICK=${SOAK_QUICK:-0}
PROBE_SECONDS=10 # before and after: a light load, to see whether the soak left the server slower
[ "$QUICK" = 1 ] && { PROBE_SECONDS=3; SOAK_SECONDS=3; }
PROBE_CLIENTS=8

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

command -v java >/dev/null && command -v jcmd >/dev/null && command -v mvn >/dev/null || {
  echo "soak.sh needs a JDK 17+ (java, jcmd) and Maven on the PATH" >&2; exit 1; }
# the server on one core, the clients on the other, when there are two and taskset is there
PIN_SERVER=(); PIN_CLIENT=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  PIN_SERVER=(taskset -c 0); PIN_CLIENT=(taskset -c 1)
fi

# ---------------------------------------------------------------- build (in the reactor, no install)
log "building"
# the processor in the reactor: bench compiles the GitHub API with this tree's processor
mvn -B -q -pl processor,bench -am package -DskipTests
CP=$ROOT/bench/target/classes:$(cat bench/target/classpath.txt)

rm -rf "$OUT"
mkdir -p "$OUT"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . && echo '' || echo ' (with uncommitted changes)')"
  echo "jdk=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.vendor|java.runtime.version/ {printf "%s ", $2}')"
  echo "cores=$(nproc)"
  echo "load before=$(uptime | sed 's/.*load average: //')"
} > "$OUT/meta.txt"

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
trap stop_server EXIT

client() { # seconds clients think-millis output
  "${PIN_CLIENT[@]}" java -Xss256k -cp "$CP" dev.planned.bench.soak.SoakClient \
    "$PORT" "$1" "$2" "$3" "$4" > /dev/null
}

# threads, open descriptors and heap used after a full GC (MiB) of the server process
resources() { # output
  jcmd "$SERVER_PID" GC.run > /dev/null
  local used
  used=$(jcmd "$SERVER_PID" GC.heap_info | awk '/garbage-first heap/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K.*/, "", $(i+1)); print $(i+1) } }')
  {
    echo "threads=$(awk '/^Threads:/ {print $2}' "/proc/$SERVER_PID/status")"
    echo "descriptors=$(ls "/proc/$SERVER_PID/fd" | wc -l)"
    echo "heapMiB=$(awk -v k="$used" 'BEGIN {printf "%.1f", k / 1024}')"
  } > "$1"
}

for server in "${SERVERS[@]}"; do
  log "$server: starting"
  # shellcheck disable=SC2086 # SOAK_SERVER_OPTS: JVM options, split at spaces
  "${PIN_SERVER[@]}" java -XX:+UseG1GC -Xms256m -Xmx256m ${SOAK_SERVER_OPTS:-} -cp "$CP" \
    dev.planned.bench.soak.SoakServer "$server" "$PORT" > "$OUT/server-$server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 300); do grep -q ready "$OUT/server-$server.log" && break; sleep 0.1; done
  grep -q ready "$OUT/server-$server.log" || { cat "$OUT/server-$server.log"; exit 1; }

  log "$server: warm-up (${PROBE_SECONDS} s, not counted), then ${PROBE_SECONDS} s before"
  client "$PROBE_SECONDS" "$PROBE_CLIENTS" "$PROBE_THINK" "$OUT/$server-warmup.txt"
  client "$PROBE_SECONDS" "$PROBE_CLIENTS" "$PROBE_THINK" "$OUT/$server-before.txt"
  resources "$OUT/$server-resources-before.txt"

  log "$server: soak, $CLIENTS keep-alive clients for $SOAK_SECONDS s"
  client "$SOAK_SECONDS" "$CLIENTS" "$THINK" "$OUT/$server-during.txt"
  cat "$OUT/$server-during.txt"

  log "$server: ${PROBE_SECONDS} s after"
  client "$PROBE_SECONDS" "$PROBE_CLIENTS" "$PROBE_THINK" "$OUT/$server-after.txt"
  resources "$OUT/$server-resources-after.txt"
  stop_server
done
echo "load after=$(uptime | sed 's/.*load average: //')" >> "$OUT/meta.txt"

# ---------------------------------------------------------------- report
get() { awk -F= -v k="$2" '$1 == k {print $2}' "$1"; } # file key
label() { case $1 in jdk) echo 'JDK server (`JdkHttpServers.start`)' ;; jetty) echo 'Jetty (`PlannedJetty.start`)' ;; esac; }
row() { # title file-suffix key [unit]
  local line="| $1 |"
  for server in "${SERVERS[@]}"; do line+=" $(get "$OUT/$server-$2.txt" "$3")${4:-} |"; done
  echo "$line"
}
pair() { # title suffix-before suffix-after key [unit]
  local line="| $1 |"
  for server in "${SERVERS[@]}"; do
    line+=" $(get "$OUT/$server-$2.txt" "$4") → $(get "$OUT/$server-$3.txt" "$4")${5:-} |"
  done
  echo "$line"
}
SECTION=$OUT/section.md
{
  echo "<!-- soak:begin (written by bench/soak.sh; bench/run.sh keeps it) -->"
  echo "## Soak"
  echo
  echo "\`bench/soak.sh\` on $(get "$OUT/meta.txt" date), commit $(get "$OUT/meta.txt" commit), $(get "$OUT/meta.txt" jdk), $(get "$OUT/meta.txt" cores) cores"
  echo "(load average before $(get "$OUT/meta.txt" 'load before'), after $(get "$OUT/meta.txt" 'load after')). Each server in its own JVM"
  echo "(\`-Xmx256m\`, G1) serving the GitHub API with its defaults. The clients (\`SoakClient\`) keep"
  echo "their connections alive and pause at random between requests (up to $THINK ms in the soak, so that"
  echo "most of its connections are idle at any moment, as a pool's are; up to $PROBE_THINK ms in the probes); the mix is 80% an implemented"
  echo "route (200), 10% the planned route (501, expected), 10% an unknown path (404). A request"
  echo "**fails** when no complete answer arrives (refused, reset or closed mid-answer, or 10 s)."
  echo "Before and after: $PROBE_CLIENTS clients for $PROBE_SECONDS s, after a $PROBE_SECONDS s warm-up; during: $CLIENTS clients for $SOAK_SECONDS s."
  echo "Latencies in ms; resources measured in the server process (\`/proc/<pid>\`, \`jcmd GC.run\` then"
  echo "\`GC.heap_info\`) after the \"before\" probe and after the \"after\" probe."
  echo "Connections opened beyond one per client are connections the server closed under a client that"
  echo "meant to reuse them: the JDK server closes idle ones past \`sun.net.httpserver.maxIdleConnections\`"
  echo "(the JDK's default is 200; \`JdkHttpServers.start\` sets 1000), and the client's next request on"
  echo "it fails. A thread pool that grew under the"
  echo "soak keeps its threads until they have been idle for a minute (Jetty's \`QueuedThreadPool\`)."
  if [ -n "${SOAK_SERVER_OPTS:-}" ]; then
    echo "The servers' JVM ran with \`$SOAK_SERVER_OPTS\`."
  fi
  echo
  header="| |"; rule="|---|"
  for server in "${SERVERS[@]}"; do header+=" $(label "$server") |"; rule+="---|"; done
  echo "$header"; echo "$rule"
  row "requests during the soak" during requests
  row "**failed requests** during the soak" during failed
  line="| failed requests before / after |"
  for server in "${SERVERS[@]}"; do
    line+=" $(get "$OUT/$server-before.txt" failed) / $(get "$OUT/$server-after.txt" failed) |"
  done
  echo "$line"
  row "**5xx other than the planned 501**" during unexpected5xx
  row "planned 501 (expected)" during planned501
  row "connections the soak's clients opened" during connections
  row "requests/s during the soak" during rps
  line="| **p99 before / during / after** |"
  for server in "${SERVERS[@]}"; do
    line+=" $(awk -F= '$1 == "p99" {printf "%s%.1f", (n++ ? " / " : ""), $2 / 1000}' \
      "$OUT/$server-before.txt" "$OUT/$server-during.txt" "$OUT/$server-after.txt") |"
  done
  echo "$line"
  line="| p50 / max during |"
  for server in "${SERVERS[@]}"; do
    line+=" $(awk -F= '$1 == "p50" {p50 = $2} $1 == "max" {max = $2} END {printf "%.1f / %.0f", p50 / 1000, max / 1000}' "$OUT/$server-during.txt") |"
  done
  echo "$line"
  pair "threads before → after" resources-before resources-after threads
  pair "open descriptors before → after" resources-before resources-after descriptors
  pair "heap after GC before → after" resources-before resources-after heapMiB " MiB"
  echo "<!-- soak:end -->"
} > "$SECTION"

if [ "$QUICK" = 1 ]; then
  cat "$SECTION"
  log "done: $SECTION (a trial run: RESULTS.md is left alone)"
  exit 0
fi
# replace the section in RESULTS.md, or append it
RESULTS=bench/RESULTS.md
if grep -q '<!-- soak:begin' "$RESULTS"; then
  awk -v section="$SECTION" '
    /<!-- soak:begin/ { while ((getline line < section) > 0) print line; skipping = 1; next }
    /<!-- soak:end -->/ { skipping = 0; next }
    !skipping { print }' "$RESULTS" > "$OUT/RESULTS.md"
  cp "$OUT/RESULTS.md" "$RESULTS"
else
  { echo; cat "$SECTION"; } >> "$RESULTS"
fi
rm -rf bench/results-soak
mkdir -p bench/results-soak
cp "$OUT"/*.txt "$SECTION" bench/results-soak/
cat "$SECTION"
log "done: the Soak section of bench/RESULTS.md"
