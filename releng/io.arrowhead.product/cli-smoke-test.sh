#!/usr/bin/env bash
# Runs the archive's arrowhead-cli as a user would, with a fresh home: checks that it starts no UI bundle, runs the
# demo in the background, and, from other processes, lists, creates, attaches, moves and detaches a volume on the
# demo's hosts, reads the operations log, scrapes the exporter, then stops the demo with SIGTERM and finds its
# gateway and hosts gone. Runs in the build's integration-test phase.
#
# Usage: cli-smoke-test.sh <product folder>
set -euo pipefail

product=$(cd "$1" && pwd)
cli=$product/arrowhead-cli
command -v curl >/dev/null || { echo "cli-smoke-test: curl is missing (apt-get install curl)" >&2; exit 1; }

work=$(mktemp -d)
export HOME=$work/home XDG_CACHE_HOME=$work/cache ARROWHEAD_MASTER_PASSWORD_FILE=$work/master
mkdir -p "$HOME"
printf 'smoke master password\n' > "$ARROWHEAD_MASTER_PASSWORD_FILE"
chmod 600 "$ARROWHEAD_MASTER_PASSWORD_FILE"
demo=
exporter=
cleanup() {
  for pid in $exporter $demo; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "cli-smoke-test: $*" >&2
  for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log ---" >&2; tail -n 30 "$log" >&2; }; done
  exit 1
}

# Runs arrowhead-cli, expecting exit code $1; its output is in $work/out.log and $work/err.log.
expect() {
  local code=$1 status=0
  shift
  "$cli" "$@" >"$work/out.log" 2>"$work/err.log" || status=$?
  [ "$status" -eq "$code" ] || fail "'arrowhead-cli $*' exited with $status, not $code"
}

# Waits up to 60 s for a line matching $2 in the file $1, while the process $3 runs.
wait_for() {
  for _ in $(seq 1 240); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || fail "the process stopped before '$2' appeared in $1"
    sleep 0.25
  done
  fail "no '$2' in $1 within 60 s"
}

expect 0 --version
grep -q '^arrowhead-cli ' "$work/out.log" || fail "--version printed no version"
ui=$(grep -o 'org\.eclipse\.\(ui\|swt\|jface\|e4\.ui\)[^,]*\|io\.arrowhead\.\(ui\|app\)_[^,]*' \
  "$product/cli-configuration/config.ini" || true)
[ -z "$ui" ] || fail "the command line's configuration starts UI bundles: $ui"
expect 3 volume list
grep -q 'No gateway is configured' "$work/err.log" || fail "no gateway: the message does not say so"

"$cli" demo >"$work/demo.log" 2>"$work/demo-err.log" &
demo=$!
wait_for "$work/demo-err.log" 'The demo runs until' "$demo"

expect 0 volume list --gateway cli-demo --output json
grep -q '"sizeBytes"' "$work/out.log" || fail "volume list --output json has no sizeBytes"
expect 0 volume create smoke-data --size 8GiB --pool sp-ssd-01 --gateway cli-demo
expect 0 attach smoke-data --host cli-demo-01 --docker-volume smoke --gateway cli-demo --output json
grep -q '"outcome" *: *"SUCCEEDED"' "$work/out.log" || fail "attach did not report success: $(cat "$work/out.log")"
expect 2 move smoke --from cli-demo-01 --to cli-demo-02 --gateway cli-demo
expect 0 move smoke --from cli-demo-01 --to cli-demo-02 --gateway cli-demo --yes
expect 0 detach smoke --host cli-demo-02 --gateway cli-demo --yes
expect 0 ops list --output csv
[ "$(grep -c . "$work/out.log")" -ge 4 ] || fail "ops list shows fewer than three operations"

"$cli" exporter --listen 127.0.0.1:0 --gateway cli-demo --volumes top:5 >"$work/exporter.log" 2>"$work/exporter-err.log" &
exporter=$!
wait_for "$work/exporter-err.log" 'Serving the metrics' "$exporter"
address=$(grep -o 'http://[0-9.:]*' "$work/exporter-err.log" | head -n 1)
curl -sS --fail -H 'Accept: application/openmetrics-text; version=1.0.0' "$address/metrics" > "$work/metrics.txt" \
  || fail "the exporter did not answer at $address/metrics"
grep -q '^arrowhead_up{gateway="cli-demo"} 1' "$work/metrics.txt" || fail "arrowhead_up of cli-demo is not 1"
grep -q '^# EOF' "$work/metrics.txt" || fail "OpenMetrics without # EOF"
kill -TERM "$exporter"
status=0; wait "$exporter" || status=$?; exporter=
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the exporter exited with $status on SIGTERM"

kill -TERM "$demo"
status=0; wait "$demo" || status=$?; demo=
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the demo exited with $status on SIGTERM"
expect 0 gateway list --output csv
! grep -q 'cli-demo' "$work/out.log" || fail "the demo's gateway is still saved after it stopped"
expect 0 host list --output csv
! grep -q 'cli-demo' "$work/out.log" || fail "the demo's hosts are still saved after it stopped"
echo "cli-smoke-test: demo, create, attach, move, detach, operations log and exporter passed"
