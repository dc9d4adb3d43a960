#!/usr/bin/env bash
# Wall time of a cold "arrowhead-cli volume list" (a new JVM each time, as a script runs it), against the archive's
# scaleio-simulator with the demo cluster and with a 32,768-volume cluster. The first run of each records the
# command line's AOT cache (Java 25+) and is not counted. Prints the median and the range of N runs.
#
# Usage: cli-figures.sh <product folder> [N]      (docs/benchmarks.md has the figures it printed)
set -euo pipefail

product=$(cd "$1" && pwd)
runs=${2:-7}
work=$(mktemp -d)
export HOME=$work/home XDG_CACHE_HOME=$work/cache ARROWHEAD_MASTER_PASSWORD_FILE=$work/master
mkdir -p "$HOME"
printf 'figures master password\n' > "$ARROWHEAD_MASTER_PASSWORD_FILE"
printf 'admin:figures pass\n' > "$work/users"
printf 'figures pass\n' > "$work/password"
chmod 600 "$work/users" "$work/password" "$ARROWHEAD_MASTER_PASSWORD_FILE"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the simulator with the options given and sets endpoint and fingerprint from its banner.
start_simulator() {
  "$product/scaleio-simulator" --port 0 --data-dir "$work/data" --users-file "$work/users" "$@" >"$work/sim.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q '^Press Ctrl+C to stop' "$work/sim.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/sim.log" >&2; exit 1; }
    sleep 0.25
  done
  endpoint=$(sed -n 's/^  Endpoint: *//p' "$work/sim.log")
  endpoint=${endpoint%/api}
  fingerprint=$(sed -n 's/^  SHA-256: *//p' "$work/sim.log")
}

stop_simulator() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

# Times "volume list" N times after one unmeasured run; prints "label: median s (min-max s, N runs, V volumes)".
measure() {
  local label=$1 times=() volumes
  "$product/arrowhead-cli" volume list --output csv > "$work/list.csv"
  volumes=$(($(wc -l < "$work/list.csv") - 1))
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$product/arrowhead-cli" volume list > /dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$runs" -v v="$volumes" \
    '{ t[NR] = $1 } END { printf "%s: %.2f s median (%.2f-%.2f s, %d runs, %d volumes)\n", label, t[int((n + 1) / 2)], t[1], t[n], n, v }'
}

for scenario in demo 32768; do
  if [ "$scenario" = demo ]; then start_simulator; else start_simulator --volumes 32768 --sdcs 64; fi
  "$product/arrowhead-cli" gateway add "figures-$scenario" --url "$endpoint" --user admin \
    --password-file "$work/password" --trust-fingerprint "$fingerprint" > /dev/null
  measure "cold 'arrowhead-cli volume list', $scenario cluster"
  "$product/arrowhead-cli" gateway remove "figures-$scenario" > /dev/null
  stop_simulator
done
echo "Java: $("$product/arrowhead-cli" --version | tail -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
