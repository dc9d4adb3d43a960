#!/usr/bin/env bash
# How long closing the console takes while a gateway hangs on logout. Starts a standalone simulator whose
# /api/logout will hang, starts the product on a fresh workspace, adds the simulator with Add Gateway (which
# connects), presses Ctrl+Q and prints when the window left the screen and when the process ended.
# Needs an X display without a window manager (xvfb-run -a -s "-screen 0 1440x900x24"), xdotool and xwininfo.
# Usage: shutdown-benchmark.sh PRODUCT_DIR [--no-hang]
set -uo pipefail

product=$1
hang=true
[ "${2:-}" = --no-hang ] && hang=false
work=$(mktemp -d)
password='Scaleio123!'
sim="" console=""
trap 'kill $sim $console 2>/dev/null || true; rm -rf "$work"' EXIT

"$product/scaleio-simulator" --http --port 0 --data-dir "$work/sim" >"$work/sim.log" 2>&1 & sim=$!
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^ *Endpoint: *\(http:[^ ]*\)\/api$/\1/p' "$work/sim.log")
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { echo "the simulator did not start" >&2; exit 1; }

printf 'benchmark' >"$work/keyring.password"
"$product/arrowhead" -data "$work/ws" -clearPersistedState --no-demo -eclipse.keyring "$work/secure_storage" \
  -eclipse.password "$work/keyring.password" >"$work/console.log" 2>&1 & console=$!

window_named() {  # the visible window with this title and at least 1000 pixels wide
  xdotool search --onlyvisible --name "$1" 2>/dev/null | while read -r w; do
    xwininfo -id "$w" | grep -q 'Width: [1-9][0-9][0-9][0-9]' && echo "$w"; done | head -1
}
wait_for() {  # a visible window whose title starts with $1, any size
  for _ in $(seq 1 200); do
    w=$(xdotool search --onlyvisible --name "^$1" 2>/dev/null | head -1)
    [ -n "$w" ] && { echo "$w"; return; }
    sleep 0.2
  done
  echo "no window '$1'" >&2
  return 1
}

win=""
for _ in $(seq 1 200); do win=$(window_named Arrowhead); [ -n "$win" ] && break; sleep 0.2; done
[ -n "$win" ] || { echo "the console window did not appear" >&2; exit 1; }
sleep 8   # the workbench settles

xdotool mousemove 22 40 click 1   # the main toolbar's first button, Add Gateway
wait_for "Add Gateway" >/dev/null || exit 1
sleep 1
xdotool type --delay 20 "$url"; xdotool key Tab Tab
xdotool type --delay 20 admin; xdotool key Tab
xdotool type --delay 20 "$password"; xdotool key Return
sleep 8   # Finish saves the gateway and connects to it

if $hang; then
  curl -sf -u "admin:$password" -H 'Content-Type: application/json' \
    -d '{"action":"hangNext","endpoint":"GET /api/logout","count":1}' "$url/simulator/faults" >/dev/null
fi
start=$(date +%s.%N)
xdotool windowfocus --sync "$win"; xdotool key --window "$win" ctrl+q
gone=""
while kill -0 "$console" 2>/dev/null; do
  if [ -z "$gone" ] && ! xwininfo -id "$win" 2>/dev/null | grep -q IsViewable; then gone=$(date +%s.%N); fi
  sleep 0.05
done
end=$(date +%s.%N)
console=""
[ -n "$gone" ] || gone=$end
faults=$(curl -sf -u "admin:$password" "$url/simulator/faults")
printf 'window gone after %.1f s, process ended after %.1f s\n' "$(echo "$gone - $start" | bc)" \
  "$(echo "$end - $start" | bc)"
if $hang && ! grep -q '"hangingRequests":1' <<<"$faults"; then
  echo "the logout never reached the simulator (was the gateway connected?): $faults" >&2
  exit 1
fi
