#!/usr/bin/env bash
# Runs every Planned benchmark on this machine and rewrites bench/RESULTS.md (about 12 minutes on
# two cores). See bench/README.md. BENCH_QUICK=1 runs each step briefly, to try the script out,
# and writes bench/target/RESULTS-quick.md instead: its figures mean nothing.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/target/results
PORT=${BENCH_PORT:-18080}
QUICK=${BENCH_QUICK:-0}
STARTED=$(date +%s)

log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# ---------------------------------------------------------------- tools
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v taskset >/dev/null || missing+=(util-linux)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v java >/dev/null && command -v javac >/dev/null && command -v mvn >/dev/null || {
  echo "run.sh needs a JDK 17+ (java, javac) and Maven on the PATH" >&2; exit 1; }

# ---------------------------------------------------------------- build
# The processor is in the reactor so the benchmarks use this tree's processor, not whatever
# planned-processor snapshot another build left in ~/.m2. build-classpath writes each module's
# runtime class path, which the javac runs below need for the processor (the plugin's property is
# includeScope: with mdep.includeScope, ignored, the processor path held the processor's test
# libraries too, AutoValue's processors among them, and javac + Planned paid for them). clean: javac
# does not recompile the benchmarks when only the processor changed, and the dispatcher would be
# stale.
log "building"
mvn -B -q -pl runtime,processor,bench -am clean package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime
CP=$ROOT/bench/target/classes:$(cat bench/target/classpath.txt)
RUNTIME_JAR=$(ls runtime/target/planned-runtime-*.jar | grep -v -e sources -e javadoc -e tests | head -1)
PROCESSOR_JAR=$(ls processor/target/planned-processor-*.jar | grep -v -e sources -e javadoc -e tests | head -1)
PROCESSOR_PATH=$ROOT/$PROCESSOR_JAR:$(cat processor/target/runtime-classpath.txt)

rm -rf "$OUT"
mkdir -p "$OUT"
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . && echo '' || echo ' (with uncommitted changes)')"
  echo "jdk=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.vendor|java.runtime.version/ {printf "%s ", $2}')"
  echo "cpu=$(lscpu | awk -F': +' '/Model name/ {print $2; exit}')"
  echo "cores=$(nproc)"
  echo "load before=$(uptime | sed 's/.*load average: //')"
} > "$OUT/meta.txt"

# ---------------------------------------------------------------- 1. routing, JMH
log "1/4 routing (JMH)"
JMH_ARGS=()
[ "$QUICK" = 1 ] && JMH_ARGS=(-f 1 -wi 1 -w 200ms -i 2 -r 200ms)
java -cp "$CP" org.openjdk.jmh.Main 'dev.planned.bench.RoutingBenchmark' -prof gc \
  -rf json -rff "$OUT/jmh.json" "${JMH_ARGS[@]}" > "$OUT/jmh.txt"
grep -E '^(Benchmark|RoutingBenchmark)' "$OUT/jmh.txt" | grep -v -e 'gc.count' -e 'gc.time' -e 'alloc.rate ' || true

# ---------------------------------------------------------------- 1b. the generated client, JMH
log "1b/4 the generated client against a hand-written HttpClient call (JMH)"
java -cp "$CP" org.openjdk.jmh.Main 'dev.planned.bench.client.ClientBenchmark' \
  -rf json -rff "$OUT/jmh-client.json" "${JMH_ARGS[@]}" > "$OUT/jmh-client.txt"
grep -E '^(Benchmark|ClientBenchmark)' "$OUT/jmh-client.txt" || true
# the goal's figure: the same two calls in alternating blocks, paired against the load's drift
ROUNDS_ARGS=()
[ "$QUICK" = 1 ] && ROUNDS_ARGS=(10 20)
java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp "$CP" \
  dev.planned.bench.client.ClientRounds "${ROUNDS_ARGS[@]}" > "$OUT/client-rounds.json"

