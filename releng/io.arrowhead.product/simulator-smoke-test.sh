#!/usr/bin/env bash
# Runs the product's standalone gateway simulator as a user would: starts it from the archive's start script,
# logs in with curl trusting exactly the certificate it printed, creates a volume, stops it with SIGTERM, starts
# it again on the same state file and finds the volume still there. Runs in the build's integration-test phase.
#
# Usage: simulator-smoke-test.sh <product folder>
set -euo pipefail

product=$(cd "$1" && pwd)
command -v curl >/dev/null || { echo "simulator-smoke-test: curl is missing (apt-get install curl)" >&2; exit 1; }

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "simulator-smoke-test: $*" >&2; echo "--- output ---" >&2; cat "$work/out.log" >&2 || true; exit 1; }

# Starts the simulator in the background and waits for its banner; sets pid, endpoint and cacert.
start_simulator() {
  HOME="$work/home" "$product/scaleio-simulator" --port 0 --data-dir "$work/data" --state-file "$work/state.json" \
    --user "admin:smoke test's pass" >"$work/out.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q '^Press Ctrl+C to stop' "$work/out.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || fail "the simulator exited during its start"
    sleep 0.25
  done
  endpoint=$(sed -n 's/^  Endpoint: *//p' "$work/out.log")
  cacert=$(sed -n 's/^  Certificate: *//p' "$work/out.log")
  [ -n "$endpoint" ] && [ -f "$cacert" ] || fail "no endpoint or certificate in the banner within 30 s"
}

# Sends one authenticated call; $1 method, $2 path under /api, $3 optional JSON body.
call() {
  curl -sS --fail-with-body --cacert "$cacert" -u ":$token" -X "$1" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "$endpoint/$2"
}

login() {
  token=$(curl -sS --fail-with-body --cacert "$cacert" -u "admin:smoke test's pass" "$endpoint/login" | tr -d '"')
  [ -n "$token" ] || fail "login answered no token"
}

stop_simulator() {
  local status=0
  kill -TERM "$pid"
  wait "$pid" || status=$?
  pid=
  # 143 (128 + SIGTERM) is how a JVM reports an orderly stop through its shutdown hooks.
  [ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the simulator exited with status $status on SIGTERM"
  grep -q '^Gateway simulator stopped\.' "$work/out.log" || fail "no clean stop on SIGTERM"
}

start_simulator
echo "simulator-smoke-test: serving $endpoint"
login
[ "$(call GET version)" = '"3.5"' ] || fail "the version is not \"3.5\""
pool=$(call GET types/StoragePool/instances | grep -o '"id":"[0-9a-f]\{16\}"' | head -n 1 | cut -d'"' -f4)
[ -n "$pool" ] || fail "no storage pool listed"
call POST types/Volume/instances "{\"storagePoolId\":\"$pool\",\"volumeSizeInGb\":\"10\",\"name\":\"smoke-volume\"}" \
  >/dev/null || fail "could not create a volume"
stop_simulator

start_simulator
login
call GET types/Volume/instances | grep -q '"name":"smoke-volume"' || fail "the volume did not survive a restart"
stop_simulator
echo "simulator-smoke-test: passed"
