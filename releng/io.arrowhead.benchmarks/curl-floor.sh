#!/usr/bin/env bash
# The floor for the client benchmarks (ClientAtScaleBenchmark, ClientFirstCallBenchmark): curl fetching the same
# ready-made bodies from the same server (ReadyBodyServer), median of N runs, for each size.
#
#   releng/io.arrowhead.benchmarks/curl-floor.sh [runs]        (default 11 runs)
#
# The server needs the module's classpath: BENCH_CP if set, else it is worked out with Maven (which builds the client,
# the simulator and this module). Java 21 or newer is found as the product's start scripts find it.
set -euo pipefail
runs=${1:-11}
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/features/io.arrowhead.feature/rootfiles/lib/find-java.sh"

if [ -z "${BENCH_CP:-}" ]; then
  cpfile=$(mktemp)
  (cd "$root" && ./mvnw -B -q package -DskipTests \
      -pl target-platform,bundles/io.arrowhead.scaleio.client,bundles/io.arrowhead.scaleio.simulator,releng/io.arrowhead.benchmarks \
      dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null)
  BENCH_CP="$root/releng/io.arrowhead.benchmarks/target/classes:$(cat "$cpfile")"
  rm -f "$cpfile"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-8s %-28s %10s %12s\n' volumes path bytes "curl median"
for volumes in 1024 8192 32768; do
  log=$(mktemp)
  "$JAVA" -cp "$BENCH_CP" io.arrowhead.benchmarks.ReadyBodyServer "$volumes" 0 >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 300); do
    grep -q '^Serving' "$log" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  endpoint=$(sed -n 's/^Serving .* at //p' "$log")
  [ -n "$endpoint" ] || { cat "$log"; exit 1; }
  for path in /api/types/Volume/instances /api/instances; do
    url="$endpoint$path"
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -u admin:token "$url")
    time=$(for _ in $(seq "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' -u admin:token "$url"; done | median)
    printf '%-8s %-28s %10s %10.3f s\n' "$volumes" "$path" "$bytes" "$time"
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  trap - EXIT
  rm -f "$log"
done