# ---------------------------------------------------------------- 2. HTTP, wrk
log "2/4 end-to-end HTTP (wrk)"
# All three servers run at once on CPU 0, each on its own port (an idle server costs nothing), and
# wrk runs on CPU 1: after a warm-up of each, the measured runs take turns, so that load from
# outside this script falls on every server alike rather than on whichever ran at that moment.
# 15 s of warm-up: a shorter one left the first measured round up to 30% low (the JIT threads
# share the servers' one core). Many short rounds, in alternating order, so that RESULTS.md can
# take each ratio between runs seconds apart.
WARMUP_SECONDS=15; WRK_SECONDS=4; WRK_ROUNDS=6
[ "$QUICK" = 1 ] && { WARMUP_SECONDS=1; WRK_SECONDS=1; WRK_ROUNDS=2; }
SERVERS=(raw planned jersey)
PIDS=()
stop_servers() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_servers EXIT
port_of() { case $1 in raw) echo "$PORT" ;; planned) echo $((PORT + 1)) ;; jersey) echo $((PORT + 2)) ;; esac; }
for server in "${SERVERS[@]}"; do
  taskset -c 0 java -Dsun.net.httpserver.nodelay=true -Xms512m -Xmx512m -cp "$CP" \
    dev.planned.bench.http.BenchServer "$server" "$(port_of "$server")" > "$OUT/server-$server.log" 2>&1 &
  PIDS+=($!)
done
for server in "${SERVERS[@]}"; do
  for _ in $(seq 300); do grep -q ready "$OUT/server-$server.log" && break; sleep 0.1; done
  grep -q ready "$OUT/server-$server.log" || { cat "$OUT/server-$server.log"; exit 1; }
done
declare -A PATHS=([implemented]=$(java -cp "$CP" dev.planned.bench.http.Paths implemented)
                  [planned]=$(java -cp "$CP" dev.planned.bench.http.Paths planned))
wrk_run() { # server route seconds [wrk options]
  local url="http://127.0.0.1:$(port_of "$1")${PATHS[$2]}"
  taskset -c 1 wrk -t1 -c64 -d"$3s" "${@:4}" "$url"
}
for server in "${SERVERS[@]}"; do
  for route in implemented planned; do
    wrk_run "$server" "$route" "$WARMUP_SECONDS" > "$OUT/wrk-$server-$route-warmup.txt"
  done
done
for run in $(seq "$WRK_ROUNDS"); do
  order=("${SERVERS[@]}")
  ((run % 2 == 0)) && order=(jersey planned raw) # a drift during a round favours no one
  for route in implemented planned; do
    for server in "${order[@]}"; do
      wrk_run "$server" "$route" "$WRK_SECONDS" --latency > "$OUT/wrk-$server-$route-$run.txt"
    done
  done
done
for route in implemented planned; do
  for server in "${SERVERS[@]}"; do
    printf '%-8s %-12s %s\n' "$server" "$route" \
      "$(grep -h Requests/sec "$OUT"/wrk-$server-$route-[0-9]*.txt | awk '{printf "%s ", $2}')"
  done
done
stop_servers

# ---------------------------------------------------------------- 2b. filters, wrk
log "2b/4 the cost of filters over HTTP (wrk)"
# The implemented route through the same router with no filters, with one filter that only calls
# next (the chain's own cost), and with the request-id and access-log filters (the access log's
# lines built and dropped: see FilterChains). Same servers, settings and rounds as step 2.
CHAINS=(filters-none filters-pass filters-ids-log)
chain_port() { case $1 in filters-none) echo $((PORT + 3)) ;; filters-pass) echo $((PORT + 4)) ;; filters-ids-log) echo $((PORT + 5)) ;; esac; }
for chain in "${CHAINS[@]}"; do
  taskset -c 0 java -Dsun.net.httpserver.nodelay=true -Xms512m -Xmx512m -cp "$CP" \
    dev.planned.bench.http.BenchServer "$chain" "$(chain_port "$chain")" > "$OUT/server-$chain.log" 2>&1 &
  PIDS+=($!)
done
for chain in "${CHAINS[@]}"; do
  for _ in $(seq 300); do grep -q ready "$OUT/server-$chain.log" && break; sleep 0.1; done
  grep -q ready "$OUT/server-$chain.log" || { cat "$OUT/server-$chain.log"; exit 1; }
done
chain_run() { # chain seconds [wrk options]
  taskset -c 1 wrk -t1 -c64 -d"$2s" "${@:3}" "http://127.0.0.1:$(chain_port "$1")${PATHS[implemented]}"
}
for chain in "${CHAINS[@]}"; do
  chain_run "$chain" "$WARMUP_SECONDS" > "$OUT/wrk-$chain-implemented-warmup.txt"
done
for run in $(seq "$WRK_ROUNDS"); do
  order=("${CHAINS[@]}")
  ((run % 2 == 0)) && order=(filters-ids-log filters-pass filters-none)
  for chain in "${order[@]}"; do
    chain_run "$chain" "$WRK_SECONDS" --latency > "$OUT/wrk-$chain-implemented-$run.txt"
  done
done
for chain in "${CHAINS[@]}"; do
  printf '%-16s %s\n' "$chain" \
    "$(grep -h Requests/sec "$OUT"/wrk-$chain-implemented-[0-9]*.txt | awk '{printf "%s ", $2}')"
done
stop_servers

# ---------------------------------------------------------------- 3. compile time, hyperfine
log "3/4 compile time (hyperfine)"
COMPILE_RUNS=7
[ "$QUICK" = 1 ] && COMPILE_RUNS=2
for n in 10 100 1000; do
  dir=$OUT/compile/$n
  java -cp "$CP" dev.planned.bench.gen.SourceGenerator synthetic "$n" "$dir/src"
  src=$dir/src/dev/planned/bench/synthetic/Api$n.java
  # nodoc: the same without the OpenAPI document; the difference to "javac + Planned" is its cost
  mkdir -p "$dir/none" "$dir/with" "$dir/generated" "$dir/pregenerated" "$dir/nodoc" "$dir/generated-nodoc"
  # the dispatcher the processor writes, to tell its own work from javac compiling its output
  javac -processorpath "$PROCESSOR_PATH" -cp "$ROOT/$RUNTIME_JAR" -d "$dir/with" -s "$dir/generated" "$src"
  dispatcher=$dir/generated/dev/planned/bench/synthetic/Api${n}Dispatcher.java
  # issue 12's goal: at most 9 generated lines per endpoint at 1,000 endpoints
  lines=$(wc -l < "$dispatcher")
  echo "generated dispatcher: $lines lines, $(awk -v l="$lines" -v n="$n" 'BEGIN {printf "%.1f", l / n}') per endpoint" \
    | tee "$OUT/lines-$n.txt"
  hyperfine --style basic --warmup 1 --runs "$COMPILE_RUNS" --export-json "$OUT/compile-$n.json" \
    -n "javac -proc:none ($n endpoints)" \
    "javac -proc:none -cp $ROOT/$RUNTIME_JAR -d $dir/none $src" \
    -n "javac + Planned ($n endpoints)" \
    "javac -processorpath $PROCESSOR_PATH -cp $ROOT/$RUNTIME_JAR -d $dir/with -s $dir/generated $src" \
    -n "javac -proc:none, generated dispatcher given ($n endpoints)" \
    "javac -proc:none -cp $ROOT/$RUNTIME_JAR -d $dir/pregenerated $src $dispatcher" \
    -n "javac + Planned, no OpenAPI document ($n endpoints)" \
    "javac -Aplanned.openapi=false -processorpath $PROCESSOR_PATH -cp $ROOT/$RUNTIME_JAR -d $dir/nodoc -s $dir/generated-nodoc $src" \
    > "$OUT/compile-$n.txt"
  grep -E 'Time \(mean|javac' "$OUT/compile-$n.txt" | grep -v Benchmark || true
  # the processor did write and compile the dispatcher
  test -f "$dir/with/dev/planned/bench/synthetic/Api${n}Dispatcher.class"
  test -f "$dir/with/META-INF/planned/openapi/dev.planned.bench.synthetic.Api$n.json"
done

# @Client's added compile time at 1000 endpoints: one typed API (no Request parameters, which a
# client cannot send) compiled with the processor, without @Client and with it
dir=$OUT/compile/client
for variant in typed client; do
  java -cp "$CP" dev.planned.bench.gen.SourceGenerator "synthetic-$variant" 1000 "$dir/$variant/src"
  mkdir -p "$dir/$variant/out"
done
api=dev/planned/bench/synthetic/Api1000.java
hyperfine --style basic --warmup 1 --runs "$COMPILE_RUNS" --export-json "$OUT/compile-client.json" \
  -n "javac + Planned, no @Client (1000 endpoints)" \
  "javac -processorpath $PROCESSOR_PATH -cp $ROOT/$RUNTIME_JAR -d $dir/typed/out -s $dir/typed/out $dir/typed/src/$api" \
  -n "javac + Planned, @Client (1000 endpoints)" \
  "javac -processorpath $PROCESSOR_PATH -cp $ROOT/$RUNTIME_JAR -d $dir/client/out -s $dir/client/out $dir/client/src/$api" \
  > "$OUT/compile-client.txt"
grep -E 'Time \(mean|javac' "$OUT/compile-client.txt" | grep -v Benchmark || true
test -f "$dir/client/out/dev/planned/bench/synthetic/Api1000Client.class"

# ---------------------------------------------------------------- 4. start-up
log "4/4 start-up"
LAUNCHES=10
[ "$QUICK" = 1 ] && LAUNCHES=2
rm -f "$OUT"/startup-*.txt
for _ in $(seq "$LAUNCHES"); do # interleaved, so drifting load hits every server alike
  for server in raw planned jersey; do
    java -cp "$CP" dev.planned.bench.http.StartupProbe "$server" 1 "$PORT" >> "$OUT/startup-$server.txt"
  done
done
for server in raw planned jersey; do echo "$server: $(tr '\n' ' ' < "$OUT/startup-$server.txt") ms"; done

# ---------------------------------------------------------------- report
{
  echo "load after=$(uptime | sed 's/.*load average: //')"
  echo "duration=$(( ($(date +%s) - STARTED) / 60 )) min $(( ($(date +%s) - STARTED) % 60 )) s"
} >> "$OUT/meta.txt"
if [ "$QUICK" = 1 ]; then # a trial: keep the real results
  java -cp "$CP" dev.planned.bench.report.Report "$OUT" bench/target/RESULTS-quick.md bench/profiling/NOTES.md
  log "done: bench/target/RESULTS-quick.md (a trial run: its figures mean nothing)"
  exit 0
fi
java -cp "$CP" dev.planned.bench.report.Report "$OUT" bench/RESULTS.md bench/profiling/NOTES.md
# bench/soak.sh's section, kept from its last run
if [ -f bench/results-soak/section.md ]; then
  { echo; cat bench/results-soak/section.md; } >> bench/RESULTS.md
fi
# the raw results beside the table, so every figure in it can be traced
rm -rf bench/results
mkdir -p bench/results
cp "$OUT"/meta.txt "$OUT"/jmh.json "$OUT"/jmh.txt "$OUT"/jmh-client.json "$OUT"/client-rounds.json "$OUT"/wrk-*.txt "$OUT"/compile-*.json "$OUT"/lines-*.txt "$OUT"/startup-*.txt bench/results/
log "done: bench/RESULTS.md"
